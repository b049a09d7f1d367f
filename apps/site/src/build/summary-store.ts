import { closeSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import type { ArticleSummary } from "./summary.js";

/** Bytes of summaries gathered in memory before they are appended to the file. */
const WRITE_BATCH_BYTES = 1 << 20;

/** Articles the per-article arrays hold before they grow (doubling). */
const INITIAL_CAPACITY = 1024;

/** What a summary keeps on disk: all but the story fields, which change after it is written. */
type StoredSummary = Omit<ArticleSummary, "story" | "storyCopies">;

/**
 * The build's article summaries, spilled to a file as they come, one JSON line each, and read back
 * by sequence through their offsets. Memory keeps only what ordering and story grouping need, in
 * typed arrays (an offset, an instant, a story and its size: 24 bytes an article), so a build of a
 * million articles does not hold a million summaries (1.6 KiB each on the heap). Reads are
 * synchronous positioned reads of one line: the pages and listings that ask for a summary are
 * written one at a time anyway.
 */
export class SummaryStore {
  private readonly fd: number;
  private offsets = new Float64Array(INITIAL_CAPACITY + 1);
  private instants = new Float64Array(INITIAL_CAPACITY);
  private stories = new Int32Array(INITIAL_CAPACITY);
  private storyCopies = new Int32Array(INITIAL_CAPACITY);
  private count = 0;
  /** Lines not yet appended to the file, and the sequence of the first of them. */
  private pending: string[] = [];
  private pendingBytes = 0;
  private flushedCount = 0;

  /** Creates (or empties) `file`; `dispose` removes it. */
  constructor(private readonly file: string) {
    this.fd = openSync(file, "w+");
  }

  get length(): number {
    return this.count;
  }

  /** Adds the summary of the next sequence (`summary.sequence` must be `length`). */
  add(summary: ArticleSummary): void {
    if (summary.sequence !== this.count) {
      throw new RangeError(`summary ${summary.sequence} added as ${this.count}`);
    }
    if (this.count === this.instants.length) this.grow();
    const { story: _story, storyCopies: _copies, ...stored } = summary;
    const line = `${JSON.stringify(stored satisfies StoredSummary)}\n`;
    const bytes = Buffer.byteLength(line);
    this.offsets[this.count + 1] = this.offsets[this.count]! + bytes;
    this.instants[this.count] = summary.instant ?? Number.NaN;
    this.stories[this.count] = summary.story;
    this.storyCopies[this.count] = summary.storyCopies;
    this.count += 1;
    this.pending.push(line);
    this.pendingBytes += bytes;
    if (this.pendingBytes >= WRITE_BATCH_BYTES) this.flush();
  }

  /** The summary of `sequence`, read back from the file, with its story as last set. */
  get(sequence: number): ArticleSummary {
    if (!(sequence >= 0 && sequence < this.count)) throw new RangeError(`no summary ${sequence}`);
    if (sequence >= this.flushedCount) this.flush();
    const start = this.offsets[sequence]!;
    const buffer = Buffer.allocUnsafe(this.offsets[sequence + 1]! - start);
    let read = 0;
    while (read < buffer.length) {
      const got = readSync(this.fd, buffer, read, buffer.length - read, start + read);
      if (got === 0) throw new Error(`summary file ${this.file} ends early`);
      read += got;
    }
    const stored = JSON.parse(buffer.toString("utf8")) as StoredSummary;
    return { ...stored, story: this.stories[sequence]!, storyCopies: this.storyCopies[sequence]! };
  }

  /** The summaries of `sequences`, in their order. */
  *each(sequences: Iterable<number>): Generator<ArticleSummary> {
    for (const sequence of sequences) yield this.get(sequence);
  }

  /** Sets the story of `sequence`: the sequence of its canonical copy and how many copies it has. */
  setStory(sequence: number, story: number, copies: number): void {
    this.stories[sequence] = story;
    this.storyCopies[sequence] = copies;
  }

  /** Every sequence, newest first; undated articles last, in arrival order. */
  ranked(): Int32Array {
    const instants = this.instants;
    const order = Int32Array.from({ length: this.count }, (_, sequence) => sequence);
    return order.sort((a, b) => {
      const ia = instants[a]!;
      const ib = instants[b]!;
      const aDated = !Number.isNaN(ia);
      if (aDated !== !Number.isNaN(ib)) return aDated ? -1 : 1;
      if (aDated && ia !== ib) return ib - ia;
      return a - b;
    });
  }

  /** The first `limit` of `sequences` that are dated, read from the file (what a feed lists). */
  firstDated(sequences: Iterable<number>, limit: number): ArticleSummary[] {
    const found: ArticleSummary[] = [];
    if (limit <= 0) return found;
    for (const sequence of sequences) {
      if (!Number.isNaN(this.instants[sequence]!)) found.push(this.get(sequence));
      if (found.length >= limit) break;
    }
    return found;
  }

  /** Closes and removes the file (call it whatever happened). */
  dispose(): void {
    closeSync(this.fd);
    rmSync(this.file, { force: true });
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const batch = Buffer.from(this.pending.join(""));
    let written = 0;
    const at = this.offsets[this.flushedCount]!;
    while (written < batch.length) {
      written += writeSync(this.fd, batch, written, batch.length - written, at + written);
    }
    this.flushedCount = this.count;
    this.pending = [];
    this.pendingBytes = 0;
  }

  private grow(): void {
    const capacity = this.instants.length * 2;
    const offsets = new Float64Array(capacity + 1);
    offsets.set(this.offsets);
    this.offsets = offsets;
    this.instants = grown(this.instants, new Float64Array(capacity));
    this.stories = grown(this.stories, new Int32Array(capacity));
    this.storyCopies = grown(this.storyCopies, new Int32Array(capacity));
  }
}

function grown<T extends Float64Array | Int32Array>(from: T, into: T): T {
  into.set(from);
  return into;
}
