-- Issue 11: a case moved to another service (the family moved). From moved_on nobody
-- reads it here; its former parties are told where it went (unless the child's address
-- is protected). Both set or both empty.
ALTER TABLE cases ADD COLUMN moved_to TEXT;
ALTER TABLE cases ADD COLUMN moved_on TEXT;
