// A small reader of the flash dumps in ../shared/dumps, for the story tests and the story
// evaluation until the dump readers of core (parseAll) exist: one record per JSON line, its id
// namespaced by the feed as the readers will (`cls:2439468`).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import type { StoryInput } from "../src/stories/key.js";

export const DUMPS = resolve(import.meta.dirname, "../../../../shared/dumps");

export interface DumpRecord extends StoryInput {
  feed: string;
  /** 1-based line in its day file. */
  line: number;
  file: string;
}

export function dumpsPresent(): boolean {
  return existsSync(DUMPS);
}

/** Every record of every day file of every feed, in feed, day and line order. */
export function readDumps(): DumpRecord[] {
  const records: DumpRecord[] = [];
  for (const feed of readdirSync(DUMPS).sort()) {
    const dir = join(DUMPS, feed, "data/2026");
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith(".jsonl.gz")) continue;
      const file = join(dir, name);
      const lines = gunzipSync(readFileSync(file)).toString("utf8").split("\n");
      lines.forEach((line, i) => {
        if (line.trim() === "") return;
        const record = JSON.parse(line) as Record<string, unknown>;
        records.push({
          feed,
          file,
          line: i + 1,
          id: `${feed}:${String(record.id)}`,
          title: String(record.title ?? ""),
          text: String(record.content ?? ""),
          publishedAt: typeof record.datetime === "string" ? record.datetime : null,
        });
      });
    }
  }
  return records;
}

export interface LabelledPair {
  a: string;
  b: string;
  same: boolean;
  split: "tune" | "held";
  reason: string;
}

/** The hand-labelled pairs of test/fixtures/story-pairs.tsv. */
export function labelledPairs(): LabelledPair[] {
  const text = readFileSync(resolve(import.meta.dirname, "fixtures/story-pairs.tsv"), "utf8");
  return text
    .split("\n")
    .filter((line) => line !== "" && !line.startsWith("#") && !line.startsWith("a\t"))
    .map((line) => {
      const [a, b, same, split, reason] = line.split("\t");
      return { a: a!, b: b!, same: same === "1", split: split as "tune" | "held", reason: reason! };
    });
}
