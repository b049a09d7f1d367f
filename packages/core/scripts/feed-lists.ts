// The flash feeds' own stock lists in ../shared/dumps, read with core's readers (`parseAllSync` and
// the cls / eastmoney / ths feed packs, which map each feed's market ids and leave boards, funds,
// futures and indices out): the reference the securities evaluation scores against, and a source of
// the dictionary (names, the US exchange of a ticker).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import type { Listing } from "../src/article.js";
import { parseAllSync } from "../src/parse-all.js";

/** Days the matcher's rules and thresholds were tuned on; the others are held out for reporting. */
export const DEV_DAYS = ["2026-07-29", "2026-07-30", "2026-07-31", "2026-08-01"];
export const FEEDS = ["cls", "eastmoney", "ths"] as const;

export interface FeedRecord {
  feed: (typeof FEEDS)[number];
  day: string;
  id: string;
  /** The record's title and text as core reads them. */
  title: string;
  content: string;
  /** Securities the record's own list names (`how: "record"`). */
  listed: Listing[];
}

/** An index code where the exchanges publish indices: Shanghai `000xxx`, Shenzhen `399xxx` and `98xxxx` (CNI). */
export function isIndexCode(code: string, market: string): boolean {
  return (
    (market === "SH" && /^000\d{3}$/.test(code)) || (market === "SZ" && /^(?:399|98\d)\d{3}$/.test(code))
  );
}

/** Every record of the seven days, or nothing when ../shared/dumps is absent. */
export function* dumpRecords(shared: string): Generator<FeedRecord> {
  for (const feed of FEEDS) {
    const dir = join(shared, "dumps", feed, "data/2026");
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith(".jsonl.gz"))
      .sort()) {
      const day = file.slice(0, 10);
      for (const result of parseAllSync(gunzipSync(readFileSync(join(dir, file))))) {
        if (!result.ok) continue;
        const { article } = result;
        yield {
          feed,
          day,
          id: article.id,
          title: article.title,
          content: article.text,
          listed: article.securities
            .filter((s) => s.how === "record")
            .map(({ code, market, name }) => (name ? { code, market, name } : { code, market })),
        };
      }
    }
  }
}

/** How many flash items the securities bench and profile parse. */
const BENCH_FLASH_ITEMS = 3000;

/** The flash items the securities bench and profile parse: the first records of the dumps, each as a feed writes it (title, blank line, text). */
export function benchFlashItems(shared: string): string[] {
  const items: string[] = [];
  for (const record of dumpRecords(shared)) {
    if (items.length === BENCH_FLASH_ITEMS) break;
    items.push(`${record.title}\n\n${record.content}`);
  }
  return items;
}

export function listedKeys(record: FeedRecord): Set<string> {
  return new Set(record.listed.map((l) => `${l.code}.${l.market}`));
}
