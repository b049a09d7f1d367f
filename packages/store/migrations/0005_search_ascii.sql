-- The full-text index on FTS5's `ascii` tokenizer: the store now writes every term cut and folded as
-- `unicode61` cut and folded it (src/unicode61.ts), so FTS5 only splits on the spaces, and a search
-- finds what it found (docs/benchmarks.md, session 21). A row whose text has only ASCII and common Han
-- characters reads the same to both tokenizers (both split on ASCII's other characters and fold its
-- capitals, both keep such Han as it is) and is copied,
-- every other row is written again by the store from its Article (`SqlArticleStore.indexPendingSearch`,
-- which `caixun ingest` and `caixun serve` run when they open a database), listed in search_pending
-- until then.
CREATE VIRTUAL TABLE articles_search USING fts5(title, body, tokenize = 'ascii');
INSERT INTO articles_search (rowid, title, body)
  SELECT rowid, title, body FROM articles_fts
  WHERE NOT (title GLOB '*[^ -~㐀-䶿一-鿿]*' OR body GLOB '*[^ -~㐀-䶿一-鿿]*');
CREATE TABLE search_pending (article_rowid INTEGER PRIMARY KEY NOT NULL);
INSERT INTO search_pending (article_rowid)
  SELECT rowid FROM articles_fts
  WHERE title GLOB '*[^ -~㐀-䶿一-鿿]*' OR body GLOB '*[^ -~㐀-䶿一-鿿]*';
DROP TABLE articles_fts;
ALTER TABLE articles_search RENAME TO articles_fts;
