-- The achievement status of each dashboard row as a column, so that a national dashboard can count statuses in
-- the database and page through rows instead of sending every target of the country at once.
ALTER TABLE dashboard_target ADD COLUMN status VARCHAR(32);
CREATE INDEX ix_dashboard_target_status ON dashboard_target (status);
