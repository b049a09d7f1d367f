import { createReadStream, existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { listedSecurity } from "../src/enrich/securities.js";
import { type Article, PACKS } from "../src/index.js";
import { parseAll } from "../src/parse-all.js";
import type { ParseResult } from "../src/readers/session.js";
import { SHARED } from "./helpers.js";

/**
 * The seven real days of three feeds in ../shared/dumps (财联社 cls, 东方财富 eastmoney, 同花顺 ths),
 * each as JSON Lines and as the digest Markdown rendered from the same records.
 */
const DUMPS = join(SHARED, "dumps");
const FEEDS = ["cls", "eastmoney", "ths"] as const;
const HAS_DUMPS = existsSync(DUMPS);
/** Punctuation a title never starts with (opening quotes and brackets may). */
const BAD_TITLE_START = /^[\s，,。．.、；;：:！!？?）)】」』”’]/u;

function days(feed: string, extension: string): string[] {
  return readdirSync(join(DUMPS, feed, "data/2026"))
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => join(DUMPS, feed, "data/2026", name));
}

async function collect(path: string): Promise<ParseResult[]> {
  const results: ParseResult[] = [];
  for await (const result of parseAll(createReadStream(path), { filename: path })) results.push(result);
  return results;
}

function articles(results: readonly ParseResult[]): Article[] {
  return results.map((result) => {
    if (!result.ok)
      throw new Error(`${result.failure.ref}: ${result.failure.code} ${result.failure.message}`);
    return result.article;
  });
}

