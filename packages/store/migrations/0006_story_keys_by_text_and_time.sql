-- A copy is found by its text's hash (`chars`) and the newest or oldest of them taken: an exact copy past the
-- candidates' bound joins the story of the newest one within reach (packages/store/src/stories.ts,
-- `exactCopyStoryFor`), an undated copy the story of the oldest. With the hash alone indexed, every key of one text
-- was read and sorted by time for each copy (3,000 identical flashes: 17 ms a lookup at the last).
DROP INDEX story_keys_by_chars;
CREATE INDEX story_keys_by_chars ON story_keys (chars, at, article_id);
