-- Release safety (issue 10): a decision records what the caseworker saw and chose.
-- Kept in step with the other dialect's 0005_release_safety.sql.
--   content_hash: the hash of the text and PDF shown when the decision was made; the
--     write refuses when the document no longer has that hash.
--   covers_pdf: the decision shares the PDF too (only after the caseworker opened it);
--     without it a shared document serves its text alone.
--   idempotency_key: one confirmation of the decision form, so a double submit is
--     recorded once.
ALTER TABLE release_decisions ADD COLUMN content_hash TEXT;
ALTER TABLE release_decisions ADD COLUMN covers_pdf BIGINT NOT NULL DEFAULT 0;
ALTER TABLE release_decisions ADD COLUMN idempotency_key TEXT;
CREATE UNIQUE INDEX release_decisions_idempotency ON release_decisions(idempotency_key, person_id);

-- Which version of a document's PDF each caseworker has opened: sharing the PDF needs
-- it (a caseworker releases only what they saw).
CREATE TABLE staff_pdf_views (
    staff_id TEXT NOT NULL REFERENCES staff(id),
    document_id TEXT NOT NULL REFERENCES documents(id),
    content_hash TEXT NOT NULL,
    first_at BIGINT NOT NULL,
    PRIMARY KEY (staff_id, document_id, content_hash)
);
