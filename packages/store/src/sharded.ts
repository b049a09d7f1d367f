/**
 * A store that grows past one database: articles are split by the month they were published in
 * across several SQL databases (D1 holds at most 10 GB each), behind the same `ArticleStore`
 * interface. Each shard holds a contiguous range of months; the oldest shard also holds undated
 * articles, which sort last. Newest-first lists visit shards newest first and stop as soon as a page
 * is full, so the usual request reads one database; relevance lists ask every shard and merge by rank.
 * Cursors are the single store's cursors: a newest-first cursor is a global (instant, id) position.
 */
import type { Article, Market } from "@caixun/core";
import { chinaTime } from "@caixun/core/policy";
import { type Story, storyIdOf, storyOfCopies } from "@caixun/core/stories";
import { encodeCursor } from "./cursor.js";
import type { SqlDatabase } from "./sql.js";
import {
  type ArticlePage,
  type ArticleStore,
  type ListedRow,
  type ListOptions,
  listPlan,
  pageOf,
  type SecurityListing,
  type SourceCount,
  SqlArticleStore,
  type StoreStats,
  type StoryListOptions,
  type StoryPage,
} from "./store.js";
import { assignStories, preparedKeysOf, storyRowsWithout, withAssignedStories } from "./stories.js";
import { deleteStatements, type StoredArticle, sortKey, upsertStatements } from "./writes.js";

export interface MonthShard {
  /** Names the shard in errors (a D1 binding, a file). */
  name: string;
  /** First month the shard holds, `YYYY-MM` (UTC); `null` for the oldest shard, which also holds undated articles. */
  from: string | null;
  db: SqlDatabase;
}

export interface ShardedStoreOptions {
  /**
   * Shards asked at once. A Worker opens at most six connections at a time, so that is the default;
   * more would only queue.
   */
  parallelism?: number;
}

interface Shard {
  name: string;
  db: SqlDatabase;
  store: SqlArticleStore;
  /** First sort key the shard holds (`''` for the oldest: undated and everything before). */
  start: string;
  /** First sort key of the next newer shard; `null` for the newest. */
  end: string | null;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Rejects a shard layout that would lose or double articles: one oldest shard, distinct valid months. */
function orderShards(shards: MonthShard[]): Shard[] {
  const oldest = shards.filter((shard) => shard.from === null);
  if (oldest.length !== 1) {
    throw new Error(
      `a sharded store needs exactly one shard with from: null (the oldest), not ${oldest.length}`,
    );
  }
  const seen = new Set<string>();
  for (const shard of shards) {
    if (shard.from === null) continue;
    if (!MONTH.test(shard.from))
      throw new Error(`shard ${shard.name}: from must be YYYY-MM, not ${shard.from}`);
    if (seen.has(shard.from)) throw new Error(`two shards start at ${shard.from}`);
    seen.add(shard.from);
  }
  const starts = shards.map((shard) => ({
    shard,
    start: shard.from === null ? "" : `${shard.from}-01T00:00:00.000Z`,
  }));
  starts.sort((a, b) => (a.start < b.start ? 1 : -1));
  return starts.map(({ shard, start }, index) => ({
    name: shard.name,
    db: shard.db,
    store: new SqlArticleStore(shard.db),
    start,
    end: index === 0 ? null : starts[index - 1]!.start,
  }));
}

/** Runs `task` over `items`, at most `width` at a time, results in the order of `items`. */
async function inWaves<T, R>(items: T[], width: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += width) {
    results.push(...(await Promise.all(items.slice(start, start + width).map(task))));
  }
  return results;
}

