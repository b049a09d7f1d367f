-- A story's row keeps what taking in one more copy needs, so a write that adds copies to a story reads its row and
-- not every copy it has (packages/store/src/stories.ts, `withCopy`): made again from all its copies at each write,
-- 10^5 copies of one flash took quadratic time (stopped at 41,254 stored after 28 minutes, docs/reliability.md).
-- The earliest copy (its id and instant, NULL when undated; first_seen_at is its publishedAt):
ALTER TABLE stories ADD COLUMN first_id TEXT;
ALTER TABLE stories ADD COLUMN first_at INTEGER;
-- The longest copy's size (StoryKey.size), which decides which copies are complete:
ALTER TABLE stories ADD COLUMN longest INTEGER;
-- What the canonical choice compares of the canonical copy (size, instant, came through a relay):
ALTER TABLE stories ADD COLUMN canonical_size INTEGER;
ALTER TABLE stories ADD COLUMN canonical_at INTEGER;
ALTER TABLE stories ADD COLUMN canonical_relayed INTEGER;
-- Rows stored before this migration have NULLs here and are made again from their copies at their next write.
