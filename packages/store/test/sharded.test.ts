import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Article, parse } from "@caixun/core";
import Database from "better-sqlite3";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ShardedArticleStore } from "../src/sharded.js";
import { migrate, sqliteDatabase } from "../src/sqlite.js";
import { type ArticleStore, type ListOptions, SqlArticleStore } from "../src/store.js";

function database() {
  const db = new Database(":memory:");
  migrate(db);
  return sqliteDatabase(db);
}

function sharded(...from: (string | null)[]) {
  const dbs = from.map((month) => ({ name: month ?? "oldest", from: month, db: database() }));
  return { store: new ShardedArticleStore(dbs), dbs };
}

async function countRows(db: ReturnType<typeof database>): Promise<number> {
  const [row] = await db.all<{ n: number }>({ sql: "SELECT COUNT(*) AS n FROM articles", params: [] });
  return row!.n;
}

/** Every page of a list, following cursors. */
async function allPages(store: ArticleStore, options: Omit<ListOptions, "cursor">): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.list({ ...options, cursor });
    ids.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return ids;
}

const base = parse("标题\n\n正文内容。");
function article(id: string, publishedAt: string | null, extra: Partial<Article> = {}): Article {
  return { ...base, id, title: `标题${id}`, text: `太保正文${id}。`, publishedAt, ...extra };
}

describe("ShardedArticleStore", () => {
  test("routes by UTC month; the oldest shard takes undated articles and everything before", () => {
    const { store } = sharded(null, "2022-01", "2022-03");
    expect(store.shardFor("2022-03-01T08:00:00+08:00")).toBe("2022-03"); // 2022-03-01T00:00Z
    expect(store.shardFor("2022-03-01T07:59:59+08:00")).toBe("2022-01"); // still February in UTC
    expect(store.shardFor("2022-02-15T00:00:00Z")).toBe("2022-01");
    expect(store.shardFor("2021-12-31T23:59:59Z")).toBe("oldest");
    expect(store.shardFor(null)).toBe("oldest");
    expect(store.shardFor("2030-01-01T00:00:00Z")).toBe("2022-03");
  });

  test("refuses layouts that would lose or double articles", () => {
    expect(() => sharded("2022-01")).toThrow(/exactly one shard with from: null/);
    expect(() => sharded(null, null)).toThrow(/exactly one/);
    expect(() => sharded(null, "2022-13")).toThrow(/YYYY-MM/);
    expect(() => sharded(null, "2022-01", "2022-01")).toThrow(/two shards start at 2022-01/);
  });

  test("an article whose date moves to another month is moved, never kept twice", async () => {
    const { store, dbs } = sharded(null, "2022-01");
    await store.upsert([{ article: article("a", null) }, { article: article("b", "2022-02-01T00:00:00Z") }]);
    expect([await countRows(dbs[0]!.db), await countRows(dbs[1]!.db)]).toEqual([1, 1]);
    await store.upsert([{ article: article("a", "2022-05-01T00:00:00Z") }]);
    expect([await countRows(dbs[0]!.db), await countRows(dbs[1]!.db)]).toEqual([0, 2]);
    expect((await store.stats()).articles).toBe(2);
    expect((await store.get("a"))?.publishedAt).toBe("2022-05-01T00:00:00Z");
    // Its search text and labels moved with it.
    expect((await store.list({ limit: 10, q: "正文a" })).items.map((item) => item.id)).toEqual(["a"]);
  });

  test("lists, pages, filters, counts and search equal one database's on generated articles", async () => {
    const months = ["2021-11", "2021-12", "2022-01", "2022-02", "2022-03"];
    const arbitrary = fc.array(
      fc.record({
        id: fc.stringMatching(/^[a-f0-9]{1,4}$/),
        day: fc.option(fc.integer({ min: 0, max: 150 }), { nil: null }),
        source: fc.constantFrom("北方网", "河北日报", null),
        tag: fc.constantFrom("保险", "银行"),
        code: fc.constantFrom("601601", "02601"),
      }),
      { maxLength: 40 },
    );
    await fc.assert(
      fc.asyncProperty(
        arbitrary,
        fc.subarray(months),
        fc.integer({ min: 1, max: 7 }),
        async (rows, from, limit) => {
          const single = new SqlArticleStore(database());
          const { store } = sharded(null, ...from);
          const articles = rows.map((row) => ({
            article: article(
              row.id,
              row.day === null ? null : new Date(Date.UTC(2021, 10, 1) + row.day * 86_400_000).toISOString(),
              {
                source: row.source ? { name: row.source } : null,
                tags: [row.tag],
                securities: [
                  {
                    code: row.code,
                    market: row.code.length === 5 ? "HK" : "SH",
                    how: "code-in-text",
                    mentions: 1,
                  },
                ],
              },
            ),
          }));
          await single.upsert(articles);
          await store.upsert(articles);
          for (const options of [
            { limit },
            { limit, source: "北方网" },
            { limit, tag: "银行" },
            { limit, security: "02601" },
            { limit, publishedFrom: "2021-12-15T00:00:00.000Z", publishedBefore: "2022-02-10T00:00:00.000Z" },
            { limit, q: "太保" },
          ]) {
            expect(await allPages(store, options)).toEqual(await allPages(single, options));
          }
          // BM25 weighs a term by how rare it is in each database, so ranks differ; the matches do not.
          const relevance = await allPages(store, { limit, q: "太保", sort: "relevance" });
          expect(relevance.sort()).toEqual((await allPages(single, { limit, q: "太保" })).sort());
          expect(await store.stats()).toEqual(await single.stats());
          expect(await store.sources()).toEqual(await single.sources());
          expect(await store.security("02601")).toEqual(await single.security("02601"));
        },
      ),
      { numRuns: 60 },
    );
  });

  test("cursors of the other sort, or that were not issued, are refused as by one database", async () => {
    const { store } = sharded(null, "2022-01");
    await store.upsert([{ article: article("a", "2022-01-02T00:00:00Z") }, { article: article("b", null) }]);
    const page = await store.list({ limit: 1, q: "太保", sort: "relevance" });
    expect(page.nextCursor).not.toBeNull();
    await expect(store.list({ limit: 1, cursor: page.nextCursor! })).rejects.toThrow(/sort=relevance/);
    await expect(store.list({ limit: 1, sort: "relevance" })).rejects.toThrow(/needs a query/);
    await expect(store.list({ limit: 1, cursor: "nonsense" })).rejects.toThrow(/not one this API issued/);
  });
});

