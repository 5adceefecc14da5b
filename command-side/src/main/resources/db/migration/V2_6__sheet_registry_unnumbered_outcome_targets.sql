-- Sheets whose outcome target has no number (combined progress tables, 進捗状況の総括): one per municipality, plan
-- period and outcome-target title. A row holds either the number (the natural key as before) or, without one, the
-- title; each unique constraint binds only the rows where its column is set, since NULLs never clash in one.
ALTER TABLE sheet_registry ALTER COLUMN outcome_number DROP NOT NULL;
-- TextLimits.NAME (500) code points; H2 counts UTF-16 units, two for a character outside the BMP.
ALTER TABLE sheet_registry ADD COLUMN unnumbered_title VARCHAR(1000);
ALTER TABLE sheet_registry ADD CONSTRAINT uk_sheet_registry_unnumbered_title
    UNIQUE (municipality_code, first_fiscal_year, last_fiscal_year, unnumbered_title);
ALTER TABLE sheet_registry ADD CONSTRAINT ck_sheet_registry_number_or_title
    CHECK ((outcome_number IS NULL) <> (unnumbered_title IS NULL));