function records(path: string): Record<string, unknown>[] {
  return gunzipSync(readFileSync(path))
    .toString("utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** The securities a feed's own stock list names, as its pack maps them. */
function listedIn(feed: string, record: Record<string, unknown>): string[] {
  const raw = record.raw as Record<string, unknown>;
  const pack = PACKS.feeds.find((p) => p.name === feed)!;
  const list = pack.securities![0]!;
  const items = (raw[list.path.replace("raw.", "")] ?? []) as unknown[];
  return items
    .map((item) =>
      typeof item === "string"
        ? listedSecurity({ code: item }, list.markets)
        : listedSecurity(
            {
              code: String((item as Record<string, unknown>)[list.code![0]!] ?? ""),
              market: list.market ? String((item as Record<string, unknown>)[list.market[0]!]) : undefined,
            },
            list.markets,
          ),
    )
    .filter((security) => security !== null)
    .map((security) => `${security.code}.${security.market}`);
}

describe.skipIf(!HAS_DUMPS)(`scraper dumps (needs ${DUMPS})`, () => {
  for (const feed of FEEDS) {
    it(`${feed}: every record of every day is one Article with the record's id, date and stock list`, async () => {
      for (const path of days(feed, ".jsonl.gz")) {
        const expected = records(path);
        const got = articles(await collect(path));
        expect(got).toHaveLength(expected.length);
        expect(new Set(got.map((a) => a.id)).size).toBe(new Set(expected.map((r) => r.id)).size);
        got.forEach((article, i) => {
          const record = expected[i]!;
          expect(article.id).toBe(`${feed}:${record.id}`);
          expect(article.ref).toBe(`line ${i + 1}`);
          expect(article.format).toBe("dump-record");
          expect(article.publishedAt).toBe(record.datetime);
          expect(article.title).not.toBe("");
          expect(article.title).not.toMatch(BAD_TITLE_START);
          expect(article.text.startsWith(`【${article.title}】`)).toBe(false);
          const codes = article.securities.map((s) => `${s.code}.${s.market}`);
          for (const code of listedIn(feed, record)) expect(codes).toContain(code);
          for (const security of article.securities) {
            expect(security.code).not.toMatch(/^(?:BK|cls)/i);
            expect(security.code).toMatch(/^(?:\d{6}|\d{5}|[A-Z][A-Z0-9.-]*)$/);
          }
        });
      }
    }, 120_000);

    it(`${feed}: the digest of a day gives the same stories, with the same ids, dates and titles, once each`, async () => {
      for (const path of days(feed, ".md.gz")) {
        const digest = articles(await collect(path));
        const lines = articles(await collect(path.replace(/\.md\.gz$/, ".jsonl.gz")));
        const header = /item_count: (\d+)/.exec(gunzipSync(readFileSync(path)).toString("utf8"))?.[1];
        expect(digest).toHaveLength(Number(header));
        expect(digest.map((a) => a.id)).toEqual(lines.map((a) => a.id));
        expect(digest.map((a) => a.publishedAt)).toEqual(lines.map((a) => a.publishedAt));
        // A record without a title is rendered `｜无标题`: its section's title is derived the same way.
        expect(digest.map((a) => a.title)).toEqual(lines.map((a) => a.title));
        expect(digest.every((a, i) => a.ref === `section ${i + 1}` && a.format === "digest-section")).toBe(
          true,
        );
      }
    }, 120_000);
  }

  it("reads a record exactly: headline in 【】 as the title, left out of the text, the dateline's outlet as the source", async () => {
    const [first] = articles(await collect(days("cls", ".jsonl.gz")[0]!));
    expect(first).toMatchObject({
      id: "cls:2439468",
      title: "ASM国际二季度营收10亿欧元 略高于市场预期",
      publishedAt: "2026-07-29T00:03:22+08:00",
      source: { name: "财联社" },
      via: [],
      originalUrl: "https://api3.cls.cn/share/article/2439468?os=web&sv=8.4.6&app=CailianpressWeb",
      tags: ["环球市场情报"],
      ref: "line 1",
      extra: { level: "C" },
    });
    expect(
      first!.text.startsWith("财联社7月29日电，ASM国际二季度营收10亿欧元，分析师预期9.998亿欧元。"),
    ).toBe(true);
  });

  it("names the outlet of a trailing credit as the source and the feed that relayed it in via", async () => {
    const cls = articles(await collect(days("cls", ".jsonl.gz")[0]!));
    expect(cls[4]).toMatchObject({ id: "cls:2439479", source: { name: "央视新闻" }, via: ["财联社"] });
    expect(cls[4]!.text.endsWith("让体积和重量各减少50%。")).toBe(true);
    const ths = articles(await collect(days("ths", ".jsonl.gz")[0]!));
    expect(ths[24]).toMatchObject({ id: "ths:678499263", source: { name: "新华社" }, via: ["同花顺"] });
  });

  it("maps each feed's market codes, and leaves boards and funds out", async () => {
    const cls = articles(await collect(days("cls", ".jsonl.gz")[0]!));
    expect(cls[2]!.securities).toContainEqual({
      code: "920493",
      market: "BJ",
      name: "并行科技",
      how: "record",
      mentions: 0,
    });
    const ths = articles(await collect(days("ths", ".jsonl.gz")[0]!));
    expect(ths[4]!.securities).toContainEqual({
      code: "GOOG",
      market: "NASDAQ",
      name: "谷歌C",
      how: "record",
      mentions: 0,
    });
    const eastmoney = articles(await collect(days("eastmoney", ".jsonl.gz")[0]!));
    // stockList ["90.BK1335", "0.000725"]: the board is not a security.
    expect(eastmoney[19]!.securities.map((s) => `${s.code}.${s.market}`)).toEqual(["000725.SZ"]);
  });

  it("derives a title from a record that has none, from the sentence after the dateline, whole", async () => {
    const cls = articles(await collect(days("cls", ".jsonl.gz")[0]!));
    const untitled = cls.filter((a) => a.warnings.some((w) => w.code === "title-derived"));
    expect(untitled.length).toBeGreaterThan(100);
    const google = untitled.find((a) => a.text.startsWith("财联社7月29日电，谷歌称"));
    expect(google?.title).toBe("谷歌称，在文档中推出由Gemini增强的评论工作流程");
    expect(untitled.every((a) => !a.title.endsWith("…"))).toBe(true);
  });
});
