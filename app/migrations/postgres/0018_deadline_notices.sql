-- Each deadline of a party's (a consent to answer, a klagefrist, comments on minutes)
-- is told to each person once: the key keeps it to once also with several instances,
-- and the person's notice item is written in the same transaction. A deadline moved
-- is a new deadline.
CREATE TABLE deadline_notices (
    person_id TEXT NOT NULL REFERENCES persons(id),
    -- The consent or the document.
    about TEXT NOT NULL,
    deadline TEXT NOT NULL,
    at BIGINT NOT NULL,
    PRIMARY KEY (person_id, about, deadline)
);
CREATE TRIGGER deadline_notices_append_only BEFORE UPDATE OR DELETE ON deadline_notices
FOR EACH ROW EXECUTE FUNCTION refuse_change();
