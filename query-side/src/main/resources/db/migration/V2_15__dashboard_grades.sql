-- The grade of each sheet's evaluation per fiscal year (issue 21): the dashboard counts the years per grade. No event
-- stored before grades carries one, so every row already stored is right with none: nothing is folded again.
ALTER TABLE dashboard_year_step ADD COLUMN grade VARCHAR(40);
