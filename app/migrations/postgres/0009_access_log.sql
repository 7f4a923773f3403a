-- Issue 13: why each entry was allowed, as a typed code (`audit::Reason`); entries from
-- before this have none and show by their action alone.
ALTER TABLE audit_log ADD COLUMN reason_code TEXT;
-- A party's access log names the staff who opened the case (the default), or, where
-- the service chose so, only their role and unit.
ALTER TABLE services ADD COLUMN access_log_names_staff BIGINT NOT NULL DEFAULT 1;
-- The access log reads one case's entries newest first, a page at a time.
CREATE INDEX audit_log_case_seq ON audit_log(case_id, seq);
