-- One row per Article id. The whole record is kept as JSON in `article`; the columns beside it exist
-- so that filters, ordering and list views never have to decode it.
CREATE TABLE articles (
  id TEXT PRIMARY KEY NOT NULL,
  title TEXT NOT NULL,
  -- As the Article states it: ISO 8601 with offset, NULL when the file has no date.
  published_at TEXT,
  -- The published instant in UTC (`2022-01-30T01:59:17.000Z`), '' when undated, so that string order
  -- is time order and undated articles sort last in newest-first lists.
  sort_key TEXT NOT NULL,
  source_name TEXT,
  source_slug TEXT,
  format TEXT NOT NULL,
  -- JSON of the list view (everything but the body), served by list endpoints as it is.
  summary TEXT NOT NULL,
  article TEXT NOT NULL,
  filename TEXT,
  ingested_at TEXT NOT NULL
);

CREATE INDEX articles_by_date ON articles (sort_key DESC, id DESC);
CREATE INDEX articles_by_source ON articles (source_name, sort_key DESC, id DESC);

-- Tags and categories, one row per label, for the `tag` filter and counts.
CREATE TABLE article_labels (
  label TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('tag', 'category')),
  article_id TEXT NOT NULL,
  PRIMARY KEY (label, kind, article_id)
) WITHOUT ROWID;
CREATE INDEX article_labels_by_article ON article_labels (article_id);

-- Listed companies an article refers to.
CREATE TABLE article_securities (
  code TEXT NOT NULL,
  market TEXT NOT NULL,
  article_id TEXT NOT NULL,
  name TEXT,
  PRIMARY KEY (code, market, article_id)
) WITHOUT ROWID;
CREATE INDEX article_securities_by_article ON article_securities (article_id);

-- Full-text index; rowid = articles.rowid. Both columns hold text pre-segmented by the store
-- (character bigrams of every CJK run, Intl.Segmenter words elsewhere), so FTS5's unicode61
-- tokenizer only has to split on the spaces the store put there.
CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, tokenize = 'unicode61');
