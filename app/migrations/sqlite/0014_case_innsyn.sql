-- Innsyn in a whole case (issue 15): a party asks to see every document of the case,
-- also those they have not been told about. Not tied to a document: the caseworker
-- decides the documents one by one (release decisions) and then answers the request
-- in words (GRANTED | PARTLY_GRANTED | REFUSED). One append-only event list per
-- (case, party): the newest event is the state.
-- Kept in step with ../postgres/0014_case_innsyn.sql.
CREATE TABLE case_innsyn_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id TEXT NOT NULL REFERENCES cases(id),
    person_id TEXT NOT NULL REFERENCES persons(id),
    -- REQUESTED | GRANTED | PARTLY_GRANTED | REFUSED
    kind TEXT NOT NULL,
    -- The party's own words (REQUESTED) or the service's answer to them (the others);
    -- shown to that party and to the service only.
    message TEXT,
    actor_kind TEXT NOT NULL,
    actor_id TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX case_innsyn_events_case_person ON case_innsyn_events(case_id, person_id, seq);
CREATE TRIGGER case_innsyn_events_no_update BEFORE UPDATE ON case_innsyn_events
BEGIN SELECT RAISE(ABORT, 'case_innsyn_events is append-only'); END;
CREATE TRIGGER case_innsyn_events_no_delete BEFORE DELETE ON case_innsyn_events
BEGIN SELECT RAISE(ABORT, 'case_innsyn_events is append-only'); END;
