-- Samtykker (domain.md, "Samtykker"; the model of KS Fiks samtykke): a consent on a case
-- asks some of its parties; every change is an append-only event, numbered per consent,
-- and the state is computed from the events and the clock (app/src/domain/consent.rs).
-- Kept in step with ../postgres/0011_consents.sql.
CREATE TABLE consents (
    -- A UUID, as in Fiks.
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id),
    -- The catalogue's code (INFO_SKOLE, TILTAK_FORELDREVEILEDNING, ...).
    purpose TEXT NOT NULL,
    -- The service's own words: what is shared, and why; shown to the parties asked.
    purpose_text TEXT NOT NULL,
    -- Who the information may go to, in the service's words.
    recipients TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX consents_case ON consents(case_id);
-- The parties a consent asks, in the order asked; fixed at creation.
CREATE TABLE consent_parties (
    consent_id TEXT NOT NULL REFERENCES consents(id),
    person_id TEXT NOT NULL REFERENCES persons(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (consent_id, person_id)
);
CREATE INDEX consent_parties_person ON consent_parties(person_id);
CREATE TABLE consent_events (
    consent_id TEXT NOT NULL REFERENCES consents(id),
    -- 1, 2, ... per consent: the order of the history.
    seq INTEGER NOT NULL,
    at BIGINT NOT NULL,
    -- OPPRETTET | AKSEPTERT_AV_PART | AVSLAATT_AV_PART | TRUKKET_AV_PART
    -- | OPPDATERT_PAA_VEGNE_AV_PART | REDIGERT | AVBRUTT
    kind TEXT NOT NULL,
    -- PARTY | STAFF | IMPORT, and the party's person id or the staff id.
    actor_kind TEXT NOT NULL,
    actor_id TEXT,
    -- The answer events: whose answer, and what it is now.
    party_person_id TEXT REFERENCES persons(id),
    answer TEXT,
    -- OPPRETTET and REDIGERT: the answer deadline and the end (ISO dates).
    deadline TEXT,
    end_date TEXT,
    -- The service's reason (a cancellation, an answer taken by phone): staff only.
    note TEXT,
    PRIMARY KEY (consent_id, seq)
);
CREATE TRIGGER consent_events_no_update BEFORE UPDATE ON consent_events
BEGIN SELECT RAISE(ABORT, 'consent_events is append-only'); END;
CREATE TRIGGER consent_events_no_delete BEFORE DELETE ON consent_events
BEGIN SELECT RAISE(ABORT, 'consent_events is append-only'); END;
CREATE TRIGGER consent_parties_no_update BEFORE UPDATE ON consent_parties
BEGIN SELECT RAISE(ABORT, 'consent_parties is fixed at creation'); END;
CREATE TRIGGER consent_parties_no_delete BEFORE DELETE ON consent_parties
BEGIN SELECT RAISE(ABORT, 'consent_parties is fixed at creation'); END;
