-- Issue 11: every service's barnevernvakt (emergency child welfare service), so a party
-- who needs help outside office hours gets a number, not just "call the vakt".
-- Nullable: a service added before this is known shows only the national numbers.
ALTER TABLE services ADD COLUMN emergency_phone TEXT;
ALTER TABLE services ADD COLUMN emergency_hours TEXT;
