-- The schema each stored view's document was written in (StoredViews.SCHEMA_VERSION); a row of another schema is
-- read as the fold of its sheet's events. The rows there are were written in schema 1, the shape the column came with.
ALTER TABLE sheet_view ADD COLUMN schema_version INT DEFAULT 1 NOT NULL;
ALTER TABLE dashboard_sheet ADD COLUMN schema_version INT DEFAULT 1 NOT NULL;
