-- Idempotency records expire (IdempotencyRetention deletes those older than pdca.idempotency.retention): the
-- periodic delete finds them by the time they were written instead of scanning the table.
CREATE INDEX ix_idempotency_record_created_at ON idempotency_record (created_at);
