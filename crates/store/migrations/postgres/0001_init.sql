-- headcount schema, version 1, for PostgreSQL: the tables, columns and views of
-- ../0001_init.sql (SQLite), in PostgreSQL's types. Dates stay 'YYYY-MM-DD' text and JSON
-- stays text, so that both backends store the same values and read them the same way.

CREATE TABLE documents (
    doc_id         BIGSERIAL PRIMARY KEY,
    hash           TEXT NOT NULL UNIQUE,
    path           TEXT NOT NULL,
    line           BIGINT,
    source_id      TEXT,
    url            TEXT,
    title          TEXT,
    outlet         TEXT,
    published      TEXT,
    reference_date TEXT,
    claims         BIGINT NOT NULL,
    text           TEXT,
    ingested_at    TEXT NOT NULL
);

CREATE TABLE claims (
    claim_id       BIGSERIAL PRIMARY KEY,
    doc_id         BIGINT NOT NULL REFERENCES documents(doc_id),
    ordinal        BIGINT NOT NULL,
    kind           TEXT NOT NULL,
    company        TEXT NOT NULL,
    name_key       TEXT NOT NULL,
    company_key    TEXT NOT NULL,
    parent         TEXT,
    aliases        TEXT NOT NULL,
    date_text      TEXT NOT NULL,
    date_earliest  TEXT,
    date_latest    TEXT,
    date_precision TEXT,
    headcount_text TEXT,
    headcount_min  BIGINT,
    headcount_max  BIGINT,
    percent        DOUBLE PRECISION,
    units          TEXT NOT NULL,
    locations      TEXT NOT NULL,
    reasons        TEXT NOT NULL,
    severance      TEXT,
    confidence     DOUBLE PRECISION NOT NULL,
    event_id       TEXT,
    join_reason    TEXT,
    UNIQUE (doc_id, ordinal)
);
CREATE INDEX claims_company ON claims(company_key);
CREATE INDEX claims_name ON claims(name_key);
CREATE INDEX claims_event ON claims(event_id);

CREATE TABLE evidence (
    claim_id BIGINT NOT NULL REFERENCES claims(claim_id),
    start    BIGINT NOT NULL,
    "end"    BIGINT NOT NULL,
    text     TEXT NOT NULL,
    fields   TEXT NOT NULL
);
CREATE INDEX evidence_claim ON evidence(claim_id);

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
    headcount_min  BIGINT,
    headcount_max  BIGINT,
    percent        DOUBLE PRECISION,
    sources        BIGINT NOT NULL,
    json           TEXT NOT NULL
);
CREATE INDEX events_company ON events(company_key, date_earliest);
CREATE INDEX events_parent ON events(parent_key, date_earliest);
CREATE INDEX events_date ON events(date_earliest);

CREATE TABLE event_aliases (
    old_id   TEXT PRIMARY KEY,
    event_id TEXT NOT NULL,
    reason   TEXT NOT NULL
);

CREATE TABLE merge_log (
    seq       BIGSERIAL PRIMARY KEY,
    logged_at TEXT NOT NULL,
    event_id  TEXT NOT NULL,
    claim_id  BIGINT,
    action    TEXT NOT NULL,
    detail    TEXT NOT NULL
);
CREATE INDEX merge_log_event ON merge_log(event_id);

CREATE TABLE alias_pairs (
    alias_key TEXT NOT NULL,
    name_key  TEXT NOT NULL,
    PRIMARY KEY (alias_key, name_key)
);

CREATE VIEW v_events AS
SELECT event_id AS id, company, parent, kind, date_earliest AS earliest, date_latest AS latest,
       date_precision AS precision, headcount_min, headcount_max, percent, sources
FROM events;

CREATE VIEW v_evidence AS
SELECT c.event_id, c.claim_id, d.path AS document, e.start, e."end", e.text, e.fields
FROM evidence e JOIN claims c USING (claim_id) JOIN documents d USING (doc_id);
