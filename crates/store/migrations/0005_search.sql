-- headcount schema, version 5: full-text search over the documents that made claims (the
-- only ones whose text is kept), for the dashboard's /search. An external-content FTS5
-- table: the text is stored once, in documents; the index holds only the terms.
--
-- Ingest does not fill it: tokenising every article would cost ingest about a third more
-- CPU at a 30% layoff share (BENCHMARKS.md). The server indexes what is new
-- (`SqliteStore::index_for_search`), in small transactions, at start and before a search.
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text, content = 'documents', content_rowid = 'doc_id',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- The largest document id indexed so far. (An external-content table cannot say: a scan
-- of it reads the content table, indexed or not.)
CREATE TABLE search_state (indexed_upto INTEGER NOT NULL);
INSERT INTO search_state (indexed_upto) VALUES (0);
