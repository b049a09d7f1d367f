import { createReadStream } from "node:fs";
import { appendFile, mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import {
  encodePostings,
  type Posting,
  SEARCH_FORMAT_VERSION,
  type SearchMeta,
  type Shard,
} from "./format.js";
import { shardOf, textTokens, titleTokens } from "./tokenize.js";

/**
 * Spill files split the index by `hash % SPILL_BUCKETS`. The shard count is a multiple of it, so
 * every shard's postings come from exactly one spill file and the finishing pass can hold one spill
 * file in memory at a time.
 */
const SPILL_BUCKETS = 64;
/** Postings held in memory before they are spilled to disk: bounds build memory at any corpus size. */
const SPILL_THRESHOLD = 1_000_000;
/** Target postings per shard, so a query downloads tens of kilobytes, not the index. */
const POSTINGS_PER_SHARD = 40_000;
/**
 * Postings the finishing pass holds at once: a spill file with more is read in several passes, each
 * taking some of its shards, so memory does not grow with the corpus (at 10^5 articles a whole spill
 * file held as postings set the build's peak RSS).
 */
const FINISH_HELD_POSTINGS = 100_000;

export interface SearchIndexWriterOptions {
  /** Directory for the spill files; removed by `finish`. */
  workDir: string;
  /** Directory the index is written to (`<site>/search`). */
  outDir: string;
  /** Target postings per shard (`POSTINGS_PER_SHARD` by default). */
  postingsPerShard?: number;
  /** Postings the finishing pass holds at once (`FINISH_HELD_POSTINGS` by default). */
  heldPostings?: number;
}

/**
 * Builds the sharded inverted index while articles stream past. Postings are keyed by the order
 * articles arrive in; `finish` renumbers them by rank, once all articles are known.
 */
export class SearchIndexWriter {
  private readonly pending = new Map<string, number[]>();
  private pendingCount = 0;
  private totalPostings = 0;
  /** Postings spilled to each spill file. */
  private readonly bucketPostings = new Float64Array(SPILL_BUCKETS);
  private spilled = false;
  /** The most postings `finish` held at once, for the build's memory to be checked. */
  heldPostingsPeak = 0;

  constructor(private readonly options: SearchIndexWriterOptions) {}

  /** Indexes one article; `sequence` is its arrival number. Entries are `sequence * 2 + inTitle`. */
  async add(sequence: number, title: string, text: string): Promise<void> {
    const inTitle = titleTokens(title);
    const tokens = textTokens(text);
    for (const token of inTitle) tokens.add(token);
    for (const token of tokens) {
      const entry = sequence * 2 + (inTitle.has(token) ? 1 : 0);
      const list = this.pending.get(token);
      if (list === undefined) this.pending.set(token, [entry]);
      else list.push(entry);
    }
    this.pendingCount += tokens.size;
    this.totalPostings += tokens.size;
    if (this.pendingCount >= SPILL_THRESHOLD) await this.spill();
  }

  /** Appends the pending postings to the spill files as `token\tentry,entry,…` lines. */
  private async spill(): Promise<void> {
    if (!this.spilled) {
      await mkdir(this.options.workDir, { recursive: true });
      this.spilled = true;
    }
    const buckets: string[][] = Array.from({ length: SPILL_BUCKETS }, () => []);
    for (const [token, entries] of this.pending) {
      const bucket = shardOf(token, SPILL_BUCKETS);
      buckets[bucket]!.push(`${token}\t${entries.join(",")}\n`);
      this.bucketPostings[bucket]! += entries.length;
    }
    this.pending.clear();
    this.pendingCount = 0;
    for (let bucket = 0; bucket < SPILL_BUCKETS; bucket++) {
      const lines = buckets[bucket]!;
      if (lines.length > 0) await appendFile(this.spillPath(bucket), lines.join(""));
    }
  }

  private spillPath(bucket: number): string {
    return join(this.options.workDir, `${bucket}.tsv`);
  }

  /**
   * Writes the shards and meta.json. `rankOf[sequence]` is the document number of the article that
   * arrived as `sequence` (its rank by date, newest first).
   */
  async finish(rankOf: Int32Array, docsPerChunk: number): Promise<SearchMeta> {
    await this.spill();
    const shardsPerBucket = powerOfTwoCovering(
      this.totalPostings / (this.options.postingsPerShard ?? POSTINGS_PER_SHARD) / SPILL_BUCKETS,
    );
    const shardCount = SPILL_BUCKETS * shardsPerBucket;
    const shardDir = join(this.options.outDir, "shards");
    await mkdir(shardDir, { recursive: true });
    for (let bucket = 0; bucket < SPILL_BUCKETS; bucket++) {
      // A bucket's shards are `bucket + SPILL_BUCKETS * k`; pass `p` of `passes` takes those with
      // `k % passes === p`. Each shard's tokens and postings keep the file's order whatever the passes.
      const passes = Math.min(
        shardsPerBucket,
        powerOfTwoCovering(
          this.bucketPostings[bucket]! / (this.options.heldPostings ?? FINISH_HELD_POSTINGS),
        ),
      );
      // A bucket no posting was spilled to has no file.
      const spilled = this.bucketPostings[bucket]! > 0;
      for (let pass = 0; pass < passes; pass++) {
        const taken = (shard: number) => Math.floor(shard / SPILL_BUCKETS) % passes === pass;
        const shards = new Map<number, Shard>();
        const merged = spilled
          ? await mergeSpill(this.spillPath(bucket), rankOf, shardCount, taken)
          : new Map();
        let held = 0;
        for (const [token, postings] of merged) {
          held += postings.length;
          const shard = shardOf(token, shardCount);
          let entries = shards.get(shard);
          // No prototype: a token such as `__proto__` must become a key like any other.
          if (entries === undefined) {
            entries = Object.create(null) as Shard;
            shards.set(shard, entries);
          }
          entries[token] = encodePostings(postings);
        }
        this.heldPostingsPeak = Math.max(this.heldPostingsPeak, held);
        // Every shard gets a file, empty ones too: the search page then never asks for a missing file.
        for (let shard = bucket; shard < shardCount; shard += SPILL_BUCKETS) {
          if (taken(shard))
            await writeFile(join(shardDir, `${shard}.json`), JSON.stringify(shards.get(shard) ?? {}));
        }
      }
    }
    await rm(this.options.workDir, { recursive: true, force: true });
    const meta: SearchMeta = {
      version: SEARCH_FORMAT_VERSION,
      documents: rankOf.length,
      shardCount,
      docsPerChunk,
    };
    await writeFile(join(this.options.outDir, "meta.json"), JSON.stringify(meta));
    return meta;
  }
}

/** The least power of two, 1 at least, that is not below `ratio`: shards a bucket splits into, passes a bucket takes. */
function powerOfTwoCovering(ratio: number): number {
  return 2 ** Math.max(0, Math.ceil(Math.log2(ratio)));
}

/**
 * The postings of one spill file, per token, renumbered from arrival order to rank: only the tokens
 * whose shard is `taken`, the file read a line at a time.
 */
async function mergeSpill(
  file: string,
  rankOf: Int32Array,
  shardCount: number,
  taken: (shard: number) => boolean,
): Promise<Map<string, Posting[]>> {
  const merged = new Map<string, Posting[]>();
  for await (const line of createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Infinity })) {
    const tab = line.indexOf("\t");
    if (tab < 0) continue;
    const token = line.slice(0, tab);
    if (!taken(shardOf(token, shardCount))) continue;
    let postings = merged.get(token);
    if (postings === undefined) {
      postings = [];
      merged.set(token, postings);
    }
    for (const entry of line.slice(tab + 1).split(",")) {
      const value = Number(entry);
      postings.push({ document: rankOf[Math.floor(value / 2)]!, inTitle: value % 2 === 1 });
    }
  }
  return merged;
}
