-- The transparency log (issue 17): one row per publication (FiscalYearPublished, an erratum's too), in the order the
-- log appended them. leaf is the leaf's RFC 8785 canonical JSON, the bytes (UTF-8) that leaf_hash = SHA-256(0x00 ||
-- leaf) was computed from when the row was appended; the Merkle tree and its proofs are made from leaf_hash alone,
-- so a leaf changed in place no longer matches its hash in any receipt. event_id: the publication event, once.
CREATE TABLE transparency_log (
    leaf_index        BIGINT       NOT NULL PRIMARY KEY,
    event_id          VARCHAR(255) NOT NULL UNIQUE,
    sheet_id          VARCHAR(255) NOT NULL,
    fiscal_year       INTEGER      NOT NULL,
    publication       INTEGER      NOT NULL,
    leaf              TEXT         NOT NULL,
    leaf_hash         BYTEA        NOT NULL
);
CREATE INDEX ix_transparency_log_publication ON transparency_log (sheet_id, fiscal_year, publication);
