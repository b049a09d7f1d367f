import { createReadStream } from "node:fs";
import { appendFile, mkdtemp, readFile, rm, unlink, writeFile } from "node:fs/promises";
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
/** Sorted parts of one day read at once when they are merged (open files, one read buffer each). */
const MERGE_FAN_IN = 64;

/** Time order, ties by the order of adding: the order a day is grouped in. */
function byTimeThenOrdinal<K>(a: SpilledCopy<K>, b: SpilledCopy<K>): number {
  return compareStoryKeys(a.key, b.key) || a.ordinal - b.ordinal;
}

/**
 * Undated stories (exact copies, by their text's hash) open to the items that came last: at most
 * `maxHeld` items held; past it the story whose last item came earliest is told and forgotten, so a
 * later copy of it starts a story of its own (`closedEarly` counts the stories told so).
 */
class UndatedSlide<T> {
  /** Hash → the story's items; in the order of each story's last item (a join moves it to the end). */
  private readonly open = new Map<string, T[]>();
  private held = 0;
  closedEarly = 0;

  constructor(private readonly maxHeld: number) {}

  /** Adds items to the story of `hash`; returns the stories forgotten to make room. */
  join(hash: string, items: T[]): T[][] {
    const story = this.open.get(hash);
    if (story === undefined) this.open.set(hash, items);
    else {
      this.open.delete(hash);
      story.push(...items);
      this.open.set(hash, story);
    }
    this.held += items.length;
    const told: T[][] = [];
    // The story joined is the newest: it goes last, when it alone holds more than `maxHeld` items.
    for (const [oldest, story] of this.open) {
      if (this.held <= this.maxHeld) break;
      this.open.delete(oldest);
      this.held -= story.length;
      this.closedEarly++;
      told.push(story);
    }
    return told;
  }