const CORPUS = resolve(fileURLToPath(new URL("../../../../shared/corpus", import.meta.url)));
function corpusFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === "gold" ? [] : corpusFiles(path);
      return /\.(md|markdown|txt|html?)$/i.test(name) ? [path] : [];
    });
}
let corpus: string[] = [];
try {
  corpus = corpusFiles(CORPUS);
} catch {
  console.warn(`sharded corpus test skipped: no corpus at ${CORPUS}`);
}

describe.skipIf(corpus.length === 0)("ShardedArticleStore on the corpus", () => {
  test("newest-first pages over month shards are the single database's pages", async () => {
    const articles = corpus.map((path) => ({ article: parse(readFileSync(path), { filename: path }) }));
    const single = new SqlArticleStore(database());
    await single.upsert(articles);
    const months = [
      ...new Set(
        articles.flatMap(({ article }) => (article.publishedAt ? [article.publishedAt.slice(0, 7)] : [])),
      ),
    ].sort();
    // A shard every other month the corpus has, so shards hold several months and some none.
    const { store } = sharded(null, ...months.filter((_, index) => index % 2 === 1));
    await store.upsert(articles);
    for (const limit of [1, 7, 50]) {
      expect(await allPages(store, { limit })).toEqual(await allPages(single, { limit }));
      expect(await allPages(store, { limit, q: "保险" })).toEqual(
        await allPages(single, { limit, q: "保险" }),
      );
    }
    expect(await store.stats()).toEqual(await single.stats());
    expect(await store.sources()).toEqual(await single.sources());
  });
});
