-- Issue 13: the audit log's hash chain. The sealer links committed entries in order
-- (`pos` 1, 2, …), each hash covering the entry's columns and the previous hash;
-- checkpoints sign the head with the key from configuration. Both tables are
-- append-only like the log itself; `minsak audit verify` finds what was changed anyway.
CREATE TABLE audit_chain (
    pos INTEGER PRIMARY KEY,
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
CREATE TRIGGER audit_chain_no_update BEFORE UPDATE ON audit_chain
BEGIN SELECT RAISE(ABORT, 'audit_chain is append-only'); END;
CREATE TRIGGER audit_chain_no_delete BEFORE DELETE ON audit_chain
BEGIN SELECT RAISE(ABORT, 'audit_chain is append-only'); END;
CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints
BEGIN SELECT RAISE(ABORT, 'audit_checkpoints is append-only'); END;
CREATE TRIGGER audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints
BEGIN SELECT RAISE(ABORT, 'audit_checkpoints is append-only'); END;
