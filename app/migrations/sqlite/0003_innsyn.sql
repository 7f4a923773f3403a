-- Innsyn requests (domain.md, "Documents and release"): a party asks to see a document
-- withheld from them; the answer is the caseworker's next release decision for that
-- party (shared: granted, partly shared: partly granted, withheld again: refused).
-- One append-only event list per (document, party): the newest event is the state.
-- Kept in step with ../postgres/0003_innsyn.sql.
CREATE TABLE innsyn_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id TEXT NOT NULL REFERENCES cases(id),
    document_id TEXT NOT NULL REFERENCES documents(id),
    person_id TEXT NOT NULL REFERENCES persons(id),
    -- REQUESTED | GRANTED | PARTLY_GRANTED | REFUSED
    kind TEXT NOT NULL,
    -- The party's own words (REQUESTED only); shown to them and to the caseworker.
    message TEXT,
    actor_kind TEXT NOT NULL,
    actor_id TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX innsyn_events_doc_person ON innsyn_events(document_id, person_id, seq);
CREATE INDEX innsyn_events_case ON innsyn_events(case_id);
CREATE TRIGGER innsyn_events_no_update BEFORE UPDATE ON innsyn_events
BEGIN SELECT RAISE(ABORT, 'innsyn_events is append-only'); END;
CREATE TRIGGER innsyn_events_no_delete BEFORE DELETE ON innsyn_events
BEGIN SELECT RAISE(ABORT, 'innsyn_events is append-only'); END;
