-- headcount schema, version 5: full-text search over the documents that made claims (the
-- only ones whose text is kept), for the dashboard's /search. An external-content FTS5
-- table: the text is stored once, in documents; the index holds only the terms.
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text, content = 'documents', content_rowid = 'doc_id',
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO documents_fts (rowid, title, text)
SELECT doc_id, COALESCE(title, ''), text FROM documents WHERE text IS NOT NULL;

-- Documents are only ever inserted; a document without text (no claims) is not indexed.
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents WHEN new.text IS NOT NULL
BEGIN
    INSERT INTO documents_fts (rowid, title, text)
    VALUES (new.doc_id, COALESCE(new.title, ''), new.text);
END;
