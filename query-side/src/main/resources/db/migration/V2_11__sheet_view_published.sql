-- Whether any fiscal year of the sheet has been published (公表): the public pages list only those sheets, and
-- their municipalities, without reading every view. No sheet had been published before the column came.
ALTER TABLE sheet_view ADD COLUMN published BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX ix_sheet_view_published ON sheet_view (published, municipality_code);
