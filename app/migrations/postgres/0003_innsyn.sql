-- Innsyn requests (domain.md, "Documents and release"): a party asks to see a document
-- withheld from them; the answer is the caseworker's next release decision for that
-- party (shared: granted, partly shared: partly granted, withheld again: refused).
-- One append-only event list per (document, party): the newest event is the state.
-- Kept in step with ../sqlite/0003_innsyn.sql.
CREATE TABLE innsyn_events (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
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
CREATE TRIGGER innsyn_events_append_only BEFORE UPDATE OR DELETE ON innsyn_events
FOR EACH ROW EXECUTE FUNCTION refuse_change();
