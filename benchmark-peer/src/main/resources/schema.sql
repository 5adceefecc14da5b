-- The peer's one table, beside the ledger's in the benchmark's database (hence IF NOT EXISTS and its own name).
CREATE TABLE IF NOT EXISTS crud_peer_activity_indicator (
    id BIGSERIAL PRIMARY KEY,
    sheet_id VARCHAR(64) NOT NULL,
    indicator_key VARCHAR(255) NOT NULL,
    name VARCHAR(1000) NOT NULL,
    unit VARCHAR(255),
    planned JSONB NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
