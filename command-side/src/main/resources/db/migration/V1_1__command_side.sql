-- The command side's own tables. They commit in the same transaction as the events they go with.

-- One sheet per municipality, plan period and outcome-target number: the set-based rule of registration.
CREATE TABLE sheet_registry (
    sheet_id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    municipality_code   CHAR(6)      NOT NULL,
    first_fiscal_year   INTEGER      NOT NULL,
    last_fiscal_year    INTEGER      NOT NULL,
    outcome_number      INTEGER      NOT NULL,
    department          VARCHAR(500),
    registered_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_sheet_registry_natural_key
        UNIQUE (municipality_code, first_fiscal_year, last_fiscal_year, outcome_number)
);

-- What a write answered, per actor and Idempotency-Key, so that a retry stores nothing twice and answers as the
-- first did. A fingerprint of the request tells a retry from a different request under a reused key.
CREATE TABLE idempotency_record (
    actor           VARCHAR(255) NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    fingerprint     VARCHAR(64)  NOT NULL,
    status          INTEGER      NOT NULL,
    location        VARCHAR(500),
    body            TEXT         NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (actor, idempotency_key)
);
