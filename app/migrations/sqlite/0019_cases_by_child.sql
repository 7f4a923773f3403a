-- A party's cases are found by the child (cases where they are the main person) or by
-- their party rows: without this index every party's request scanned all cases.
CREATE INDEX cases_main_person ON cases(main_person_id);
