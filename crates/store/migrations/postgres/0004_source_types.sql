-- headcount schema, version 4, for PostgreSQL (see ../0004_source_types.sql). A PostgreSQL
-- database starts at version 1 with no rows, so nothing older needs its types guessed.
ALTER TABLE documents ADD COLUMN source_type TEXT NOT NULL DEFAULT 'news';
ALTER TABLE documents ADD COLUMN notice_date TEXT;
ALTER TABLE documents ADD COLUMN received_date TEXT;
ALTER TABLE documents ADD COLUMN effective_date TEXT;
ALTER TABLE documents ADD COLUMN city TEXT;
ALTER TABLE documents ADD COLUMN county TEXT;
ALTER TABLE documents ADD COLUMN state TEXT;
ALTER TABLE documents ADD COLUMN address TEXT;
ALTER TABLE events ADD COLUMN source_types TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN states TEXT NOT NULL DEFAULT '';

CREATE VIEW v_event_sources AS
SELECT c.event_id, d.source_type, d.path AS document, d.title, d.url, d.outlet, d.published,
       d.notice_date, d.effective_date, d.city, d.county, d.state,
       c.company, c.kind, c.date_earliest, c.date_latest, c.headcount_text,
       c.headcount_min, c.headcount_max, c.percent, c.join_reason
FROM claims c JOIN documents d USING (doc_id);
