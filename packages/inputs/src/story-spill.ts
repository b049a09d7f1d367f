import { appendFile, mkdtemp, readFile, rm, unlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  CorpusGrouper,
  compareStoryKeys,
  DEFAULT_STORY_SETTINGS,
  exactTextHash,
  type StoryKey,
  type StorySettings,
} from "@caixun/core/stories";

/** One item of a spilled corpus: the order it was added in, its story key and what the caller keeps of it. */
export interface SpilledCopy<K> {
  ordinal: number;
  key: StoryKey;
  kept: K;
}

const DAY_MS = 86_400_000;
/** Characters of spilled lines held before they are appended to their day files. */
const BUFFER_CHARACTERS = 8 * 1024 * 1024;
const UNDATED = "undated";

/**
 * Story grouping for a corpus of any size, for the CLI and the site builder: each item's story key
 * (and what the caller keeps of it) is spilled to a temporary file per UTC day of `publishedAt` as
 * the items come, in any order; then the days are read back one at a time, in time order, and
 * grouped by core's `CorpusGrouper`, which keeps only the items still within reach of the newest
 * one. Memory is bounded by the largest day, the time window and the undated items (kept without
 * their text: they can only be exact copies), never by the corpus. The stories are the ones
 * `groupKeys` gives for the same keys, whatever order the items were added in (ties by the order
 * of adding), so whatever `--jobs` is.
 */
export class StorySpill<K> {
  private readonly buffers = new Map<string, string[]>();
  private buffered = 0;
  private readonly days = new Set<number>();
  private count = 0;

  private constructor(
    private readonly dir: string,
    private readonly bufferCharacters: number,
  ) {}

  /**
   * A spill in a new temporary folder (under `parent`, the system's temp folder by default) that
   * appends to its day files whenever `bufferCharacters` of lines are waiting.
   */
  static async open<K>(options: { parent?: string; bufferCharacters?: number } = {}): Promise<StorySpill<K>> {
    const dir = await mkdtemp(join(options.parent ?? tmpdir(), "caixun-stories-"));
    return new StorySpill<K>(dir, options.bufferCharacters ?? BUFFER_CHARACTERS);
  }

  /** Items added so far. */
  get size(): number {
    return this.count;
  }

  /** Adds one item; returns its ordinal (the order of `add` calls). */
  async add(key: StoryKey, kept: K): Promise<number> {
    const ordinal = this.count++;
    const day = key.at === null ? null : Math.floor(key.at / DAY_MS);
    const bucket = day === null ? UNDATED : String(day);
    if (day !== null) this.days.add(day);
    const line = `${JSON.stringify({ ordinal, key, kept } satisfies SpilledCopy<K>)}\n`;
    const lines = this.buffers.get(bucket);
    if (lines === undefined) this.buffers.set(bucket, [line]);
    else lines.push(line);
    this.buffered += line.length;
    if (this.buffered >= this.bufferCharacters) await this.flush();
    return ordinal;
  }

  /**
   * Every story once, as its copies (dated ones in time order, then undated ones), the stories in
   * the order of their first copy, then the undated-only stories. Call once, after the last `add`;
   * each day file is removed once read.
   */
  async *stories(
    settings: Readonly<StorySettings> = DEFAULT_STORY_SETTINGS,
  ): AsyncGenerator<SpilledCopy<K>[]> {
    await this.flush();
    const undated = (await this.take(UNDATED)).map((copy) => ({
      hash: exactTextHash(copy.key),
      // Only its id, size and time are read again (the canonical copy); the text stays on disk.
      item: { ...copy, key: { ...copy.key, text: "" } },
    }));
    const ready: SpilledCopy<K>[][] = [];
    const grouper = new CorpusGrouper<SpilledCopy<K>>(settings, undated, (items) => ready.push(items));
    for (const day of [...this.days].sort((a, b) => a - b)) {
      for (const copy of await this.take(String(day))) grouper.add(copy.key, copy);
      yield* ready.splice(0);
    }
    grouper.finish();
    yield* ready.splice(0);
  }

  /** Removes the temporary folder (call it whatever happened). */
  async dispose(): Promise<void> {
    this.buffers.clear();
    await rm(this.dir, { recursive: true, force: true });
  }

  private async flush(): Promise<void> {
    for (const [bucket, lines] of this.buffers) await appendFile(this.file(bucket), lines.join(""));
    this.buffers.clear();
    this.buffered = 0;
  }

  /** A bucket's items in time order (ties by ordinal), its file removed. */
  private async take(bucket: string): Promise<SpilledCopy<K>[]> {
    const path = this.file(bucket);
    const text = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return "";
      throw error;
    });
    await unlink(path).catch(() => undefined);
    const copies: SpilledCopy<K>[] = [];
    for (const line of text.split("\n")) if (line !== "") copies.push(JSON.parse(line) as SpilledCopy<K>);
    return copies.sort((a, b) => compareStoryKeys(a.key, b.key) || a.ordinal - b.ordinal);
  }

  private file(bucket: string): string {
    return join(this.dir, `${bucket}.jsonl`);
  }
}
