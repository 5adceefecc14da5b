-- The query side's read models. Each is written by one streaming processor in the same transaction as that
-- processor's token (tokenentry), so a view row and the position it reflects commit together.

-- The current sheet: the fold of its events as a JSON document, with the columns lists filter on.
CREATE TABLE sheet_view (
    sheet_id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    municipality_code CHAR(6)      NOT NULL,
    municipality_name VARCHAR(500) NOT NULL,
    first_fiscal_year INTEGER      NOT NULL,
    last_fiscal_year  INTEGER      NOT NULL,
    department        VARCHAR(500),
    outcome_number    INTEGER      NOT NULL,
    version           BIGINT       NOT NULL,
    last_changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    document          TEXT         NOT NULL
);
CREATE INDEX ix_sheet_view_municipality ON sheet_view (municipality_code, first_fiscal_year);

-- The audit log: one row per event, in the order the audit processor saw them (one segment, so global order
-- but for late commits), each row chained to the one before by a SHA-256 digest.
CREATE TABLE audit_log (
    chain_position  BIGINT       NOT NULL PRIMARY KEY,
    global_index    BIGINT       NOT NULL,
    event_id        VARCHAR(255) NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    sheet_id        VARCHAR(255),
    sequence_number BIGINT,
    fiscal_year     INTEGER,
    event_type      VARCHAR(255) NOT NULL,
    actor           VARCHAR(255),
    request_id      VARCHAR(255),
    reason          TEXT,
    summary         TEXT         NOT NULL,
    changes         TEXT,
    chain_digest    CHAR(64)     NOT NULL,
    CONSTRAINT uk_audit_log_event UNIQUE (event_id)
);
CREATE INDEX ix_audit_log_sheet ON audit_log (sheet_id, chain_position);
CREATE INDEX ix_audit_log_actor ON audit_log (actor, chain_position);
CREATE INDEX ix_audit_log_time ON audit_log (occurred_at);

-- The dashboard: its own fold of each sheet (so it depends on no other processor), one row per target with the
-- achievement measured against the target in force, and the furthest step of each sheet's fiscal years.
CREATE TABLE dashboard_sheet (
    sheet_id  VARCHAR(36) NOT NULL PRIMARY KEY,
    version   BIGINT      NOT NULL,
    document  TEXT        NOT NULL
);

CREATE TABLE dashboard_target (
    sheet_id           VARCHAR(36)  NOT NULL,
    target_key         VARCHAR(64)  NOT NULL,
    municipality_code  CHAR(6)      NOT NULL,
    first_fiscal_year  INTEGER      NOT NULL,
    last_fiscal_year   INTEGER      NOT NULL,
    row_document       TEXT         NOT NULL,
    PRIMARY KEY (sheet_id, target_key)
);
CREATE INDEX ix_dashboard_target_municipality ON dashboard_target (municipality_code, first_fiscal_year);

CREATE TABLE dashboard_year_step (
    sheet_id          VARCHAR(36) NOT NULL,
    fiscal_year       INTEGER     NOT NULL,
    municipality_code CHAR(6)     NOT NULL,
    first_fiscal_year INTEGER     NOT NULL,
    last_fiscal_year  INTEGER     NOT NULL,
    step              VARCHAR(32) NOT NULL,
    PRIMARY KEY (sheet_id, fiscal_year)
);
