-- The roll-up (issue 18, item 3): its own fold of each sheet (so it depends on no other processor), and one row per
-- sheet, guideline measure and fiscal year of its period with what the sheet's targets classified under the measure
-- add to the municipal, prefectural and national sums. A roll-up reads the rows of one measure and year only.
CREATE TABLE rollup_sheet (
    sheet_id       VARCHAR(36) NOT NULL PRIMARY KEY,
    version        BIGINT      NOT NULL,
    schema_version INT         NOT NULL,
    document       TEXT        NOT NULL
);

CREATE TABLE rollup_cell (
    sheet_id              VARCHAR(36)    NOT NULL,
    measure               VARCHAR(64)    NOT NULL,
    fiscal_year           INTEGER        NOT NULL,
    prefecture_code       CHAR(2)        NOT NULL,
    municipality_code     CHAR(6)        NOT NULL,
    municipality_name     VARCHAR(500)   NOT NULL,
    targets               INTEGER        NOT NULL,
    reported_targets      INTEGER        NOT NULL,
    met_targets           INTEGER        NOT NULL,
    target_sum            DECIMAL(30, 4) NOT NULL,
    actual_sum            DECIMAL(30, 4) NOT NULL,
    baseline_sum          DECIMAL(30, 4) NOT NULL,
    baseline_target_sum   DECIMAL(30, 4) NOT NULL,
    baseline_actual_sum   DECIMAL(30, 4) NOT NULL,
    baseline_reported_sum DECIMAL(30, 4) NOT NULL,
    PRIMARY KEY (sheet_id, measure, fiscal_year)
);
CREATE INDEX ix_rollup_cell_measure_year ON rollup_cell (measure, fiscal_year, prefecture_code, municipality_code);
