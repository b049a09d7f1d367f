-- Stories: the same news from several outlets, told once. Every article belongs to one story,
-- assigned when it is written (packages/store/src/stories.ts, with @caixun/core/stories); nothing is
-- regrouped later. Articles stored before this migration get their story when they are written again
-- or when `caixun ingest` assigns the missing ones (their story_id is NULL until then).
ALTER TABLE articles ADD COLUMN story_id TEXT;
CREATE INDEX articles_by_story ON articles (story_id, sort_key);

-- One row per story: its canonical copy, first sighting and number of copies, kept up to date on write.
CREATE TABLE stories (
  id TEXT PRIMARY KEY NOT NULL,
  -- The article whose id the story id is derived from (its first copy).
  founder_id TEXT NOT NULL,
  canonical_id TEXT NOT NULL,
  -- Title of the canonical copy.
  title TEXT NOT NULL,
  -- publishedAt of the earliest copy as it states it; NULL when no copy is dated.
  first_seen_at TEXT,
  -- That instant in UTC, '' when undated (newest-first lists put undated stories last).
  sort_key TEXT NOT NULL,
  copies INTEGER NOT NULL
);
CREATE INDEX stories_by_date ON stories (sort_key DESC, id DESC);
CREATE INDEX stories_by_copies ON stories (copies, sort_key DESC, id DESC);

-- What story assignment compares: one story key per article (JSON of @caixun/core's StoryKey).
CREATE TABLE story_keys (
  article_id TEXT PRIMARY KEY NOT NULL,
  story_id TEXT NOT NULL,
  -- Published instant in milliseconds, NULL when undated.
  at INTEGER,
  -- Until when (milliseconds) a later item can still be a copy of it: `at` plus its time window.
  reach INTEGER,
  -- Calendar day of publishedAt as written, for recurring templates.
  day TEXT,
  skeleton TEXT NOT NULL,
  -- Hash of the comparison text's content characters: undated copies must match it exactly.
  chars TEXT NOT NULL,
  size INTEGER NOT NULL,
  anchors INTEGER NOT NULL,
  relayed INTEGER NOT NULL,
  key TEXT NOT NULL
);
CREATE INDEX story_keys_by_story ON story_keys (story_id, at);
CREATE INDEX story_keys_by_skeleton ON story_keys (skeleton, day);
CREATE INDEX story_keys_by_chars ON story_keys (chars);

-- The inverted index that finds candidates: anchors (hashes of character triples) of dated articles.
CREATE TABLE story_anchors (
  anchor INTEGER NOT NULL,
  at INTEGER NOT NULL,
  reach INTEGER NOT NULL,
  article_id TEXT NOT NULL,
  PRIMARY KEY (anchor, reach, article_id)
) WITHOUT ROWID;
CREATE INDEX story_anchors_by_article ON story_anchors (article_id);
