-- headcount schema, version 4: each document's source type (news, a WARN notice, a tracker
-- row) and a table row's own fields (a WARN notice's dates and site), so that events can
-- list their sources by type and be filtered by source type and state.

ALTER TABLE documents ADD COLUMN source_type TEXT NOT NULL DEFAULT 'news';  -- news | warn | tracker
ALTER TABLE documents ADD COLUMN notice_date TEXT;      -- YYYY-MM-DD
ALTER TABLE documents ADD COLUMN received_date TEXT;
ALTER TABLE documents ADD COLUMN effective_date TEXT;
ALTER TABLE documents ADD COLUMN city TEXT;
ALTER TABLE documents ADD COLUMN county TEXT;
ALTER TABLE documents ADD COLUMN state TEXT;            -- two-letter code
ALTER TABLE documents ADD COLUMN address TEXT;

-- Databases written before version 4 told table rows apart by their outlet only
-- ("WARN CA", "tracker layoffs.csv"): their type and a WARN notice's state come from it.
UPDATE documents SET source_type = 'warn', state = substr(outlet, 6)
WHERE outlet LIKE 'WARN __';
UPDATE documents SET source_type = 'tracker' WHERE outlet LIKE 'tracker %';

-- Per event, the source types and WARN states of its documents, comma-separated and
-- sorted ("news,warn"; "CA,TX"): what `events --source` and `--state` filter on.
ALTER TABLE events ADD COLUMN source_types TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN states TEXT NOT NULL DEFAULT '';
UPDATE events SET
    source_types = COALESCE((SELECT group_concat(t, ',') FROM (
        SELECT DISTINCT d.source_type AS t FROM claims c JOIN documents d USING (doc_id)
        WHERE c.event_id = events.event_id ORDER BY t)), ''),
    states = COALESCE((SELECT group_concat(s, ',') FROM (
        SELECT DISTINCT d.state AS s FROM claims c JOIN documents d USING (doc_id)
        WHERE c.event_id = events.event_id AND d.state IS NOT NULL ORDER BY s)), '');

DROP VIEW v_event_sources;
CREATE VIEW v_event_sources AS
SELECT c.event_id, d.source_type, d.path AS document, d.title, d.url, d.outlet, d.published,
       d.notice_date, d.effective_date, d.city, d.county, d.state,
       c.company, c.kind, c.date_earliest, c.date_latest, c.headcount_text,
       c.headcount_min, c.headcount_max, c.percent, c.join_reason
FROM claims c JOIN documents d USING (doc_id);
