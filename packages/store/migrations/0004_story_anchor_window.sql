-- Story assignment finds its candidates in memory (packages/store/src/anchor-window.ts): the anchors
-- of the stored keys near in time, loaded from story_keys when first needed. A key's anchors are kept
-- in its own row, so an article writes one row for its story instead of one per anchor (about 270).

-- The anchors of the key, each as 8 lowercase hex digits of its 32 bits, one after the other.
ALTER TABLE story_keys ADD COLUMN anchor_list TEXT NOT NULL DEFAULT '';
UPDATE story_keys SET anchor_list = COALESCE(
  (SELECT group_concat(printf('%08x', anchor & 4294967295), '') FROM story_anchors
   WHERE story_anchors.article_id = story_keys.article_id),
  '');
DROP TABLE story_anchors;
-- Loads the keys of a time range.
CREATE INDEX story_keys_by_at ON story_keys (at);

-- Counts the writes to story_keys, so a process holding some in memory sees when another one wrote.
CREATE TABLE story_changes (
  id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
  generation INTEGER NOT NULL
);
INSERT INTO story_changes (id, generation) VALUES (1, 0);
