-- The query nodes alive, so that each can take its fair share of every processor's segments (SegmentBalancer).
CREATE TABLE query_node (
    node_id      VARCHAR(255) NOT NULL PRIMARY KEY,
    heartbeat_at TIMESTAMP WITH TIME ZONE NOT NULL
);
