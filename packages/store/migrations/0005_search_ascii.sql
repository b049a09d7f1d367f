-- The full-text index on FTS5's `ascii` tokenizer: the store now writes every term cut and folded as
-- `unicode61` cut and folded it (src/unicode61.ts), so FTS5 only splits on the spaces, and a search
-- finds what it found (docs/benchmarks.md, sessions 21 and 22). Every row is written here, in SQL, so
-- that no runtime has rows to re-index afterwards and no search, on SQLite or on D1, misses a stored
-- Article between this migration and some later step (docs/architecture.md, "The search index").
-- A row whose text has only ASCII and common Han characters reads the same to both tokenizers (both
-- split on ASCII's other characters and fold its capitals, both keep such Han as it is): its text is
-- copied. Every other row is written as the terms `unicode61` made of it, in order, space-separated,
-- read from the old index itself (fts5vocab's 'instance' table: every term with its row, column and
-- position), which `ascii` splits back into the same terms at the same positions.
CREATE VIRTUAL TABLE articles_search USING fts5(title, body, tokenize = 'ascii');
INSERT INTO articles_search (rowid, title, body)
  SELECT rowid, title, body FROM articles_fts
  WHERE NOT (title GLOB '*[^ -~㐀-䶿一-鿿]*' OR body GLOB '*[^ -~㐀-䶿一-鿿]*');
CREATE VIRTUAL TABLE articles_fts_terms USING fts5vocab(articles_fts, 'instance');
INSERT INTO articles_search (rowid, title, body)
  SELECT f.rowid, coalesce(t.title, ''), coalesce(t.body, '') FROM articles_fts AS f
  LEFT JOIN (
    SELECT doc,
      group_concat(term, ' ' ORDER BY offset) FILTER (WHERE col = 'title') AS title,
      group_concat(term, ' ' ORDER BY offset) FILTER (WHERE col = 'body') AS body
    FROM articles_fts_terms
    WHERE doc IN (
      SELECT rowid FROM articles_fts
      WHERE title GLOB '*[^ -~㐀-䶿一-鿿]*' OR body GLOB '*[^ -~㐀-䶿一-鿿]*'
    )
    GROUP BY doc
  ) AS t ON t.doc = f.rowid
  WHERE f.title GLOB '*[^ -~㐀-䶿一-鿿]*' OR f.body GLOB '*[^ -~㐀-䶿一-鿿]*';
DROP TABLE articles_fts_terms;
DROP TABLE articles_fts;
ALTER TABLE articles_search RENAME TO articles_fts;
