import { copyFileSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Article, parse } from "@caixun/core";
import { parseAllSync } from "@caixun/core/parse-all";
import { DEFAULT_STORY_SETTINGS, groupKeys, storyIdOf, storyKey } from "@caixun/core/stories";
import Database from "better-sqlite3";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { dumpsPresent, readDumps } from "../../core/test/dumps.js";
import { decodeAnchors, encodeAnchors } from "../src/anchor-window.js";
import { ShardedArticleStore } from "../src/sharded.js";
import { MIGRATIONS_DIR, migrate, sqliteArticleStore, sqliteDatabase } from "../src/sqlite.js";
import { SqlArticleStore } from "../src/store.js";
import { keptFeatures, keptOf, type Member, withCopy } from "../src/stories.js";

function article(overrides: Partial<Article>): Article {
  return { ...parse("标题\n\n正文内容。"), ...overrides };
}

function freshStore() {
  const db = new Database(":memory:");
  migrate(db);
  return { db, store: sqliteArticleStore(db) };
}

/** The stories grouping in memory gives `articles`: each a line of its ids, sorted, and the lines sorted. */
function groupedIds(articles: Article[]): string[] {
  const keys = articles.map((one) => storyKey(one, DEFAULT_STORY_SETTINGS));
  return groupKeys(keys, DEFAULT_STORY_SETTINGS)
    .map((members) =>
      members
        .map((m) => keys[m]!.id)
        .sort()
        .join(" "),
    )
    .sort();
}

/** The stories a fresh store keeps of `articles` written `batch` at a time, in the form `groupedIds` gives. */
async function storedIds(articles: Article[], batch = articles.length): Promise<string[]> {
  const { db, store } = freshStore();
  for (let start = 0; start < articles.length; start += batch)
    await store.upsert(articles.slice(start, start + batch).map((one) => ({ article: one })));
  const rows = db
    .prepare(
      "SELECT group_concat(id, ' ') AS ids FROM (SELECT id, story_id FROM articles ORDER BY id) GROUP BY story_id",
    )
    .all() as { ids: string }[];
  return rows.map((row) => row.ids).sort();
}

/** A store sharded by month: August 2026 on, and everything older. */
function julyAndAugust() {
  const open = () => {
    const db = new Database(":memory:");
    migrate(db);
    return sqliteDatabase(db);
  };
  return new ShardedArticleStore([
    { name: "old", from: null, db: open() },
    { name: "aug", from: "2026-08", db: open() },
  ]);
}

// Three copies of one flash as three feeds carry it, and a snapshot of the same market 20 minutes later.
const full = article({
  id: "cls:1",
  title: "某公司签署4.76亿美元供货合同",
  text: "【某公司签署4.76亿美元供货合同】财联社8月3日电，某公司公告称，公司与某集团签订4.76亿美元水泥生产线设备供货合同，交货期为24个月。合同范围涵盖石灰石破碎车间到水泥储存的全套车间设备和材料。",
  publishedAt: "2026-08-03T17:00:00+08:00",
  source: { name: "财联社" },
  tags: ["A股"],
});
const plain = article({
  id: "em:2",
  title: "某公司签署4.76亿美元供货合同",
  text: "某公司公告称，公司与某集团签订4.76亿美元水泥生产线设备供货合同，交货期为24个月。合同范围涵盖石灰石破碎车间到水泥储存的全套车间设备和材料。",
  publishedAt: "2026-08-03T17:00:30+08:00",
  source: { name: "东方财富" },
  via: ["东方财富"],
  securities: [{ code: "600970", market: "SH", how: "record", mentions: 0 }],
  tags: ["快讯"],
});
const cut = article({
  id: "ths:3",
  title: "某公司：签署4.76亿美元水泥生产线设备供货合同",
  text: "某公司公告称，公司与某集团签订4.76亿美元水泥生产线设备供货合同，交货期为24个月。（财联社）",
  publishedAt: "2026-08-03T17:02:00+08:00",
  source: { name: "财联社" },
  via: ["同花顺"],
});
const other = article({
  id: "cls:4",
  title: "",
  text: "财联社8月3日电，韩国KOSPI指数盘中跌幅扩大至3%，半导体板块领跌，三星电子、SK海力士跌幅居前。",
  publishedAt: "2026-08-03T17:20:00+08:00",
});

