-- Files attached to digital post. The bytes live in the file store (store/files.rs);
-- a row says whose, what and where. A file checked and kept while the rest of its form
-- was refused is "staged": it belongs to the form's key and its uploader until the
-- message is sent (message_id set, once) or the uploader removes it.
-- Kept in step with ../sqlite/0013_attachments.sql.
CREATE TABLE attachments (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id),
    form_key TEXT NOT NULL,
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
CREATE FUNCTION attachments_guard() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.message_id IS NOT NULL THEN
            RAISE EXCEPTION 'a sent attachment is kept';
        END IF;
        RETURN OLD;
    END IF;
    IF NEW.id <> OLD.id OR NEW.case_id <> OLD.case_id OR NEW.form_key <> OLD.form_key
        OR NEW.uploader <> OLD.uploader OR NEW.file_name <> OLD.file_name
        OR NEW.content_type <> OLD.content_type OR NEW.size_bytes <> OLD.size_bytes
        OR NEW.sha256 <> OLD.sha256 OR NEW.storage_key <> OLD.storage_key
        OR NEW.created_at <> OLD.created_at
        OR (OLD.message_id IS NOT NULL AND NEW.message_id IS DISTINCT FROM OLD.message_id) THEN
        RAISE EXCEPTION 'an attachment is stored as uploaded and sent once';
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER attachments_guard BEFORE UPDATE OR DELETE ON attachments
FOR EACH ROW EXECUTE FUNCTION attachments_guard();
