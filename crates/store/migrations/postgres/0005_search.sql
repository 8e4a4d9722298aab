-- headcount schema, version 5, for PostgreSQL (see ../0005_search.sql): full-text search
-- over the documents whose text is kept, by PostgreSQL's own text search ('simple'
-- configuration: no language's stemming, as SQLite's unicode61). An expression index, so
-- ingest needs no separate step; search_state is kept for parity with SQLite.
CREATE INDEX documents_search ON documents
    USING GIN (to_tsvector('simple', COALESCE(title, '') || ' ' || COALESCE(text, '')))
    WHERE text IS NOT NULL;
CREATE TABLE search_state (indexed_upto BIGINT NOT NULL);
INSERT INTO search_state (indexed_upto) VALUES (0);