/** Newest first, undated (`''`) last, then by id: the single store's `ORDER BY sort_key DESC, id DESC`. */
function newestFirst(a: ListedRow, b: ListedRow): number {
  if (a.sortKey !== b.sortKey) return a.sortKey < b.sortKey ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

export class ShardedArticleStore implements ArticleStore {
  /** Newest first. */
  private readonly shards: Shard[];
  private readonly parallelism: number;

  constructor(shards: MonthShard[], options: ShardedStoreOptions = {}) {
    this.shards = orderShards(shards);
    this.parallelism = Math.max(1, options.parallelism ?? 6);
  }

  /** The shard an article with this publish instant belongs to. */
  shardFor(publishedAt: string | null): string {
    return this.route(sortKey(publishedAt)).name;
  }

  private route(key: string): Shard {
    // The oldest shard starts at '' and so takes whatever no newer shard does.
    return this.shards.find((shard) => shard.start <= key) ?? this.shards.at(-1)!;
  }

  /**
   * Writes each article to its month's shard, then removes those ids from every other shard (an
   * article whose date changed between two parses moves). Not one transaction across databases:
   * each shard's part is; if a part fails the call throws, and calling it again with the same
   * articles completes it, since writes are upserts by id. Written before removed, so an
   * interrupted move leaves a copy too many, never none. Every row is checked against the row limit
   * before anything is written.
   */
  async upsert(articles: StoredArticle[]): Promise<void> {
    if (articles.length === 0) return;
    const ingestedAt = new Date().toISOString();
    // One id twice in a call: the last one wins, as when one database applies them in order.
    const latest = [...new Map(articles.map((stored) => [stored.article.id, stored])).values()];
    const byShard = new Map<Shard, StoredArticle[]>();
    for (const stored of latest) {
      const shard = this.route(sortKey(stored.article.publishedAt));
      if (!byShard.has(shard)) byShard.set(shard, []);
      byShard.get(shard)!.push(stored);
    }
    // Nothing is written unless every row fits (a story id is as long as any article's own).
    for (const [shard, stored] of byShard) {
      upsertStatements(
        stored.map((item) => ({ ...item, article: { ...item.article, storyId: storyIdOf(item.article) } })),
        ingestedAt,
        shard.db,
      );
    }
    // Oldest shard first, each written before the next is assigned: a story near a month's end
    // takes copies from the shards beside it, as one database would.
    for (const shard of [...this.shards].reverse()) {
      const stored = byShard.get(shard);
      if (stored === undefined) continue;
      const { assigned, statements, elsewhere, committed } = await assignStories(
        shard.db,
        stored.map((item) => item.article),
        { neighbours: this.neighbours(shard), preparedKeys: preparedKeysOf(stored) },
      );
      await shard.db.batch([
        ...upsertStatements(withAssignedStories(stored, assigned), ingestedAt, shard.db),
        ...statements,
      ]);
      committed();
      for (const [db, rows] of elsewhere) await db.batch(rows);
    }
    if (this.shards.length === 1) return;
    const ids = latest.map((stored) => stored.article.id);
    await inWaves(this.shards, this.parallelism, async (shard) => {
      const own = new Set((byShard.get(shard) ?? []).map((item) => item.article.id));
      const moved = ids.filter((id) => !own.has(id));
      if (moved.length === 0) return;
      // The stories of the articles that moved away lose those copies.
      const rows = await storyRowsWithout(shard.db, moved, this.neighbours(shard));
      await shard.db.batch([
        ...deleteStatements(moved),
        ...rows.filter(([db]) => db === shard.db).map(([, row]) => row),
      ]);
      for (const [db, row] of rows) if (db !== shard.db) await db.batch([row]);
    });
  }

  /** The shards just before and after this one in time: where copies of its articles can be. */
  private neighbours(shard: Shard): SqlDatabase[] {
    const at = this.shards.indexOf(shard);
    return [this.shards[at + 1], this.shards[at - 1]].filter((one) => one !== undefined).map((one) => one.db);
  }

  async get(id: string): Promise<Article | null> {
    const found = await inWaves(this.shards, this.parallelism, (shard) => shard.store.get(id));
    return found.find((article) => article !== null) ?? null;
  }

  async list(options: ListOptions): Promise<ArticlePage> {
    const plan = listPlan(options);
    if (plan === null) return { items: [], nextCursor: null };
    const { after } = plan;
    const candidates = this.shards.filter(
      (shard) =>
        !(options.publishedFrom !== undefined && shard.end !== null && shard.end <= options.publishedFrom) &&
        !(options.publishedBefore !== undefined && shard.start >= options.publishedBefore) &&
        // Every row of a shard that starts after the cursor's instant comes before the cursor.
        !(after?.sort === "newest" && shard.start > after.sortKey),
    );

    if (plan.sort === "relevance") {
      // Ranks are only comparable once every shard has answered: each gives its best rows down to
      // the end of the requested page, and the merge picks the page from them.
      const offset = after?.sort === "relevance" ? after.offset : 0;
      const windows = await inWaves(candidates, this.parallelism, (shard) =>
        shard.store.rows(options, plan, { limit: offset + options.limit + 1, offset: 0 }),
      );
      const merged = windows.flat().sort((a, b) => (a.score ?? 0) - (b.score ?? 0) || newestFirst(a, b));
      return pageOf(merged.slice(offset), "relevance", options.limit, offset);
    }

    // Shards hold disjoint month ranges, newest first: once the shards asked so far fill a page
    // (and one row more), no older shard can hold a row of it.
    const rows: ListedRow[] = [];
    for (
      let start = 0;
      start < candidates.length && rows.length <= options.limit;
      start += this.parallelism
    ) {
      const wave = candidates.slice(start, start + this.parallelism);
      const windows = await Promise.all(
        wave.map((shard) => shard.store.rows(options, plan, { limit: options.limit + 1, offset: 0 })),
      );
      rows.push(...windows.flat());
    }
    return pageOf(rows.sort(newestFirst), "newest", options.limit, 0);
  }

  async stories(options: StoryListOptions): Promise<StoryPage> {
    // Every shard's page after the cursor, merged newest first; a story's row is in one shard (where it was founded).
    const pages = await inWaves(this.shards, this.parallelism, (shard) =>
      shard.store.stories({ ...options, limit: options.limit + 1 }),
    );
    const items = pages
      .flatMap((page) => page.items)
      .map((item) => ({ item, key: sortKey(item.firstSeenAt) }))
      .sort((a, b) =>
        a.key !== b.key ? (a.key < b.key ? 1 : -1) : a.item.storyId < b.item.storyId ? 1 : -1,
      );
    const page = items.slice(0, options.limit);
    const last = page.at(-1);
    return {
      items: page.map(({ item }) => item),
      nextCursor:
        items.length > options.limit && last
          ? encodeCursor({ sort: "newest", sortKey: last.key, id: last.item.storyId })
          : null,
    };
  }

  async story(id: string): Promise<Story | null> {
    // Its row is in the shard where it was founded; its copies may be in the next month's too.
    const rows = await inWaves(this.shards, this.parallelism, (shard) => shard.store.storyRow(id));
    const row = rows.find((found) => found !== null);
    if (row === undefined || row === null) return null;
    const copies = (await inWaves(this.shards, this.parallelism, (shard) => shard.store.storyCopies(id)))
      .flat()
      .sort(
        (a, b) =>
          Number(a.sortKey === "") - Number(b.sortKey === "") ||
          (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0) ||
          (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      );
    return storyOfCopies(
      id,
      row,
      copies.map((copy) => copy.summary),
    );
  }

  async sources(): Promise<SourceCount[]> {
    const perShard = await inWaves(this.shards, this.parallelism, (shard) => shard.store.sources());
    const merged = new Map<string, SourceCount>();
    for (const source of perShard.flat()) {
      const seen = merged.get(source.name);
      if (!seen) {
        merged.set(source.name, { ...source });
        continue;
      }
      seen.articles += source.articles;
      // MAX(source_slug), as one database would answer.
      if (source.slug !== null && (seen.slug === null || source.slug > seen.slug)) seen.slug = source.slug;
    }
    return [...merged.values()].sort(
      (a, b) => b.articles - a.articles || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    );
  }

  async security(code: string): Promise<SecurityListing[]> {
    const perShard = await inWaves(this.shards, this.parallelism, (shard) => shard.store.security(code));
    const merged = new Map<Market, SecurityListing>();
    for (const listing of perShard.flat()) {
      const seen = merged.get(listing.market);
      if (!seen) {
        merged.set(listing.market, { ...listing, names: [...listing.names] });
        continue;
      }
      seen.articles += listing.articles;
      seen.names = [...new Set([...seen.names, ...listing.names])];
    }
    return [...merged.values()].sort(
      (a, b) => b.articles - a.articles || (a.market < b.market ? -1 : a.market > b.market ? 1 : 0),
    );
  }

  async stats(): Promise<StoreStats> {
    // Distinct counts do not add up across shards, so each shard lists its distinct values.
    const perShard = await inWaves(this.shards, this.parallelism, async (shard) => {
      const [totals] = await shard.db.all<{
        articles: number;
        earliest: string | null;
        latest: string | null;
      }>({
        sql: `SELECT COUNT(*) AS articles, MIN(NULLIF(sort_key, '')) AS earliest, MAX(NULLIF(sort_key, '')) AS latest
              FROM articles`,
        params: [],
      });
      const distinct = await shard.db.all<{ kind: string; value: string }>({
        sql: `SELECT 'source' AS kind, source_name AS value FROM (SELECT DISTINCT source_name FROM articles WHERE source_name IS NOT NULL)
              UNION ALL SELECT 'security', code || char(31) || market FROM (SELECT DISTINCT code, market FROM article_securities)
              UNION ALL SELECT 'label', label FROM (SELECT DISTINCT label FROM article_labels)`,
        params: [],
      });
      const formats = await shard.db.all<{ format: string; articles: number }>({
        sql: "SELECT format, COUNT(*) AS articles FROM articles GROUP BY format",
        params: [],
      });
      return { totals: totals!, distinct, formats };
    });
    const values = { source: new Set<string>(), security: new Set<string>(), label: new Set<string>() };
    const formats: Record<string, number> = {};
    let articles = 0;
    let earliest: string | null = null;
    let latest: string | null = null;
    for (const shard of perShard) {
      articles += shard.totals.articles;
      if (shard.totals.earliest !== null && (earliest === null || shard.totals.earliest < earliest)) {
        earliest = shard.totals.earliest;
      }
      if (shard.totals.latest !== null && (latest === null || shard.totals.latest > latest))
        latest = shard.totals.latest;
      for (const row of shard.distinct) values[row.kind as keyof typeof values].add(row.value);
      for (const row of shard.formats) formats[row.format] = (formats[row.format] ?? 0) + row.articles;
    }
    return {
      articles,
      sources: values.source.size,
      securities: values.security.size,
      labels: values.label.size,
      formats: Object.fromEntries(Object.entries(formats).sort(([a], [b]) => (a < b ? -1 : 1))),
      // Shards compare UTC sort keys; the totals are reported in China Standard Time, as one database's are.
      earliest: earliest === null ? null : chinaTime(earliest),
      latest: latest === null ? null : chinaTime(latest),
    };
  }
}