describe("stories in the store", () => {
  test("a copy joins the story of the copies already stored, written one at a time", async () => {
    const { store } = freshStore();
    for (const copy of [full, plain, cut, other]) await store.upsert([{ article: copy }]);
    const id = storyIdOf(full);
    expect((await store.get("ths:3"))?.storyId).toBe(id);
    expect((await store.list({ limit: 10 })).items.map((item) => [item.id, item.storyId])).toEqual([
      ["cls:4", storyIdOf(other)],
      ["ths:3", id],
      ["em:2", id],
      ["cls:1", id],
    ]);
    expect(await store.stories({ limit: 10 })).toEqual({
      items: [
        {
          storyId: storyIdOf(other),
          canonical: "cls:4",
          title: "",
          firstSeenAt: other.publishedAt,
          copies: 1,
        },
        { storyId: id, canonical: "cls:1", title: full.title, firstSeenAt: full.publishedAt, copies: 3 },
      ],
      nextCursor: null,
    });
    expect(await store.story(id)).toEqual({
      storyId: id,
      canonical: "cls:1",
      title: full.title,
      firstSeenAt: full.publishedAt,
      copies: [
        {
          id: "cls:1",
          source: "财联社",
          via: [],
          publishedAt: full.publishedAt,
          title: full.title,
          url: null,
        },
        {
          id: "em:2",
          source: "东方财富",
          via: ["东方财富"],
          publishedAt: plain.publishedAt,
          title: plain.title,
          url: null,
        },
        {
          id: "ths:3",
          source: "财联社",
          via: ["同花顺"],
          publishedAt: cut.publishedAt,
          title: cut.title,
          url: null,
        },
      ],
      securities: [{ code: "600970", market: "SH", how: "record", mentions: 0 }],
      tags: ["A股", "快讯"],
    });
    expect(await store.story("s0000000000000000")).toBeNull();
  });

  test("one batch in any order gives the stories of one at a time in time order", async () => {
    const { store } = freshStore();
    await store.upsert([{ article: other }, { article: cut }, { article: full }, { article: plain }]);
    expect(
      (await store.stories({ limit: 10, minCopies: 2 })).items.map((s) => [s.storyId, s.copies]),
    ).toEqual([[storyIdOf(full), 3]]);
  });

  test("one call of undated and anchorless items gives the stories grouping gives (looked up by text, not scanned)", async () => {
    // Few texts, so that copies recur: undated items are copies only by their text; a text of
    // figures alone has no anchors, so every dated item within the window is its candidate.
    const texts = [
      "某公司公告称，公司与某集团签订4.76亿美元水泥生产线设备供货合同，交货期为24个月。",
      "韩国KOSPI指数盘中跌幅扩大至3%，半导体板块领跌，三星电子、SK海力士跌幅居前。",
      "中国太保聚焦主责主业，助力打赢疫情防控大战硬战。记者从公司获悉，保费收入达到1200亿元。",
      "跌停",
      "123",
      "2026",
    ];
    const itemOf = fc.record({
      text: fc.constantFrom(...texts),
      minute: fc.option(fc.integer({ min: 0, max: 90 }), { nil: null }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(itemOf, { minLength: 1, maxLength: 30 }), async (items) => {
        const articles = items.map(({ text, minute }, i) =>
          article({
            id: `t:${i}`,
            title: "",
            text,
            publishedAt: minute === null ? null : new Date(Date.UTC(2026, 7, 3, 9, minute)).toISOString(),
          }),
        );
        const grouped = groupedIds(articles);
        const stored = await storedIds(articles);
        expect(stored).toEqual(grouped);
      }),
      { numRuns: 40 },
    );
  });

  test("copies of one text past the candidates' bound are one story, written in batches of any size, as grouping gives", async () => {
    // cls flash 2443624 (../shared/dumps/cls/data/2026/2026-08-03.jsonl.gz), and the flashes above: past
    // `CANDIDATES.maxPosting` copies within reach a text's anchors propose no candidate, and each copy from the 102nd
    // on founded a story of its own (10^4 such flashes through `caixun ingest`: 9,900 stories).
    const texts = [
      "【葡萄牙航空一客机起飞后因突发情况紧急降落】财联社8月3日电，当地时间8月2日，葡萄牙航空公司一架从里斯本飞往美国波士顿的A321客机在飞越大西洋途中发生紧急情况，并于亚速尔群岛特塞拉岛的拉日什机场紧急降落。",
      full.text,
      other.text,
    ];
    // The first text past the bound, the others any count.
    const copiesOf = fc
      .tuple(fc.integer({ min: 102, max: 180 }), fc.array(fc.integer({ min: 1, max: 180 }), { maxLength: 2 }))
      .map(([first, rest]) => [first, ...rest]);
    await fc.assert(
      fc.asyncProperty(copiesOf, fc.integer({ min: 1, max: 400 }), async (counts, batch) => {
        // Dealt in turn, a second apart: text t's copies are `t:<n>`.
        const articles: Article[] = [];
        const left = [...counts];
        for (let second = 0; left.some((n) => n > 0); ) {
          for (const [t, n] of left.entries()) {
            if (n === 0) continue;
            left[t] = n - 1;
            articles.push(
              article({
                id: `${t}:${String(articles.length).padStart(4, "0")}`,
                title: "",
                text: texts[t]!,
                publishedAt: new Date(Date.UTC(2026, 7, 3, 1, 0, second++)).toISOString(),
              }),
            );
          }
        }
        const grouped = groupedIds(articles);
        const stored = await storedIds(articles, batch);
        const byText = counts
          .map((_, t) =>
            articles
              .filter((one) => one.id.startsWith(`${t}:`))
              .map((one) => one.id)
              .join(" "),
          )
          .sort();
        expect(grouped).toEqual(byText);
        expect(stored).toEqual(byText);
      }),
      { numRuns: 6 },
    );
  });

  test("copies one character apart past the candidates' bound are one story, in any order and batches, as grouping gives", async () => {
    // cls flash 2443624 (../shared/dumps/cls/data/2026/2026-08-03.jsonl.gz) and the flashes above, each copy with one
    // character after its first ten changed at a place that moves on with each copy: past `CANDIDATES.maxPosting` copies
    // within reach their anchors propose no candidate and no two copies are one text (10^4 such flashes through
    // `caixun ingest`: 9,896 stories).
    const texts = [
      "【葡萄牙航空一客机起飞后因突发情况紧急降落】财联社8月3日电，当地时间8月2日，葡萄牙航空公司一架从里斯本飞往美国波士顿的A321客机在飞越大西洋途中发生紧急情况，并于亚速尔群岛特塞拉岛的拉日什机场紧急降落。",
      full.text,
      other.text,
    ];
    // One Chinese character changed: a figure or a name changed is another fact, which no copy is asked to agree on here.
    const nearCopy = (text: string, n: number) => {
      const places = [...text].flatMap((c, i) =>
        i >= text.indexOf("电，") + 2 && /\p{Script=Han}/u.test(c) ? [i] : [],
      );
      const at = places[n % places.length]!;
      return text.slice(0, at) + String.fromCharCode(0x4e00 + ((n * 7919) % 20000)) + text.slice(at + 1);
    };
    // Which text each copy is of, in the order published: the first text past the bound.
    const orderOf = fc
      .tuple(
        fc.integer({ min: 102, max: 160 }),
        fc.array(fc.integer({ min: 1, max: 2 }), { maxLength: 120 }),
        fc.nat(),
      )
      .map(([first, rest, seed]) => {
        const order = [...Array(first).fill(0), ...rest];
        // A shuffle by the drawn seed: the texts' copies interleaved in an arbitrary order.
        let state = seed | 1;
        for (let i = order.length - 1; i > 0; i--) {
          state = Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) >>> 0;
          const j = state % (i + 1);
          [order[i], order[j]] = [order[j]!, order[i]!];
        }
        return order;
      });
    await fc.assert(
      fc.asyncProperty(orderOf, fc.integer({ min: 1, max: 300 }), async (order, batch) => {
        const articles = order.map((t, n) =>
          article({
            id: `${t}:${String(n).padStart(4, "0")}`,
            title: "",
            text: nearCopy(texts[t]!, n),
            publishedAt: new Date(Date.UTC(2026, 7, 3, 1, 0, n)).toISOString(),
          }),
        );
        const grouped = groupedIds(articles);
        const stored = await storedIds(articles, batch);
        expect(stored).toEqual(grouped);
        // No story of two texts; the first text's copies one story (the others' change names, which split them).
        for (const ids of grouped) expect(new Set(ids.split(" ").map((id) => id[0])).size).toBe(1);
        expect(grouped.filter((ids) => ids.startsWith("0:")).map((ids) => ids.split(" ").length)).toEqual([
          order.filter((t) => t === 0).length,
        ]);
      }),
      { numRuns: 6 },
    );
  });

  // A KOSPI flash of cls (as core's story-near-copies test) and the same with another figure (`3%` / `5%`): a copy
  // whose move (`跌`) is replaced is split off into a story of its own, and was then the newest carrier of the anchors
  // the later copies share, so that before core's `NearCopyCarriers` three asks went to it and the other flash's
  // copies and a copy started a story (400 copies alternating, each edited at the next place: 8 stories).
  const kospi = "财联社8月3日电，韩国KOSPI指数盘中跌幅扩大至3%，半导体板块领跌，三星电子、SK海力士跌幅居前。";
  const flashes = [kospi, kospi.replace("3%", "5%")];
  const places = [...kospi].flatMap((c, i) =>
    i >= kospi.indexOf("电，") + 2 && /\p{Script=Han}/u.test(c) ? [i] : [],
  );

  /** Writes the copies (flash, edit place, character put there) in batches; the stored stories and grouping's. */
  async function storeFlashCopies(copies: (readonly [number, number, number])[], batch: number) {
    const made = copies.map(([f, place, char], n) => {
      const at = places[place]!;
      const text = flashes[f]!;
      return {
        moved: text[at] === "跌",
        article: article({
          id: `${f}:${String(n).padStart(4, "0")}`,
          title: "",
          text: text.slice(0, at) + String.fromCharCode(0x4e00 + char) + text.slice(at + 1),
          publishedAt: new Date(Date.UTC(2026, 7, 3, 1, 0, n)).toISOString(),
        }),
      };
    });
    const articles = made.map((m) => m.article);
    const grouped = groupedIds(articles);
    const stored = await storedIds(articles, batch);
    return { made, grouped, stored };
  }

  test("near copies of two flashes a figure apart, 400 alternating, each edited at the next place, in batches of 300: one story each, as grouping gives", async () => {
    const { made, grouped, stored } = await storeFlashCopies(
      Array.from({ length: 400 }, (_, n) => [n % 2, n % places.length, (n * 7919) % 20_000] as const),
      300,
    );
    expect(stored).toEqual(grouped);
    // Every copy that keeps its move is in its flash's story (a copy without it may join it or found its own).
    for (const flash of ["0", "1"]) {
      const whole = made.filter((m) => m.article.id[0] === flash && !m.moved).map((m) => m.article.id);
      const holding = grouped.filter((ids) => ids.split(" ").some((id) => whole.includes(id)));
      expect(holding.length).toBe(1);
      expect(whole.filter((id) => !holding[0]!.split(" ").includes(id))).toEqual([]);
    }
  });

  // In any order, edit places and batches the store gives grouping's stories, and no story holds copies of both
  // flashes. That every copy of a flash keeping its move is in one story does not hold in every order (core's
  // story-near-copies test says why): this property claimed it, and failed one run in 30 of 150–400 copies in
  // random order (session 56: grouping alone, `fc.sample` seed 1, runs 26 and 56), so one CI run in eight.
  test("near copies of two flashes a figure apart, past the bound, in any order, edit places and batches: as grouping gives, no story of both", async () => {
    const copy = fc.tuple(fc.integer({ min: 0, max: 1 }), fc.nat(places.length - 1), fc.nat(19_999));
    await fc.assert(
      fc.asyncProperty(
        fc.array(copy, { minLength: 150, maxLength: 400 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 300 }),
        async (copies, alternate, batch) => {
          const { grouped, stored } = await storeFlashCopies(
            copies.map(([flash, place, char], n) =>
              alternate ? ([n % 2, n % places.length, char] as const) : ([flash, place, char] as const),
            ),
            batch,
          );
          expect(stored).toEqual(grouped);
          for (const ids of grouped) expect(new Set(ids.split(" ").map((id) => id[0])).size).toBe(1);
        },
      ),
      { numRuns: 4 },
    );
  });

  test("a story's row takes in one copy at a time as made again from all its copies, in any order", () => {
    // Sizes close together make copies fall in and out of the complete ones (completeShare of the longest), times
    // from a few values make ties (then ids decide), undated ones go last.
    const memberOf = fc.record({
      title: fc.constantFrom("甲", "乙", ""),
      publishedAt: fc.option(fc.constantFrom("2026-08-03T17:00:00+08:00", "2026-08-03"), { nil: null }),
      size: fc.integer({ min: 1, max: 60 }),
      at: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
      relayed: fc.boolean(),
    });
    const share = DEFAULT_STORY_SETTINGS.completeShare;
    fc.assert(
      fc.property(fc.array(memberOf, { minLength: 1, maxLength: 40 }), fc.nat(), (drawn, cut) => {
        const members: Member[] = drawn.map((one, i) => ({ ...one, id: `m${(i * 7919) % 1000}` }));
        const start = 1 + (cut % members.length);
        let kept = keptOf("s1", members[0]!.id, members.slice(0, start), share)!;
        let remade = 0;
        for (let i = start; i < members.length; i++) {
          const copy = members[i]!;
          const all = keptOf("s1", members[0]!.id, members.slice(0, i + 1), share)!;
          const next = withCopy(kept, copy, share);
          if (next === null) {
            // Only a longer copy that leaves the canonical one incomplete needs all the copies.
            expect(copy.size).toBeGreaterThan(kept.longest);
            expect(kept.canonical.size).toBeLessThan(share * copy.size);
            remade++;
          } else expect(next).toEqual(all);
          kept = all;
        }
        expect(remade).toBeLessThanOrEqual(members.length - start);
      }),
      { numRuns: 500 },
    );
  });

  test("the stories' rows each write keeps up are the rows made again from all their copies", async () => {
    // The fixture's copies of one story (complete, relayed, cut short) and another, written under new ids at
    // arbitrary times (some undated), some written again unchanged or retitled, in batches of any size.
    const bases = [full, plain, cut, other];
    const writeOf = fc.record({
      base: fc.nat({ max: bases.length - 1 }),
      id: fc.nat({ max: 40 }),
      minute: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
      retitled: fc.boolean(),
    });
    const share = DEFAULT_STORY_SETTINGS.completeShare;
    await fc.assert(
      fc.asyncProperty(
        fc.array(writeOf, { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 12 }),
        async (writes, batch) => {
          const { db, store } = freshStore();
          const written = new Map<string, Article>();
          const articles = writes.map(({ base, id, minute, retitled }) => {
            // An id written again keeps its text (a feed's re-send), its title perhaps corrected.
            const earlier = written.get(`x:${id}`);
            const one = article({
              ...(earlier ?? bases[base]!),
              id: `x:${id}`,
              title: retitled
                ? `${(earlier ?? bases[base]!).title}（更新）`
                : (earlier ?? bases[base]!).title,
              publishedAt:
                earlier?.publishedAt ??
                (minute === null ? null : new Date(Date.UTC(2026, 7, 3, 9, minute)).toISOString()),
            });
            written.set(one.id, one);
            return one;
          });
          for (let start = 0; start < articles.length; start += batch)
            await store.upsert(articles.slice(start, start + batch).map((one) => ({ article: one })));
          const rows = db.prepare("SELECT * FROM stories ORDER BY id").all() as Record<string, unknown>[];
          const members = db
            .prepare(
              `SELECT k.story_id, a.id, a.title, a.published_at, k.size, k.at, k.relayed
             FROM story_keys AS k JOIN articles AS a ON a.id = k.article_id`,
            )
            .all() as {
            story_id: string;
            id: string;
            title: string;
            published_at: string | null;
            size: number;
            at: number | null;
            relayed: number;
          }[];
          const remade = rows.map((row) => {
            const kept = keptOf(
              row.id as string,
              row.founder_id as string,
              members
                .filter((one) => one.story_id === row.id)
                .map((one) => ({
                  id: one.id,
                  title: one.title,
                  publishedAt: one.published_at,
                  size: one.size,
                  at: one.at,
                  relayed: one.relayed === 1,
                })),
              share,
            )!;
            return {
              id: kept.id,
              founder_id: kept.founder,
              canonical_id: kept.canonical.id,
              title: kept.canonical.title,
              first_seen_at: kept.first.publishedAt,
              sort_key: row.sort_key,
              copies: kept.copies,
              first_id: kept.first.id,
              first_at: kept.first.at,
              longest: kept.longest,
              canonical_size: kept.canonical.size,
              canonical_at: kept.canonical.at,
              canonical_relayed: kept.canonical.relayed ? 1 : 0,
            };
          });
          expect(rows).toEqual(remade);
          expect(rows.reduce((sum, row) => sum + (row.copies as number), 0)).toBe(members.length);
        },
      ),
      { numRuns: 60 },
    );
  });

  test("two stores over one file see each other's copies (the anchor window reloads)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "caixun-store-window-"));
    try {
      const open = () => {
        const db = new Database(join(dir, "shared.db"));
        migrate(db);
        return sqliteArticleStore(db);
      };
      const [first, second] = [open(), open()];
      await first.upsert([{ article: other }]);
      await second.upsert([{ article: full }]);
      // The first store holds the window of the hours around its own write; the second's write
      // into those hours must reach it.
      await first.upsert([{ article: plain }]);
      await first.upsert([{ article: cut }]);
      expect((await first.stories({ limit: 10 })).items.map((s) => [s.storyId, s.copies])).toEqual([
        [storyIdOf(other), 1],
        [storyIdOf(full), 3],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a stored copy another writer moved to another story is read again, not taken from what was kept", async () => {
    const dir = mkdtempSync(join(tmpdir(), "caixun-store-kept-"));
    try {
      const file = join(dir, "shared.db");
      const db = new Database(file);
      migrate(db);
      const store = sqliteArticleStore(db);
      // The store keeps the features and story of what it wrote…
      await store.upsert([{ article: full }]);
      // …until another writer renames that story (as any write of story keys, it moves the generation).
      const moved = "s00000000000000aa";
      const writer = new Database(file);
      writer.exec(
        `UPDATE stories SET id = '${moved}' WHERE id = '${storyIdOf(full)}';
         UPDATE story_keys SET story_id = '${moved}' WHERE article_id = '${full.id}';
         UPDATE articles SET story_id = '${moved}' WHERE id = '${full.id}';
         UPDATE story_changes SET generation = generation + 1`,
      );
      writer.close();
      await store.upsert([{ article: plain }]);
      expect((await store.stories({ limit: 10 })).items.map((s) => [s.storyId, s.copies])).toEqual([
        [moved, 2],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a window of one posting (every span forgotten as soon as it may be) gives the same stories", async () => {
    const db = new Database(":memory:");
    migrate(db);
    const store = new SqlArticleStore({ ...sqliteDatabase(db), storyWindowPostings: 1 });
    for (const copy of [other, cut, plain, full]) await store.upsert([{ article: copy }]);
    const far = { ...plain, id: "em:9", publishedAt: "2026-08-20T17:00:30+08:00" };
    await store.upsert([{ article: far }]);
    await store.upsert([{ article: { ...cut, id: "ths:8" } }]);
    expect((await store.stories({ limit: 10 })).items.map((s) => [s.storyId, s.copies])).toEqual([
      [storyIdOf(far), 1],
      [storyIdOf(other), 1],
      [storyIdOf(cut), 4],
    ]);
  });

  test("stored keys' features are kept within the budget, with the same stories", async () => {
    const upsertAll = async (store: SqlArticleStore) => {
      for (const copy of [other, cut, plain, full]) await store.upsert([{ article: copy }]);
      await store.upsert([{ article: { ...cut, id: "ths:8" } }]);
      return (await store.stories({ limit: 10 })).items.map((s) => [s.storyId, s.copies]);
    };
    const expected = [
      [storyIdOf(other), 1],
      [storyIdOf(cut), 4],
    ];
    const open = (storyFeatureBytes: number) => {
      const db = new Database(":memory:");
      migrate(db);
      return new SqlArticleStore({ ...sqliteDatabase(db), storyFeatureBytes });
    };
    // A budget of one byte: no key's features are kept, each is made again when needed.
    expect(await upsertAll(open(1))).toEqual(expected);
    expect(keptFeatures().keys).toBe(0);
    // Room for every key: the five keys written stay.
    expect(await upsertAll(open(1_000_000))).toEqual(expected);
    expect(keptFeatures().keys).toBe(5);
    expect(keptFeatures().bytes).toBeLessThanOrEqual(1_000_000);
  });

  test("keys written later in time first are still found (each posting is sorted after the adds)", async () => {
    const { store } = freshStore();
    // A copy seventeen days on, written first: every posting of these anchors starts with it.
    const far = { ...plain, id: "em:9", publishedAt: "2026-08-20T17:00:30+08:00" };
    for (const copy of [far, other, cut, plain, full]) await store.upsert([{ article: copy }]);
    await store.upsert([{ article: { ...cut, id: "ths:8" } }]);
    expect((await store.stories({ limit: 10 })).items.map((s) => [s.storyId, s.copies])).toEqual([
      [storyIdOf(far), 1],
      [storyIdOf(other), 1],
      [storyIdOf(cut), 4],
    ]);
  });

  test("SQLite keeps stored keys' features within a fixed 192 MiB, whatever the machine", () => {
    expect(sqliteDatabase(new Database(":memory:")).storyFeatureBytes).toBe(201_326_592);
  });

  test("the migration to the anchor window keeps the anchors a database stored in rows", () => {
    const dir = mkdtempSync(join(tmpdir(), "caixun-store-migrations-"));
    try {
      for (const name of readdirSync(MIGRATIONS_DIR).filter((name) => name < "0004")) {
        copyFileSync(join(MIGRATIONS_DIR, name), join(dir, name));
      }
      const db = new Database(":memory:");
      migrate(db, dir);
      db.prepare(
        `INSERT INTO story_keys (article_id, story_id, at, reach, day, skeleton, chars, size, anchors, relayed, key)
         VALUES ('a', 's', 1, 2, '2026-08-03', 'k', 'c', 10, 3, 0, '{}')`,
      ).run();
      const anchors = Int32Array.of(-1, 0, 0x7fffffff);
      for (const anchor of anchors) {
        db.prepare("INSERT INTO story_anchors (anchor, at, reach, article_id) VALUES (?, 1, 2, 'a')").run(
          anchor,
        );
      }
      expect(migrate(db)).toEqual([
        "0004_story_anchor_window.sql",
        "0005_search_ascii.sql",
        "0006_story_keys_by_text_and_time.sql",
        "0007_story_rows_kept_up.sql",
      ]);
      const { anchor_list } = db.prepare("SELECT anchor_list FROM story_keys").get() as {
        anchor_list: string;
      };
      expect([...decodeAnchors(anchor_list)].sort((a, b) => a - b)).toEqual([-1, 0, 0x7fffffff]);
      expect(encodeAnchors(anchors)).toBe("ffffffff000000007fffffff");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("an article written again keeps its story; pages go by first sighting", async () => {
    const { store } = freshStore();
    await store.upsert([{ article: full }, { article: plain }, { article: other }]);
    await store.upsert([{ article: { ...plain, title: "改过的标题" } }]);
    expect((await store.get("em:2"))?.storyId).toBe(storyIdOf(full));
    const first = await store.stories({ limit: 1 });
    expect(first.items.map((s) => s.storyId)).toEqual([storyIdOf(other)]);
    const second = await store.stories({ limit: 1, cursor: first.nextCursor! });
    expect(second).toEqual({
      items: [
        {
          storyId: storyIdOf(full),
          canonical: "cls:1",
          title: full.title,
          firstSeenAt: full.publishedAt,
          copies: 2,
        },
      ],
      nextCursor: null,
    });
  });

  test("articles stored before stories existed get theirs from assignMissingStories", async () => {
    const { db, store } = freshStore();
    await store.upsert([{ article: full }, { article: plain }]);
    db.exec(
      "UPDATE articles SET story_id = NULL; DELETE FROM stories; DELETE FROM story_keys; UPDATE story_changes SET generation = generation + 1",
    );
    expect(await store.assignMissingStories(1)).toBe(1);
    expect(await store.assignMissingStories()).toBe(1);
    expect(await store.assignMissingStories()).toBe(0);
    expect((await store.stories({ limit: 10 })).items.map((s) => [s.storyId, s.copies])).toEqual([
      [storyIdOf(full), 2],
    ]);
  });

  test("a sharded store lists the stories of every shard, newest first", async () => {
    const store = julyAndAugust();
    const july = article({
      id: "jul",
      text: "七月的一则快讯，内容与八月的完全不同。",
      publishedAt: "2026-07-30T10:00:00+08:00",
    });
    await store.upsert([{ article: full }, { article: plain }, { article: july }]);
    const page = await store.stories({ limit: 1 });
    expect(page.items.map((s) => [s.storyId, s.copies])).toEqual([[storyIdOf(full), 2]]);
    expect((await store.stories({ limit: 5, cursor: page.nextCursor! })).items.map((s) => s.storyId)).toEqual(
      [storyIdOf(july)],
    );
    expect((await store.story(storyIdOf(july)))?.copies.map((c) => c.id)).toEqual(["jul"]);
  });

  test("a copy whose date moves it to another shard leaves its story there, and an emptied story goes", async () => {
    const store = julyAndAugust();
    await store.upsert([{ article: full }, { article: plain }]);
    const listed = async () =>
      (await store.stories({ limit: 10 })).items.map((s) => [s.storyId, s.canonical, s.copies]);
    expect(await listed()).toEqual([[storyIdOf(full), "cls:1", 2]]);
    // The relay's copy was misdated into July: it moves to the old shard, and August's story keeps one copy.
    const misdated = { ...plain, publishedAt: "2026-07-03T17:00:30+08:00" };
    await store.upsert([{ article: misdated }]);
    expect(await listed()).toEqual([
      [storyIdOf(full), "cls:1", 1],
      [storyIdOf(misdated), "em:2", 1],
    ]);
    expect((await store.story(storyIdOf(full)))?.copies.map((c) => c.id)).toEqual(["cls:1"]);
    // The last copy moves too: August's story goes, and the copy tells a story of its own in July.
    const moved = { ...full, publishedAt: "2026-07-01T09:00:00+08:00" };
    await store.upsert([{ article: moved }]);
    expect(await listed()).toEqual([
      [storyIdOf(misdated), "em:2", 1],
      [storyIdOf(moved), "cls:1", 1],
    ]);
  });

  test("a first copy that moves founds a story with another id than the one its copies keep", async () => {
    const store = julyAndAugust();
    await store.upsert([{ article: full }, { article: plain }, { article: cut }]);
    // The founder was misdated into July: August's story keeps its id and two copies; the founder's
    // new story in July must not take the same id, or one id would name two stories.
    const moved = { ...full, publishedAt: "2026-07-03T17:00:00+08:00" };
    await store.upsert([{ article: moved }]);
    expect(storyIdOf(moved)).not.toBe(storyIdOf(full));
    expect((await store.story(storyIdOf(full)))?.copies.map((c) => c.id)).toEqual(["em:2", "ths:3"]);
    expect((await store.story(storyIdOf(moved)))?.copies.map((c) => c.id)).toEqual(["cls:1"]);
    expect((await store.get("cls:1"))?.storyId).toBe(storyIdOf(moved));
    expect((await store.get("em:2"))?.storyId).toBe(storyIdOf(full));
  });
});

// Ingesting a day of ../shared/dumps in time order, a hundred at a time, builds the stories that
// grouping them at once does.
describe.skipIf(!dumpsPresent())("stories of the dumps, ingested in batches", () => {
  test("match grouping the corpus", async () => {
    const records = readDumps(parseAllSync).filter((record) => record.publishedAt! < "2026-07-30");
    const keys = records.map((record) => storyKey(record, DEFAULT_STORY_SETTINGS));
    const grouped = groupKeys(keys, DEFAULT_STORY_SETTINGS).map((members) =>
      members.map((m) => keys[m]!.id).sort(),
    );
    const { db, store } = freshStore();
    const order = records
      .map((record, i) => ({ record, at: keys[i]!.at ?? Number.POSITIVE_INFINITY }))
      .sort((a, b) => a.at - b.at || (a.record.id < b.record.id ? -1 : 1))
      .map(({ record }) => record);
    for (let start = 0; start < order.length; start += 100) {
      await store.upsert(
        order.slice(start, start + 100).map(({ feed: _feed, file: _file, ...article }) => ({ article })),
      );
    }
    const stored = new Map<string, string[]>();
    for (const row of db.prepare("SELECT id, story_id FROM articles ORDER BY id").all() as {
      id: string;
      story_id: string;
    }[]) {
      stored.set(row.story_id, [...(stored.get(row.story_id) ?? []), row.id]);
    }
    const sort = (groups: string[][]) => groups.map((g) => g.join(" ")).sort();
    const fromStore = sort([...stored.values()]);
    const fromGrouping = sort(grouped);
    const onlyStore = fromStore.filter((g) => !fromGrouping.includes(g));
    const onlyGrouping = fromGrouping.filter((g) => !fromStore.includes(g));
    expect({ stories: fromStore.length, onlyStore, onlyGrouping }).toEqual({
      stories: fromGrouping.length,
      onlyStore: [],
      onlyGrouping: [],
    });
  }, 600_000);
});

// The dumps run from 29 July to 4 August 2026: a month's end, where a sharded store splits them.
describe.skipIf(!dumpsPresent())("stories of the dumps across a month's end, in month shards", () => {
  test("are the stories one database tells, each listed once with all its copies", async () => {
    const from = Date.parse("2026-07-31T08:00:00Z");
    const to = Date.parse("2026-08-01T16:00:00Z");
    const records = readDumps(parseAllSync)
      .map(({ feed: _feed, file: _file, ...article }) => ({
        article,
        at: storyKey(article, DEFAULT_STORY_SETTINGS).at,
      }))
      .filter(({ at }) => at !== null && at >= from && at < to)
      .sort((a, b) => a.at! - b.at! || (a.article.id < b.article.id ? -1 : 1))
      .map(({ article }) => article);
    const { db, store: single } = freshStore();
    const sharded = julyAndAugust();
    for (let start = 0; start < records.length; start += 100) {
      const batch = records.slice(start, start + 100).map((article) => ({ article }));
      await single.upsert(batch);
      await sharded.upsert(batch);
    }
    const storyOf = async (store: { get(id: string): Promise<Article | null> }) =>
      Promise.all(records.map(async (record) => [record.id, (await store.get(record.id))?.storyId]));
    expect(await storyOf(sharded)).toEqual(await storyOf(single));

    // Stories with copies on both sides of 1 August 00:00 UTC, where the shards meet.
    const spanning = db
      .prepare(
        `SELECT story_id FROM articles GROUP BY story_id
         HAVING MIN(sort_key) < '2026-08-01T00:00:00.000Z' AND MAX(sort_key) >= '2026-08-01T00:00:00.000Z'`,
      )
      .all() as { story_id: string }[];
    expect(spanning.length).toBeGreaterThan(0);
    for (const { story_id } of spanning) {
      expect(await sharded.story(story_id)).toEqual(await single.story(story_id));
    }
    const listed = async (store: typeof single | typeof sharded) => {
      const ids: [string, number][] = [];
      let cursor: string | undefined;
      do {
        const page = await store.stories({ limit: 500, minCopies: 2, cursor });
        ids.push(...page.items.map((s): [string, number] => [s.storyId, s.copies]));
        cursor = page.nextCursor ?? undefined;
      } while (cursor !== undefined);
      return ids;
    };
    expect(await listed(sharded)).toEqual(await listed(single));
  }, 600_000);
});
