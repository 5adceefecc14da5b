-- Where the audit chain was last verified, so that a verification starts there instead of at the genesis link:
-- the last link whose event was re-hashed and matched, its digest as the verification computed it, how many links
-- the chain had verified by then, and when the last full pass (every link from the genesis link) succeeded. A full
-- pass is due when full_verified_at is NULL (never, or a mismatch was found since) or older than the interval.
CREATE TABLE audit_verification (
    id               VARCHAR(16)  NOT NULL PRIMARY KEY,
    chain_position   BIGINT       NOT NULL,
    global_index     BIGINT       NOT NULL,
    chain_digest     CHAR(64)     NOT NULL,
    verified_events  BIGINT       NOT NULL,
    verified_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    full_verified_at TIMESTAMP WITH TIME ZONE
);
