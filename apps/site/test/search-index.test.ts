import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SearchEngine } from "../src/client/search-engine.js";
import { decodePostings, encodePostings, type SearchMeta } from "../src/search/format.js";
import { SearchIndexWriter } from "../src/search/index-writer.js";

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "caixun-search-test-"));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A search engine reading the index files straight from disk. */
function engineOver(outDir: string): SearchEngine {
  return new SearchEngine(async (path) => JSON.parse(await readFile(join(outDir, path), "utf8")));
}

describe("postings encoding", () => {
  it("round-trips documents and title flags, sorted by document", () => {
    const postings = [
      { document: 7, inTitle: false },
      { document: 0, inTitle: true },
      { document: 3, inTitle: true },
    ];
    const encoded = encodePostings(postings);
    expect(encoded).toEqual([1, 7, 8]);
    expect(decodePostings(encoded)).toEqual([...postings].sort((a, b) => a.document - b.document));
  });
});

describe("search index", () => {
  async function buildIndex(articles: [title: string, text: string][], rankOf: number[]) {
    const outDir = join(dir, "site", "search");
    const writer = new SearchIndexWriter({ workDir: join(dir, "spill"), outDir });
    for (const [sequence, [title, text]] of articles.entries()) await writer.add(sequence, title, text);
    const meta = await writer.finish(Int32Array.from(rankOf), 2);
    // Result rows in rank order, as the build writes them.
    const rows = rankOf.map((_, rank) => {
      const sequence = rankOf.indexOf(rank);
      return [`/article/${sequence}/`, articles[sequence]![0], "", ""];
    });
    await mkdir(join(outDir, "docs"), { recursive: true });
    for (let chunk = 0; chunk * 2 < rows.length; chunk++) {
      await writeFile(
        join(outDir, "docs", `${chunk}.json`),
        JSON.stringify(rows.slice(chunk * 2, chunk * 2 + 2)),
      );
    }
    return { meta, outDir: join(dir, "site") };
  }

  it("finds every article containing all query tokens, title hits first, then by rank", async () => {
    const { meta, outDir } = await buildIndex(
      [
        ["平安产险获奖", "平安产险多项服务获评案例。"],
        ["连续六年！中国太保产、寿险双膺经营评价A级", "中国太保旗下产险、寿险均位列A级。"],
        ["保险业服务创新", "中国太保与平安产险均有案例入选。"],
        ["中国太保聚焦主责主业", "太保智慧和太保力量。"],
      ],
      // Arrival order → rank by date: article 3 is the newest.
      [3, 1, 2, 0],
    );
    expect(meta).toEqual<SearchMeta>({ version: 1, documents: 4, shardCount: 64, docsPerChunk: 2 });
    expect((await readdir(join(outDir, "search", "shards"))).length).toBe(64);

    const engine = engineOver(outDir);
    const taibao = await engine.search("太保", 10);
    expect(taibao.total).toBe(3);
    expect(taibao.results.map((result) => result.row[0])).toEqual([
      "/article/3/",
      "/article/1/",
      "/article/2/",
    ]);

    const both = await engine.search("中国太保 平安", 10);
    expect(both.results.map((result) => result.row[0])).toEqual(["/article/2/"]);

    expect((await engine.search("寿险", 10)).results.map((result) => result.row[1])).toEqual([
      "连续六年！中国太保产、寿险双膺经营评价A级",
    ]);
    expect((await engine.search("人保", 10)).total).toBe(0);
    expect((await engine.search("", 10)).total).toBe(0);
  });

  it("does not confuse a token named __proto__ with the object prototype", async () => {
    const { outDir } = await buildIndex([["__proto__ constructor", "toString"]], [0]);
    const engine = engineOver(outDir);
    expect((await engine.search("__proto__", 10)).total).toBe(1);
    expect((await engine.search("hasOwnProperty", 10)).total).toBe(0);
  });
});

describe("search index finishing in passes", () => {
  /** Every file of a folder, by its path inside it, with its text. */
  async function filesOf(root: string): Promise<Map<string, string>> {
    const files = new Map<string, string>();
    for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) {
        const path = join(entry.parentPath, entry.name);
        files.set(path.slice(root.length), await readFile(path, "utf8"));
      }
    }
    return files;
  }

  async function indexOf(name: string, heldPostings?: number) {
    const outDir = join(dir, name);
    const writer = new SearchIndexWriter({
      workDir: join(dir, `${name}-spill`),
      outDir,
      postingsPerShard: 4,
      ...(heldPostings === undefined ? {} : { heldPostings }),
    });
    // Many tokens of a few postings each (`w0`…`w499`, about 16 articles each) and a title's words.
    const count = 400;
    for (let sequence = 0; sequence < count; sequence++) {
      const text = Array.from({ length: 20 }, (_, k) => `w${(sequence * (k + 1) * 7) % 500}`).join(" ");
      await writer.add(sequence, `央行利率 t${sequence % 50}`, text);
    }
    // Rank: the reverse of arrival.
    const rankOf = Int32Array.from({ length: count }, (_, sequence) => count - 1 - sequence);
    const meta = await writer.finish(rankOf, 100);
    return { meta, files: await filesOf(outDir), held: writer.heldPostingsPeak };
  }

  it("writes the same shards byte for byte when a spill file is read in several passes, holding fewer postings", async () => {
    const whole = await indexOf("whole");
    const passes = await indexOf("passes", 50);
    expect(whole.meta.shardCount).toBeGreaterThan(64);
    expect(passes.meta).toEqual(whole.meta);
    expect(passes.files).toEqual(whole.files);
    expect(passes.files.size).toBe(whole.meta.shardCount + 1);
    expect(passes.held).toBeLessThan(whole.held / 2);
  });
});
