import { createReadStream } from "node:fs";
import { appendFile, mkdtemp, readFile, rm, unlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import {
  CorpusGrouper,
  compareStoryKeys,
  DEFAULT_STORY_SETTINGS,
  exactTextHash,
  type StoryKey,
  type StorySettings,
  type UndatedItem,
} from "@caixun/core/stories";

/** One item of a spilled corpus: the order it was added in, its story key and what the caller keeps of it. */
export interface SpilledCopy<K> {
  ordinal: number;
  key: StoryKey;
  kept: K;
}

/**
 * Articles whose stories are grouped at once at most (`maxHeld`) by `caixun stories`, `caixun stats`,
 * `parse --stories` and the site builder: about 200 MB of live heap (a held article's story features
 * take about 10 KB). 200,000 records of one day took `caixun stories` to 2.1 GB and `caixun stats` to
 * 2.0 GB held whole; a corpus that never holds this many within a story's time window (nor in one day,
 * nor undated) is grouped exactly.
 */
export const STORY_ITEMS_HELD = 20_000;

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
 *
 * With `maxHeld` (`caixun stats`), memory is bounded whatever the corpus: no more than `maxHeld`
 * items are read or grouped at once. A day or the undated items beyond it are spilled in parts of
 * `maxHeld` and grouped part by part, and the grouping starts again whenever `maxHeld` items are
 * within reach; the stories that would have spanned such a cut are then told as two, and
 * `estimated` is true. A corpus that never holds `maxHeld` items within the time window (nor as
 * many in a day, nor undated) is grouped exactly as without the bound.
 */
export class StorySpill<K> {
  private readonly buffers = new Map<string, string[]>();
  private buffered = 0;
  /** Day → the items spilled to it (its parts: `maxHeld` items each). */
  private readonly days = new Map<number, number>();
  private undatedCount = 0;
  private count = 0;
  private cut = false;
  private openAtCuts = 0;

  private constructor(
    private readonly dir: string,
    private readonly bufferCharacters: number,
    private readonly maxHeld: number,
  ) {}

  /**
   * A spill in a new temporary folder (under `parent`, the system's temp folder by default) that
   * appends to its day files whenever `bufferCharacters` of lines are waiting; `maxHeld` bounds
   * the items held at once (see the class).
   */
  static async open<K>(
    options: { parent?: string; bufferCharacters?: number; maxHeld?: number } = {},
  ): Promise<StorySpill<K>> {
    const dir = await mkdtemp(join(options.parent ?? tmpdir(), "caixun-stories-"));
    return new StorySpill<K>(
      dir,
      options.bufferCharacters ?? BUFFER_CHARACTERS,
      options.maxHeld ?? Number.POSITIVE_INFINITY,
    );
  }

  /** Items added so far. */
  get size(): number {
    return this.count;
  }

  /**
   * True once `stories()` cut the grouping to keep within `maxHeld`: stories that spanned a cut are
   * told as two or more, so the count of stories is an upper bound, that of copies a lower one.
   */
  get estimated(): boolean {
    return this.cut;
  }

  /**
   * Stories `stories()` told while open to copies at a cut, and those of the undated items past the
   * first part: a later copy of one (an exact copy in another part) is told as a story of its own.
   * Without a cut (`estimated` false) every story is the one the whole grouping tells.
   */
  get storiesAtCuts(): number {
    return this.openAtCuts;
  }

  /** Adds one item; returns its ordinal (the order of `add` calls). */
  async add(key: StoryKey, kept: K): Promise<number> {
    const ordinal = this.count++;
    const day = key.at === null ? null : Math.floor(key.at / DAY_MS);
    let bucket: string;
    if (day === null) bucket = this.partName(UNDATED, this.undatedCount++);
    else {
      const held = this.days.get(day) ?? 0;
      this.days.set(day, held + 1);
      bucket = this.partName(String(day), held);
    }
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
    const undatedParts = this.partsOf(this.undatedCount);
    const undated = await this.undatedItems(this.partName(UNDATED, 0));
    const ready: SpilledCopy<K>[][] = [];
    const emit = (items: SpilledCopy<K>[]) => ready.push(items);
    let grouper = new CorpusGrouper<SpilledCopy<K>>(settings, undated, emit);
    // The time of each item fed since the grouping (re)started, oldest first: those within reach.
    const reach = Math.max(settings.flashWindowHours, settings.articleWindowHours) * 3_600_000;
    let times: number[] = [];
    let oldest = 0;
    const restart = () => {
      const told = ready.length;
      grouper.finish();
      this.openAtCuts += ready.length - told;
      grouper = new CorpusGrouper<SpilledCopy<K>>(settings, [], emit);
      times = [];
      oldest = 0;
      this.cut = true;
    };
    for (const [day, held] of [...this.days].sort(([a], [b]) => a - b)) {
      const parts = this.partsOf(held);
      for (let part = 0; part < parts; part++) {
        // Parts of one day are in the order they came, not in time order: each is grouped alone.
        if (part > 0) restart();
        for (const copy of await this.take(this.partName(String(day), part * this.maxHeld))) {
          const at = copy.key.at!;
          while (oldest < times.length && times[oldest]! < at - reach) oldest++;
          if (times.length - oldest >= this.maxHeld) restart();
          times.push(at);
          if (oldest > 4096 && oldest * 2 > times.length) {
            times = times.slice(oldest);
            oldest = 0;
          }
          grouper.add(copy.key, copy);
        }
        yield* ready.splice(0);
      }
    }
    grouper.finish();
    yield* ready.splice(0);
    // Undated items past the first part: exact copies within each part.
    for (let part = 1; part < undatedParts; part++) {
      this.cut = true;
      const alone = new CorpusGrouper<SpilledCopy<K>>(
        settings,
        await this.undatedItems(this.partName(UNDATED, part * this.maxHeld)),
        emit,
      );
      alone.finish();
      this.openAtCuts += ready.length;
      yield* ready.splice(0);
    }
  }

  /** Removes the temporary folder (call it whatever happened). */
  async dispose(): Promise<void> {
    this.buffers.clear();
    await rm(this.dir, { recursive: true, force: true });
  }

  /** The bucket of the item `index` (counted from 0) of a day or of the undated ones. */
  private partName(bucket: string, index: number): string {
    const part = Number.isFinite(this.maxHeld) ? Math.floor(index / this.maxHeld) : 0;
    return part === 0 ? bucket : `${bucket}.${part}`;
  }

  private partsOf(items: number): number {
    return Number.isFinite(this.maxHeld) ? Math.max(1, Math.ceil(items / this.maxHeld)) : 1;
  }

  /** A part of the undated items in time order, without their text, read line by line. */
  private async undatedItems(bucket: string): Promise<UndatedItem<SpilledCopy<K>>[]> {
    const items: UndatedItem<SpilledCopy<K>>[] = [];
    const path = this.file(bucket);
    const input = createReadStream(path);
    const opened = await new Promise<boolean>((resolve, reject) => {
      input.once("open", () => resolve(true));
      input.once("error", (error: NodeJS.ErrnoException) =>
        error.code === "ENOENT" ? resolve(false) : reject(error),
      );
    });
    if (!opened) return items;
    for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
      if (line === "") continue;
      const copy = JSON.parse(line) as SpilledCopy<K>;
      // Only its id, size and time are read again (the canonical copy); the text stays on disk.
      items.push({ hash: exactTextHash(copy.key), item: { ...copy, key: { ...copy.key, text: "" } } });
    }
    await unlink(path).catch(() => undefined);
    return items.sort((a, b) => compareStoryKeys(a.item.key, b.item.key) || a.item.ordinal - b.item.ordinal);
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
