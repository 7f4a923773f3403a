-- Issue 13: the audit log's hash chain. The sealer links committed entries in order
-- (`pos` 1, 2, …), each hash covering the entry's columns and the previous hash;
-- checkpoints sign the head with the key from configuration. Both tables are
-- append-only like the log itself (and the runtime role may only insert and select
-- them when migrations run as another role); `minsak audit verify` finds what was
-- changed anyway.
CREATE TABLE audit_chain (
    pos BIGINT PRIMARY KEY,
    seq BIGINT NOT NULL UNIQUE,
    hash TEXT NOT NULL
);
CREATE TABLE audit_checkpoints (
    pos BIGINT PRIMARY KEY,
    seq BIGINT NOT NULL,
    at BIGINT NOT NULL,
    head_hash TEXT NOT NULL,
    public_key TEXT NOT NULL,
    signature TEXT NOT NULL
);
CREATE TRIGGER audit_chain_append_only BEFORE UPDATE OR DELETE ON audit_chain
FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER audit_checkpoints_append_only BEFORE UPDATE OR DELETE ON audit_checkpoints
FOR EACH ROW EXECUTE FUNCTION refuse_change();