  /** The stories still open, in the order of their last item. */
  finish(): T[][] {
    const told = [...this.open.values()];
    this.open.clear();
    this.held = 0;
    return told;
  }
}

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
 * With `maxHeld` (`stories`, `stats`, `parse --stories`, `site build`), memory is bounded whatever
 * the corpus: the window slides rather than cuts. A day beyond `maxHeld` items is spilled in parts
 * of `maxHeld`, each sorted alone and the parts merged, so the day is still grouped in time order;
 * the grouper forgets the items past the `maxHeld` newest (`StoryGrouper`'s `maxHeld`), and the
 * undated items past the first `maxHeld` slide over the exact copies of the `maxHeld` that came
 * last. A copy with fewer than `maxHeld` items between it and its story's first copy (in time
 * order; undated ones in the order they came) joins it exactly; a story closed while it could
 * still take a copy is counted (`storiesAtCuts`) and then `estimated` is true. A corpus that never
 * holds `maxHeld` items within the time window (nor undated) is grouped exactly as without the bound.
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
  /** Ordinal → exact-text hash of the first part's undated items, while more parts are to slide over. */
  private readonly undatedHashes = new Map<number, string | null>();

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
   * True once `stories()` closed a story early to keep within `maxHeld`: a story whose copies lie
   * further apart is told as two or more, so the count of stories is an upper bound, that of copies
   * a lower one.
   */
  get estimated(): boolean {
    return this.cut;
  }

  /**
   * Stories `stories()` closed while still open to copies (their first copy left the `maxHeld`
   * newest items within its time window, or the undated slide): a later copy of one is told as a
   * story of its own, so at most this many stories were split. Zero (`estimated` false): every story
   * is the one the whole grouping tells.
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
    const grouper = new CorpusGrouper<SpilledCopy<K>>(settings, undated, (items) => ready.push(items), {
      maxHeld: this.maxHeld,
    });
    for (const [day, held] of [...this.days].sort(([a], [b]) => a - b)) {
      for await (const copy of this.dayInTimeOrder(day, held)) {
        grouper.add(copy.key, copy);
        if (ready.length > 0) yield* ready.splice(0);
      }
    }
    grouper.finish();
    this.openAtCuts += grouper.closedEarly;
    if (undatedParts === 1) {
      yield* ready.splice(0);
    } else {
      // More undated items than `maxHeld`: the first part's stories stay open in a window of the
      // `maxHeld` items that came last, which the later parts slide over in the order they came.
      const slide = new UndatedSlide<SpilledCopy<K>>(this.maxHeld);
      const undatedOnly: SpilledCopy<K>[][] = [];
      for (const story of ready.splice(0)) {
        if (story[0]!.key.at === null) undatedOnly.push(story);
        else yield story;
      }
      const lastOrdinal = (story: SpilledCopy<K>[]) => Math.max(...story.map((copy) => copy.ordinal));
      undatedOnly.sort((a, b) => lastOrdinal(a) - lastOrdinal(b));
      for (const story of undatedOnly) {
        const hash = this.undatedHashes.get(story[0]!.ordinal) ?? null;
        if (hash === null) yield story;
        else yield* slide.join(hash, story);
      }
      this.undatedHashes.clear();
      for (let part = 1; part < undatedParts; part++) {
        for await (const copy of this.readLines(this.partName(UNDATED, part * this.maxHeld))) {
          const hash = exactTextHash(copy.key);
          const stripped = { ...copy, key: { ...copy.key, text: "" } };
          if (hash === null) yield [stripped];
          else yield* slide.join(hash, [stripped]);
        }
      }
      this.openAtCuts += slide.closedEarly;
      yield* slide.finish();
    }
    this.cut = this.openAtCuts > 0;
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

  /**
   * The first part of the undated items in time order, without their text (only their id, size
   * and time are read again: the canonical copy); with more parts, their hashes are kept for the
   * slide over the later ones.
   */
  private async undatedItems(bucket: string): Promise<UndatedItem<SpilledCopy<K>>[]> {
    const items: UndatedItem<SpilledCopy<K>>[] = [];
    const slides = this.undatedCount > this.maxHeld;
    for await (const copy of this.readLines(bucket)) {
      const hash = exactTextHash(copy.key);
      if (slides) this.undatedHashes.set(copy.ordinal, hash);
      items.push({ hash, item: { ...copy, key: { ...copy.key, text: "" } } });
    }
    return items.sort((a, b) => compareStoryKeys(a.item.key, b.item.key) || a.item.ordinal - b.item.ordinal);
  }

  /** A bucket's items in the order they were written, read line by line; its file removed after. */
  private async *readLines(bucket: string): AsyncGenerator<SpilledCopy<K>> {
    const path = this.file(bucket);
    const input = createReadStream(path);
    const opened = await new Promise<boolean>((resolve, reject) => {
      input.once("open", () => resolve(true));
      input.once("error", (error: NodeJS.ErrnoException) =>
        error.code === "ENOENT" ? resolve(false) : reject(error),
      );
    });
    if (!opened) return;
    try {
      for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
        if (line !== "") yield JSON.parse(line) as SpilledCopy<K>;
      }
    } finally {
      input.destroy();
      await unlink(path).catch(() => undefined);
    }
  }

  /**
   * A day's items in time order (ties by ordinal). A day of more than `maxHeld` items was spilled in
   * parts as they came: each part is sorted on its own (`maxHeld` items in memory), then the sorted
   * parts are merged, `MERGE_FAN_IN` files at a time, so the day is read in time order whatever its size.
   */
  private async *dayInTimeOrder(day: number, held: number): AsyncGenerator<SpilledCopy<K>> {
    const parts = this.partsOf(held);
    if (parts === 1) {
      yield* await this.take(String(day));
      return;
    }
    let runs: string[] = [];
    for (let part = 0; part < parts; part++) {
      const bucket = this.partName(String(day), part * this.maxHeld);
      const sorted = `${bucket}.sorted`;
      await this.write(sorted, await this.take(bucket));
      runs.push(sorted);
    }
    for (let round = 0; runs.length > MERGE_FAN_IN; round++) {
      const merged: string[] = [];
      for (let i = 0; i < runs.length; i += MERGE_FAN_IN) {
        const name = `${day}.merged.${round}.${i}`;
        await this.write(name, this.merge(runs.slice(i, i + MERGE_FAN_IN)));
        merged.push(name);
      }
      runs = merged;
    }
    yield* this.merge(runs);
  }

  /** Sorted buckets merged into one time order (ties by ordinal), each file removed once read. */
  private async *merge(buckets: readonly string[]): AsyncGenerator<SpilledCopy<K>> {
    const readers = buckets.map((bucket) => this.readLines(bucket));
    const heads = await Promise.all(readers.map((reader) => reader.next()));
    for (;;) {
      let first = -1;
      for (let i = 0; i < heads.length; i++) {
        const head = heads[i]!;
        if (head.done) continue;
        if (first === -1 || byTimeThenOrdinal(head.value, heads[first]!.value as SpilledCopy<K>) < 0)
          first = i;
      }
      if (first === -1) return;
      yield heads[first]!.value as SpilledCopy<K>;
      heads[first] = await readers[first]!.next();
    }
  }

  /** Writes copies to a bucket's file, one line each, `bufferCharacters` at a time. */
  private async write(
    bucket: string,
    copies: Iterable<SpilledCopy<K>> | AsyncIterable<SpilledCopy<K>>,
  ): Promise<void> {
    const path = this.file(bucket);
    await writeFile(path, "");
    let lines: string[] = [];
    let characters = 0;
    for await (const copy of copies) {
      const line = `${JSON.stringify(copy)}\n`;
      lines.push(line);
      characters += line.length;
      if (characters >= this.bufferCharacters) {
        await appendFile(path, lines.join(""));
        lines = [];
        characters = 0;
      }
    }
    await appendFile(path, lines.join(""));
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
    return copies.sort(byTimeThenOrdinal);
  }

  private file(bucket: string): string {
    return join(this.dir, `${bucket}.jsonl`);
  }
}
