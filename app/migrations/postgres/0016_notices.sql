-- Notices (issue 16): a durable outbox. A change a party should be told of writes a
-- notice item in its own transaction; items for one person join the notice still
-- waiting, so events within the batch window become one notice. A worker claims due
-- notices, records the attempt, sends, and marks them sent, or retries them later,
-- or gives up (DEAD) after a limit. The text never says what the news is.
-- Kept in step with ../sqlite/0016_notices.sql.

-- What the national contact register (KRR) gives, set through the import API beside
-- `reserved_digital` (reservasjon): varslingsstatus and the addresses to use.
ALTER TABLE persons ADD COLUMN may_be_notified BIGINT NOT NULL DEFAULT 1;
ALTER TABLE persons ADD COLUMN email TEXT;
ALTER TABLE persons ADD COLUMN mobile TEXT;
-- The language the person last used the portal in, for their notices (nb when never).
ALTER TABLE persons ADD COLUMN language TEXT;
ALTER TABLE person_sources ADD COLUMN may_be_notified BIGINT NOT NULL DEFAULT 1;
ALTER TABLE person_sources ADD COLUMN email TEXT;
ALTER TABLE person_sources ADD COLUMN mobile TEXT;

CREATE TABLE notices (
    -- Also the e-mail's Message-ID, so a resent notice is recognisably the same one.
    id TEXT PRIMARY KEY,
    -- To a party, or to an employee (a new message to the service): one of the two.
    person_id TEXT REFERENCES persons(id),
    staff_id TEXT REFERENCES staff(id),
    -- PENDING (gathering events) | SENDING | RETRY | SENT | DEAD | CANCELLED
    state TEXT NOT NULL,
    -- The first event's time: the batch window counts from it.
    opened_at BIGINT NOT NULL,
    -- Not tried before this (a retry's back-off, an SMS held for the morning).
    not_before BIGINT NOT NULL DEFAULT 0,
    -- Attempts begun; each is recorded (SENDING, claimed_at) before the send.
    attempts BIGINT NOT NULL DEFAULT 0,
    claimed_at BIGINT,
    -- EMAIL | SMS, as sent, with the provider's id for the message.
    channel TEXT,
    provider_id TEXT,
    sent_at BIGINT,
    last_error TEXT,
    -- A reminder (a week after the notice it reminds of, while what that pointed to is
    -- unread) names that notice; there is at most one.
    reminder_of TEXT REFERENCES notices(id),
    CHECK ((person_id IS NULL) <> (staff_id IS NULL))
);
CREATE UNIQUE INDEX notices_one_reminder ON notices(reminder_of) WHERE reminder_of IS NOT NULL;
CREATE INDEX notices_due ON notices(state, opened_at);
-- One notice per person gathers events; later ones join it until it is claimed.
CREATE UNIQUE INDEX notices_gathering ON notices(person_id) WHERE state = 'PENDING';
CREATE UNIQUE INDEX notices_gathering_staff ON notices(staff_id) WHERE state = 'PENDING';

CREATE TABLE notice_items (
    notice_id TEXT NOT NULL REFERENCES notices(id),
    -- DOCUMENT | MESSAGE | CONSENT | INNSYN_ANSWER
    kind TEXT NOT NULL,
    -- The document, thread, consent or innsyn request the event is about.
    about TEXT NOT NULL,
    case_id TEXT NOT NULL,
    at BIGINT NOT NULL,
    PRIMARY KEY (notice_id, kind, about)
);
