-- Minutes for comment (issue 15): a møtereferat shared with parties is opened for
-- comments until a deadline; a party asks for corrections, to the whole minutes or to
-- one part of them; the caseworker answers each request once. Everything is kept with
-- the document, append-only (a deadline moved is a new period row; the newest counts).
-- Kept in step with ../postgres/0015_minutes_comments.sql.
CREATE TABLE minutes_comment_periods (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id TEXT NOT NULL REFERENCES documents(id),
    -- The last day for comments (ISO date, Norwegian calendar).
    deadline TEXT NOT NULL,
    staff_id TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX minutes_comment_periods_document ON minutes_comment_periods(document_id, seq);

CREATE TABLE minutes_comments (
    -- The form's key: a second submit of the same form stores nothing more.
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id),
    person_id TEXT NOT NULL REFERENCES persons(id),
    -- The part commented on (1-based, as the party was shown the minutes), or NULL for
    -- the whole minutes; with that part's text as the party saw it (hidden parts marked).
    part INTEGER,
    quote TEXT,
    body TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX minutes_comments_document ON minutes_comments(document_id, person_id, at);

CREATE TABLE minutes_comment_answers (
    -- One answer per comment.
    comment_id TEXT PRIMARY KEY REFERENCES minutes_comments(id),
    -- CORRECTED | KEPT_AS_COMMENT
    outcome TEXT NOT NULL,
    body TEXT,
    staff_id TEXT NOT NULL,
    at BIGINT NOT NULL
);

CREATE TRIGGER minutes_comment_periods_no_update BEFORE UPDATE ON minutes_comment_periods
BEGIN SELECT RAISE(ABORT, 'minutes_comment_periods is append-only'); END;
CREATE TRIGGER minutes_comment_periods_no_delete BEFORE DELETE ON minutes_comment_periods
BEGIN SELECT RAISE(ABORT, 'minutes_comment_periods is append-only'); END;
CREATE TRIGGER minutes_comments_no_update BEFORE UPDATE ON minutes_comments
BEGIN SELECT RAISE(ABORT, 'minutes_comments is append-only'); END;
CREATE TRIGGER minutes_comments_no_delete BEFORE DELETE ON minutes_comments
BEGIN SELECT RAISE(ABORT, 'minutes_comments is append-only'); END;
CREATE TRIGGER minutes_comment_answers_no_update BEFORE UPDATE ON minutes_comment_answers
BEGIN SELECT RAISE(ABORT, 'minutes_comment_answers is append-only'); END;
CREATE TRIGGER minutes_comment_answers_no_delete BEFORE DELETE ON minutes_comment_answers
BEGIN SELECT RAISE(ABORT, 'minutes_comment_answers is append-only'); END;
