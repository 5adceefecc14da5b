-- Axon's sequenced dead-letter queue (JdbcSequencedDeadLetterQueue with the default DeadLetterSchema), one table for
-- the sheets, dashboard and audit processing groups: an event a projection cannot handle is parked here with the
-- later events of its sheet, and the other sheets keep flowing. The shape of Axon's GenericDeadLetterTableFactory,
-- with BYTEA for the serialized columns (as the event table) and ISO-8601 text time stamps; the same script runs on
-- H2 in MODE=PostgreSQL. The cause's message is TEXT: Axon writes it as the exception gave it (the app's enqueue
-- policy cuts it to 1,023 characters), and a message too long for its column would stop the processor instead.
CREATE TABLE deadletterentry (
    deadLetterIdentifier VARCHAR(255) NOT NULL,
    processingGroup      VARCHAR(255) NOT NULL,
    sequenceIdentifier   VARCHAR(255) NOT NULL,
    sequenceIndex        BIGINT       NOT NULL,
    messageType          VARCHAR(255) NOT NULL,
    eventIdentifier      VARCHAR(255) NOT NULL,
    timeStamp            VARCHAR(255) NOT NULL,
    payloadType          VARCHAR(255) NOT NULL,
    payloadRevision      VARCHAR(255),
    payload              BYTEA        NOT NULL,
    metaData             BYTEA,
    type                 VARCHAR(255),
    aggregateIdentifier  VARCHAR(255),
    sequenceNumber       BIGINT,
    tokenType            VARCHAR(255),
    token                BYTEA,
    enqueuedAt           VARCHAR(255) NOT NULL,
    lastTouched          VARCHAR(255),
    processingStarted    VARCHAR(255),
    causeType            VARCHAR(255),
    causeMessage         TEXT,
    diagnostics          BYTEA,
    CONSTRAINT pk_deadletterentry PRIMARY KEY (deadLetterIdentifier),
    CONSTRAINT uk_deadletterentry_sequence_index UNIQUE (processingGroup, sequenceIdentifier, sequenceIndex)
);
CREATE INDEX ix_deadletterentry_processing_group ON deadletterentry (processingGroup);
CREATE INDEX ix_deadletterentry_sequence ON deadletterentry (processingGroup, sequenceIdentifier);
