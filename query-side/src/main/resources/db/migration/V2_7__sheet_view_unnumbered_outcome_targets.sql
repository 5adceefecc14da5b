-- A sheet whose outcome target has no number (a combined progress table) has none in its view either; lists put
-- such sheets after the numbered ones of their municipality and period.
ALTER TABLE sheet_view ALTER COLUMN outcome_number DROP NOT NULL;
