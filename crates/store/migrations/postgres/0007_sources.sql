-- headcount schema, version 7, for PostgreSQL (the same as ../0007_sources.sql): every copy of a document. The same text read again from
-- another place (another file, another URL, a copy that has the publication date the
-- first lacked) is one document with another source. The document's own columns (path,
-- url, title, outlet, published) are those of its canonical source: the earliest
-- publication date (a dated copy before an undated one), then the URL, the path and the
-- line; never the order in which the copies arrived (model.rs, SourceKey).
CREATE TABLE document_sources (
    doc_id      BIGINT NOT NULL REFERENCES documents(doc_id),
    path        TEXT NOT NULL,
    line        BIGINT,
    source_id   TEXT,
    url         TEXT,
    title       TEXT,
    outlet      TEXT,
    published   TEXT,
    ingested_at TEXT NOT NULL
);
CREATE UNIQUE INDEX document_sources_place ON document_sources(doc_id, path, COALESCE(line, -1));

INSERT INTO document_sources (doc_id, path, line, source_id, url, title, outlet, published,
                              ingested_at)
SELECT doc_id, path, line, source_id, url, title, outlet, published, ingested_at FROM documents;
