-- A party's message that nobody at the service opened within two working days is
-- brought to each of the unit's leaders once: the key keeps it to once also with
-- several instances, and the leader's notice (an ESCALATION item) is written in the
-- same transaction.
CREATE TABLE escalations (
    message_id TEXT NOT NULL REFERENCES messages(id),
    staff_id TEXT NOT NULL REFERENCES staff(id),
    at BIGINT NOT NULL,
    PRIMARY KEY (message_id, staff_id)
);
CREATE TRIGGER escalations_no_update BEFORE UPDATE ON escalations
BEGIN SELECT RAISE(ABORT, 'escalations is append-only'); END;
CREATE TRIGGER escalations_no_delete BEFORE DELETE ON escalations
BEGIN SELECT RAISE(ABORT, 'escalations is append-only'); END;
