-- Digital post (domain.md, "Digital post and input"; Fiks eDialog): a thread belongs to
-- one case and one party and is private between that party and the service. Messages
-- are stored as written and never changed; that the other side opened one, and that
-- the service handled a party's message, are set once.
-- Kept in step with ../postgres/0012_post.sql.
CREATE TABLE threads (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id),
    -- The party the thread is with.
    person_id TEXT NOT NULL REFERENCES persons(id),
    -- POST | SVAR | KLAGE
    kind TEXT NOT NULL,
    document_id TEXT REFERENCES documents(id),
    subject TEXT NOT NULL,
    -- PARTY | SERVICE: who started it.
    started_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    -- The staff member who took it (changes as work is handed on).
    assigned_to TEXT REFERENCES staff(id)
);
CREATE INDEX threads_case_person ON threads(case_id, person_id);
CREATE TABLE messages (
    -- The sending form's key: a double submit finds the message the first one stored.
    id TEXT PRIMARY KEY,
    thread_id TEXT NOT NULL REFERENCES threads(id),
    -- 1, 2, ... per thread: the order of the conversation (several can share a second).
    seq INTEGER NOT NULL,
    -- PARTY | SERVICE
    side TEXT NOT NULL,
    -- The party's person id or the staff member's id.
    author_id TEXT NOT NULL,
    body TEXT NOT NULL,
    sent_at BIGINT NOT NULL,
    -- When the other side first opened it (and, for the service, who).
    read_at BIGINT,
    read_by TEXT,
    -- A party's message: when and by whom the service marked it handled.
    handled_at BIGINT,
    handled_by TEXT REFERENCES staff(id)
);
CREATE UNIQUE INDEX messages_thread ON messages(thread_id, seq);
CREATE INDEX messages_unread ON messages(side, read_at);
CREATE TRIGGER messages_no_delete BEFORE DELETE ON messages
BEGIN SELECT RAISE(ABORT, 'messages are kept'); END;
CREATE TRIGGER messages_as_written BEFORE UPDATE OF id, thread_id, seq, side, author_id, body, sent_at ON messages
BEGIN SELECT RAISE(ABORT, 'a message is stored as written'); END;
CREATE TRIGGER messages_marks_once BEFORE UPDATE OF read_at, handled_at ON messages
WHEN (OLD.read_at IS NOT NULL AND NEW.read_at IS NOT OLD.read_at)
  OR (OLD.handled_at IS NOT NULL AND NEW.handled_at IS NOT OLD.handled_at)
BEGIN SELECT RAISE(ABORT, 'read and handled are set once'); END;
