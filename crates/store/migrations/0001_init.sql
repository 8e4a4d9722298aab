-- headcount schema, version 1. Readable with sqlite3 or datasette: the v_* views give
-- plain column names; JSON columns hold arrays of strings.

-- One row per document ever read, keyed by the hash of its text: re-ingest is a lookup.
CREATE TABLE documents (
    doc_id         INTEGER PRIMARY KEY,
    hash           TEXT NOT NULL UNIQUE,   -- xxh3-128 of the text, hex
    path           TEXT NOT NULL,          -- file it was first read from
    line           INTEGER,                -- line within a JSON Lines file
    source_id      TEXT,                   -- the article's own id (news-please `id`)
    url            TEXT,
    title          TEXT,
    outlet         TEXT,
    published      TEXT,                   -- YYYY-MM-DD
    reference_date TEXT,                   -- the date undated claims are read against (published)
    claims         INTEGER NOT NULL,
    text           TEXT,                   -- kept for documents with claims: evidence offsets point into it
    ingested_at    TEXT NOT NULL
);

-- What one document says about one round of cuts (the claim JSON of SPEC.md, flattened).
CREATE TABLE claims (
    claim_id       INTEGER PRIMARY KEY,
    doc_id         INTEGER NOT NULL REFERENCES documents(doc_id),
    ordinal        INTEGER NOT NULL,       -- place among the document's claims
    kind           TEXT NOT NULL,          -- layoff | plan | cumulative | closure | hiring
    company        TEXT NOT NULL,
    name_key       TEXT NOT NULL,          -- the name's own key
    company_key    TEXT NOT NULL,          -- the key of its alias family
    parent         TEXT,
    aliases        TEXT NOT NULL,          -- JSON
    date_text      TEXT NOT NULL,          -- '' when the text gave no date
    date_earliest  TEXT,
    date_latest    TEXT,
    date_precision TEXT,
    headcount_text TEXT,
    headcount_min  INTEGER,
    headcount_max  INTEGER,
    percent        REAL,
    units          TEXT NOT NULL,          -- JSON
    locations      TEXT NOT NULL,          -- JSON
    reasons        TEXT NOT NULL,          -- JSON
    severance      TEXT,
    confidence     REAL NOT NULL,
    event_id       TEXT,                   -- the event it belongs to now
    join_reason    TEXT,                   -- why (the merge decision)
    UNIQUE (doc_id, ordinal)
);
CREATE INDEX claims_company ON claims(company_key);
CREATE INDEX claims_name ON claims(name_key);
CREATE INDEX claims_event ON claims(event_id);

-- The sentences that support each claim, as byte spans of documents.text.
CREATE TABLE evidence (
    claim_id INTEGER NOT NULL REFERENCES claims(claim_id),
    start    INTEGER NOT NULL,
    end      INTEGER NOT NULL,
    text     TEXT NOT NULL,
    fields   TEXT NOT NULL                 -- JSON: the claim fields this sentence supplied
);
CREATE INDEX evidence_claim ON evidence(claim_id);

-- Corroborated rounds: recomputed from their claims whenever a claim of the company arrives.
CREATE TABLE events (
    event_id       TEXT PRIMARY KEY,
    company        TEXT NOT NULL,
    company_key    TEXT NOT NULL,
    parent         TEXT,
    parent_key     TEXT,
    kind           TEXT NOT NULL,
    date_earliest  TEXT,
    date_latest    TEXT,
    date_precision TEXT,
    headcount_min  INTEGER,
    headcount_max  INTEGER,
    percent        REAL,
    sources        INTEGER NOT NULL,
    json           TEXT NOT NULL           -- the event JSON of SPEC.md
);
CREATE INDEX events_company ON events(company_key, date_earliest);
CREATE INDEX events_parent ON events(parent_key, date_earliest);
CREATE INDEX events_date ON events(date_earliest);

-- Ids that stopped being current (an earlier report arrived, or two events became one)
-- and the event each leads to now.
CREATE TABLE event_aliases (
    old_id   TEXT PRIMARY KEY,
    event_id TEXT NOT NULL,
    reason   TEXT NOT NULL
) WITHOUT ROWID;

-- Every change of membership, with its reason: the merge log.
CREATE TABLE merge_log (
    seq       INTEGER PRIMARY KEY,
    logged_at TEXT NOT NULL,
    event_id  TEXT NOT NULL,
    claim_id  INTEGER,
    action    TEXT NOT NULL,               -- created | joined | left | superseded
    detail    TEXT NOT NULL
);
CREATE INDEX merge_log_event ON merge_log(event_id);

-- Alias pairs the documents gave ("Amazon Web Services (AWS)"), as keys.
CREATE TABLE alias_pairs (
    alias_key TEXT NOT NULL,
    name_key  TEXT NOT NULL,
    PRIMARY KEY (alias_key, name_key)
) WITHOUT ROWID;

CREATE VIEW v_events AS
SELECT event_id AS id, company, parent, kind, date_earliest AS earliest, date_latest AS latest,
       date_precision AS precision, headcount_min, headcount_max, percent, sources
FROM events;

CREATE VIEW v_event_sources AS
SELECT c.event_id, d.path AS document, d.title, d.url, d.outlet, d.published,
       c.company, c.kind, c.date_earliest, c.date_latest, c.headcount_text,
       c.headcount_min, c.headcount_max, c.percent, c.join_reason
FROM claims c JOIN documents d USING (doc_id);

CREATE VIEW v_evidence AS
SELECT c.event_id, c.claim_id, d.path AS document, e.start, e.end, e.text, e.fields
FROM evidence e JOIN claims c USING (claim_id) JOIN documents d USING (doc_id);
