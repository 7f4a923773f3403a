-- Digital post (domain.md, "Digital post and input"; Fiks eDialog): a thread belongs to
-- one case and one party and is private between that party and the service. Messages
-- are stored as written and never changed; that the other side opened one, and that
-- the service handled a party's message, are set once.
-- Kept in step with ../sqlite/0012_post.sql.
CREATE TABLE threads (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id),
    person_id TEXT NOT NULL REFERENCES persons(id),
    kind TEXT NOT NULL,
    document_id TEXT REFERENCES documents(id),
    subject TEXT NOT NULL,
    started_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    assigned_to TEXT REFERENCES staff(id)
);
CREATE INDEX threads_case_person ON threads(case_id, person_id);
CREATE TABLE messages (
    id TEXT PRIMARY KEY,
    thread_id TEXT NOT NULL REFERENCES threads(id),
    seq BIGINT NOT NULL,
    side TEXT NOT NULL,
    author_id TEXT NOT NULL,
    body TEXT NOT NULL,
    sent_at BIGINT NOT NULL,
    read_at BIGINT,
    read_by TEXT,
    handled_at BIGINT,
    handled_by TEXT REFERENCES staff(id)
);
CREATE UNIQUE INDEX messages_thread ON messages(thread_id, seq);
CREATE INDEX messages_unread ON messages(side, read_at);
CREATE FUNCTION messages_guard() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'messages are kept';
    END IF;
    IF NEW.id <> OLD.id OR NEW.thread_id <> OLD.thread_id OR NEW.seq <> OLD.seq OR NEW.side <> OLD.side
        OR NEW.author_id <> OLD.author_id OR NEW.body <> OLD.body OR NEW.sent_at <> OLD.sent_at THEN
        RAISE EXCEPTION 'a message is stored as written';
    END IF;
    IF (OLD.read_at IS NOT NULL AND NEW.read_at IS DISTINCT FROM OLD.read_at)
        OR (OLD.handled_at IS NOT NULL AND NEW.handled_at IS DISTINCT FROM OLD.handled_at) THEN
        RAISE EXCEPTION 'read and handled are set once';
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER messages_guard BEFORE UPDATE OR DELETE ON messages
FOR EACH ROW EXECUTE FUNCTION messages_guard();
