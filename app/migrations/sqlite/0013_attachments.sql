-- Files attached to digital post. The bytes live in the file store (store/files.rs);
-- a row says whose, what and where. A file checked and kept while the rest of its form
-- was refused is "staged": it belongs to the form's key and its uploader until the
-- message is sent (message_id set, once) or the uploader removes it.
-- Kept in step with ../postgres/0013_attachments.sql.
CREATE TABLE attachments (
    -- A UUID from the form's key and the file's hash: the same file sent twice from
    -- one form (a double submit) is one row.
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id),
    -- The sending form's key, which becomes the message's id.
    form_key TEXT NOT NULL,
    -- party:<person id> | staff:<staff id>
    uploader TEXT NOT NULL,
    message_id TEXT REFERENCES messages(id),
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    storage_key TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX attachments_form ON attachments(form_key, uploader);
CREATE INDEX attachments_message ON attachments(message_id);
CREATE TRIGGER attachments_sent_are_kept BEFORE DELETE ON attachments
WHEN OLD.message_id IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a sent attachment is kept'); END;
CREATE TRIGGER attachments_as_uploaded BEFORE UPDATE ON attachments
WHEN NEW.id IS NOT OLD.id OR NEW.case_id IS NOT OLD.case_id OR NEW.form_key IS NOT OLD.form_key
  OR NEW.uploader IS NOT OLD.uploader OR NEW.file_name IS NOT OLD.file_name
  OR NEW.content_type IS NOT OLD.content_type OR NEW.size_bytes IS NOT OLD.size_bytes
  OR NEW.sha256 IS NOT OLD.sha256 OR NEW.storage_key IS NOT OLD.storage_key
  OR NEW.created_at IS NOT OLD.created_at
  OR (OLD.message_id IS NOT NULL AND NEW.message_id IS NOT OLD.message_id)
BEGIN SELECT RAISE(ABORT, 'an attachment is stored as uploaded and sent once'); END;
