-- Min sak core schema (SQLite). Kept in step with ../postgres/0001_init.sql:
-- the same tables and columns, only the dialect differs.
-- Conventions, chosen so one set of queries runs on both databases through sqlx's Any driver:
--   ids are TEXT (the source system's keys, so imports are idempotent),
--   dates are TEXT 'YYYY-MM-DD', instants are BIGINT unix seconds (UTC),
--   booleans are BIGINT 0/1.

-- A barnevern service (tenant): a municipality's own or an inter-municipal one.
CREATE TABLE services (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    phone TEXT NOT NULL,
    email TEXT NOT NULL,
    postal_address TEXT NOT NULL
);

CREATE TABLE units (
    id TEXT PRIMARY KEY,
    service_id TEXT NOT NULL REFERENCES services(id),
    name TEXT NOT NULL,
    phone TEXT NOT NULL,
    email TEXT NOT NULL,
    visiting_address TEXT NOT NULL,
    opening_hours TEXT NOT NULL
);

CREATE TABLE persons (
    id TEXT PRIMARY KEY,
    pid TEXT NOT NULL UNIQUE,
    given_name TEXT NOT NULL,
    family_name TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    address TEXT,
    -- skjult/sperret adresse: the address never leaves the server for anyone but the person.
    protected_address BIGINT NOT NULL DEFAULT 0,
    -- reserved against digital communication (KRR): staff must send paper.
    reserved_digital BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE staff (
    id TEXT PRIMARY KEY,
    sub TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    unit_id TEXT NOT NULL REFERENCES units(id),
    role TEXT NOT NULL,
    phone TEXT NOT NULL,
    email TEXT NOT NULL
);

CREATE TABLE cases (
    id TEXT PRIMARY KEY,
    service_id TEXT NOT NULL REFERENCES services(id),
    unit_id TEXT NOT NULL REFERENCES units(id),
    main_person_id TEXT NOT NULL REFERENCES persons(id),
    phase TEXT NOT NULL,
    caseworker_id TEXT REFERENCES staff(id),
    opened_on TEXT NOT NULL,
    closed_on TEXT,
    -- the nemnd granted party rights to a child under 15 (bvl § 12-3)
    nemnd_party_grant BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX cases_unit ON cases(unit_id);

CREATE TABLE milestones (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id),
    kind TEXT NOT NULL,
    phase TEXT NOT NULL,
    occurred_on TEXT,
    due_on TEXT,
    seq BIGINT NOT NULL
);
CREATE INDEX milestones_case ON milestones(case_id);

CREATE TABLE parties (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id),
    person_id TEXT NOT NULL REFERENCES persons(id),
    role TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    valid_to TEXT,
    UNIQUE (case_id, person_id, role)
);
CREATE INDEX parties_person ON parties(person_id);

CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id),
    doc_type TEXT NOT NULL,
    title TEXT NOT NULL,
    doc_date TEXT NOT NULL,
    -- structured rich text (JSON list of blocks); rendered with escaping, never as raw HTML
    body TEXT NOT NULL,
    pdf BLOB,
    appeal_deadline TEXT,
    -- documents are archive material: a new version supersedes, nothing is deleted
    supersedes_id TEXT REFERENCES documents(id),
    created_at BIGINT NOT NULL
);
CREATE INDEX documents_case ON documents(case_id);

-- Release decisions per document and per party. Append-only: the newest row per
-- (document, person) is in force; older rows are the history.
CREATE TABLE release_decisions (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id TEXT NOT NULL REFERENCES documents(id),
    person_id TEXT NOT NULL REFERENCES persons(id),
    state TEXT NOT NULL,
    grounds_code TEXT,
    justification TEXT,
    merinnsyn_considered BIGINT NOT NULL DEFAULT 0,
    -- JSON list of redacted spans (PARTLY_SHARED only)
    redactions TEXT,
    reason TEXT,
    decided_by TEXT NOT NULL,
    decided_at BIGINT NOT NULL
);
CREATE INDEX release_decisions_doc_person ON release_decisions(document_id, person_id, seq);

-- The withholding-grounds catalogue is data, so a lawyer can correct it without a release.
CREATE TABLE withholding_grounds (
    code TEXT PRIMARY KEY,
    law TEXT NOT NULL,
    paragraph TEXT NOT NULL,
    law_version TEXT NOT NULL,
    label_nb TEXT NOT NULL,
    label_nn TEXT NOT NULL,
    label_en TEXT NOT NULL,
    explanation_nb TEXT NOT NULL,
    explanation_nn TEXT NOT NULL,
    explanation_en TEXT NOT NULL,
    verified BIGINT NOT NULL DEFAULT 0
);

-- Which documents a person has opened (the "new" marker in the document list).
CREATE TABLE document_reads (
    document_id TEXT NOT NULL REFERENCES documents(id),
    person_id TEXT NOT NULL REFERENCES persons(id),
    first_read_at BIGINT NOT NULL,
    PRIMARY KEY (document_id, person_id)
);

-- Every read and every decision, append-only (enforced by the triggers below).
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at BIGINT NOT NULL,
    actor_kind TEXT NOT NULL,
    actor_id TEXT,
    action TEXT NOT NULL,
    case_id TEXT,
    document_id TEXT,
    subject_person_id TEXT,
    reason TEXT
);
CREATE INDEX audit_log_case ON audit_log(case_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER release_decisions_no_update BEFORE UPDATE ON release_decisions
BEGIN SELECT RAISE(ABORT, 'release_decisions is append-only'); END;
CREATE TRIGGER release_decisions_no_delete BEFORE DELETE ON release_decisions
BEGIN SELECT RAISE(ABORT, 'release_decisions is append-only'); END;
