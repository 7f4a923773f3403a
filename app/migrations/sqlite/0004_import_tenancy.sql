-- Import tenancy (issue 10, point 5). Kept in step with ../postgres/0004_import_tenancy.sql.
-- Each service's import names its rows by the source system's own keys, and two
-- services' systems may use the same key for different things. So an imported key is
-- scoped by (service, kind) and maps to the internal row id that everything else uses:
-- the read side (citizen, staff, audit) never sees an import key.
CREATE TABLE import_keys (
    service_id TEXT NOT NULL REFERENCES services(id),
    -- person | case | party | milestone | document (a document's first version)
    kind TEXT NOT NULL,
    external_id TEXT NOT NULL,
    internal_id TEXT NOT NULL,
    PRIMARY KEY (service_id, kind, external_id)
);
-- A person (one row per real person) may be known to several services, once each;
-- every other row belongs to exactly one service and so has exactly one key.
CREATE UNIQUE INDEX import_keys_person ON import_keys(kind, internal_id, service_id);
CREATE UNIQUE INDEX import_keys_owned ON import_keys(kind, internal_id) WHERE kind <> 'person';

-- What each service last sent about a person: its own view, so its repeated PUTs stay
-- idempotent whatever other services send, and the protected address is kept per
-- service (the person is protected when any service that has them in a case says so).
CREATE TABLE person_sources (
    person_id TEXT NOT NULL REFERENCES persons(id),
    service_id TEXT NOT NULL REFERENCES services(id),
    pid TEXT NOT NULL,
    given_name TEXT NOT NULL,
    family_name TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    address TEXT,
    protected_address BIGINT NOT NULL DEFAULT 0,
    reserved_digital BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (person_id, service_id)
);

-- Rows that exist already came from their own service: each keeps its id as that
-- service's key (the same statements run after the demo seed, app/src/import/store/keys.rs).
INSERT INTO import_keys (service_id, kind, external_id, internal_id)
SELECT service_id, 'case', id, id FROM cases WHERE true ON CONFLICT DO NOTHING;
INSERT INTO import_keys (service_id, kind, external_id, internal_id)
SELECT c.service_id, 'document', d.id, d.id FROM documents d JOIN cases c ON c.id = d.case_id
WHERE d.supersedes_id IS NULL ON CONFLICT DO NOTHING;
INSERT INTO import_keys (service_id, kind, external_id, internal_id)
SELECT c.service_id, 'party', p.id, p.id FROM parties p JOIN cases c ON c.id = p.case_id
WHERE true ON CONFLICT DO NOTHING;
INSERT INTO import_keys (service_id, kind, external_id, internal_id)
SELECT c.service_id, 'milestone', m.id, m.id FROM milestones m JOIN cases c ON c.id = m.case_id
WHERE true ON CONFLICT DO NOTHING;
INSERT INTO import_keys (service_id, kind, external_id, internal_id)
SELECT DISTINCT c.service_id, 'person', p.id, p.id FROM persons p JOIN cases c
ON c.main_person_id = p.id OR c.id IN (SELECT case_id FROM parties WHERE person_id = p.id)
WHERE true ON CONFLICT DO NOTHING;
INSERT INTO person_sources (person_id, service_id, pid, given_name, family_name, birth_date,
    address, protected_address, reserved_digital)
SELECT p.id, k.service_id, p.pid, p.given_name, p.family_name, p.birth_date, p.address,
    p.protected_address, p.reserved_digital
FROM persons p JOIN import_keys k ON k.kind = 'person' AND k.internal_id = p.id
WHERE true ON CONFLICT DO NOTHING;
