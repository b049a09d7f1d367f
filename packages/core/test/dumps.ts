// The flash dumps in ../shared/dumps, read by core's own readers (parseAllSync on each day file,
// unzipped): one Article per record, its id namespaced by the feed (`cls:2439468`), for the story
// tests and the story evaluation. Other packages pass the parseAllSync of their @caixun/core.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import type { Article } from "../src/article.js";

/** `parseAllSync`'s shape, for a caller that brings its own build of core. */
export type ParseAllSync = (
  input: Uint8Array,
) => Iterable<{ ok: true; article: Article } | { ok: false; failure: { message: string } }>;

export const DUMPS = resolve(import.meta.dirname, "../../../../shared/dumps");

export interface DumpRecord extends Article {
  feed: string;
  /** The day file it was read from. */
  file: string;
}

export function dumpsPresent(): boolean {
  return existsSync(DUMPS);
}

/**
 * Every record of every day file of every feed, in feed, day and line order, read by the
 * `parseAllSync` given (core's own tests give `src`'s, other packages their @caixun/core's).
 */
export function readDumps(parseAllSync: ParseAllSync): DumpRecord[] {
  const records: DumpRecord[] = [];
  for (const feed of readdirSync(DUMPS).sort()) {
    const dir = join(DUMPS, feed, "data/2026");
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith(".jsonl.gz")) continue;
      const file = join(dir, name);
      for (const result of parseAllSync(gunzipSync(readFileSync(file)))) {
        if (!result.ok) throw new Error(`${file}: ${result.failure.message}`);
        records.push({ ...result.article, feed, file });
      }
    }
  }
  return records;
}

/** The sets of labelled pairs, in the order they were labelled: each is reported on its own. */
export const PAIR_SPLITS = [
  "tune",
  "held",
  "new",
  "fresh",
  "unseen",
  "blind",
  "blind2",
  "blind3",
  "blind4",
  "blind5",
  "blind6",
  "blind7",
  "blind8",
  "blind9",
  "blind10",
  "blind11",
  "blind12",
  "blind13",
  "blind14",
  "blind15",
  "blind16",
  "blind17",
  "blind18",
] as const;
export type PairSplit = (typeof PAIR_SPLITS)[number];
/** The sets held out this session: measured, their misses never listed (so tuning cannot read them). */
export const HELD_OUT_SPLITS: ReadonlySet<PairSplit> = new Set(["blind18"]);

export interface LabelledPair {
  a: string;
  b: string;
  same: boolean;
  split: PairSplit;
  reason: string;
}

/** One value per set of labelled pairs, made fresh for each. */
export function perSplit<T>(make: () => T): Record<PairSplit, T> {
  return Object.fromEntries(PAIR_SPLITS.map((split) => [split, make()])) as Record<PairSplit, T>;
}

/** The hand-labelled pairs of test/fixtures/story-pairs.tsv. */
export function labelledPairs(): LabelledPair[] {
  const text = readFileSync(resolve(import.meta.dirname, "fixtures/story-pairs.tsv"), "utf8");
  return text
    .split("\n")
    .filter((line) => line !== "" && !line.startsWith("#") && !line.startsWith("a\t"))
    .map((line) => {
      const [a, b, same, split, reason] = line.split("\t");
      if (!(PAIR_SPLITS as readonly string[]).includes(split!))
        throw new Error(`story-pairs.tsv: unknown set "${split}" (add it to PAIR_SPLITS): ${line}`);
      return { a: a!, b: b!, same: same === "1", split: split as PairSplit, reason: reason! };
    });
}
