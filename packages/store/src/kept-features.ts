/**
 * Features of stored story keys, which the same candidates need again and again during an ingest,
 * kept within a fixed budget of bytes. An entry counts only for the very key text and settings it
 * was computed from, so any database may share it, and a key not kept is made again from its row:
 * the budget costs time, never a different story.
 *
 * What goes first is the key furthest in time from the item being assigned (`focus`): the keys its
 * time window can use, and the next items' of a batch (assigned in time order), are near it. Under
 * least-recently-used, a batch that sweeps more days than the budget holds forgets each day's keys
 * just before the next batch comes back to them. Measured by replaying the uses of stored keys of
 * an ingest of 20,000 generated files (743,410 uses of 7,673 keys; docs/benchmarks.md, session 25)
 * against budgets of key text: at 1.78 million characters (about 64 MB) 196,721 keys made again,
 * least-recently-used 221,398; at 2.5 million 101,763 against 123,153, at 3.5 million 34,008
 * against 45,687; with room for most keys in reach least-recently-used does a little better (4.5
 * million: 13,740 against 12,398; 5.5 million: 6,141 against 3,652), but neither makes 2% again.
 */
import type { Features, StorySettings } from "@caixun/core/stories";
import type { WindowKey } from "./anchor-window.js";
import { lowerBound } from "./lower-bound.js";

/**
 * Bytes of kept features unless the database says otherwise (`SqlDatabase.storyFeatureBytes`):
 * 192 MiB, about 6,600 keys of the bench's 900 characters on average, room for the keys in reach on
 * the densest days of its generated files (6,348 keys in two days), whose ingest then makes few
 * keys again. 64 MiB made 197,000 again at 20,000 files and took 1.7–2.1 times the CPU, for a peak
 * RSS of 576–599 MB against 963–1,006 (docs/benchmarks.md, session 25).
 */
export const DEFAULT_FEATURE_BYTES = 192 * 2 ** 20;

/**
 * What a kept key takes besides its typed arrays and row text (which are counted as they are): a
 * part for every key (the objects, sets and maps of its figures, names and particulars, whatever
 * its length) and a part for each character of its text (the text, content characters, headline).
 * Fitted to the heap that holding keys' features takes: 4,000 flashes of ../shared/dumps (124
 * characters on average, 9,677 bytes a key) and 3,000 keys of the bench's generated files (895
 * characters, 30,335 bytes, 18,767 of them typed arrays) gave 5,700 bytes a key and 4.1 a
 * character, rounded up here; the development files' keys count 1.12 times what they take, and
 * `test/kept-features.test.ts` fails if the count falls under what the heap holds.
 */
const BYTES_PER_KEY = 6_500;
const BYTES_PER_CHARACTER = 6;

/** The row a kept key was read from: the anchor window's entry for it and its story, when known. */
export interface KeptRow {
  source: WindowKey;
  story: string;
}

export interface KeptEntry {
  /** The key as stored (its row's text), which the features were made from. */
  json: string;
  settings: Readonly<StorySettings>;
  features: Features;
  /**
   * The anchor window's entry for this very row, and the row's story, when known. A window makes a
   * new entry for every key it loads or this process writes, and starts again when the database's
   * generation shows any other write of `story_keys` (a delete, another process): while the window
   * still answers with this entry, the row is unchanged and need not be read at all.
   */
  row: KeptRow | undefined;
}

interface Kept extends KeptEntry {
  id: string;
  bytes: number;
  /** The hour of the key's instant (`SPAN_MS`); -Infinity when undated, which goes first. */
  span: number;
}

/** Keys are ordered by the hour they fall in: which of one hour goes first matters little. */
const SPAN_MS = 3_600_000;

/** Bytes a key's features take when kept with its row text `json` (see `BYTES_PER_KEY`). */
export function keptBytes(features: Features, json: string): number {
  return (
    features.firstAt.byteLength +
    features.pairs.byteLength +
    features.lead.byteLength +
    features.headlinePairs.byteLength +
    features.headlineRare.byteLength +
    BYTES_PER_KEY +
    BYTES_PER_CHARACTER * features.key.text.length +
    2 * json.length
  );
}

export class FeatureCache {
  /** Bytes the entries may take. */
  budget = DEFAULT_FEATURE_BYTES;
  private readonly entries = new Map<string, Kept>();
  /** Entries by hour, and the hours held in ascending order: the two ends are the furthest. */
  private readonly bySpan = new Map<number, Set<Kept>>();
  private readonly spans: number[] = [];
  private bytes = 0;
  /** The instant of the item being assigned. */
  private now = 0;

  /** Keys' distance in time is measured from `at` from now on. */
  focus(at: number): void {
    this.now = at;
  }

  get(id: string): KeptEntry | undefined {
    return this.entries.get(id);
  }

  /** Keeps `entry` as the features of key `id`, then forgets the furthest keys over the budget. */
  keep(id: string, entry: KeptEntry): void {
    const known = this.entries.get(id);
    if (known !== undefined) this.forget(known);
    const at = entry.features.key.at;
    const kept: Kept = {
      ...entry,
      id,
      bytes: keptBytes(entry.features, entry.json),
      span: at === null ? Number.NEGATIVE_INFINITY : Math.floor(at / SPAN_MS),
    };
    this.entries.set(id, kept);
    this.bytes += kept.bytes;
    let hours = this.bySpan.get(kept.span);
    if (hours === undefined) {
      hours = new Set();
      this.bySpan.set(kept.span, hours);
      this.spans.splice(lowerBound(this.spans, kept.span, hourOf), 0, kept.span);
    }
    hours.add(kept);
    // The key just kept goes too when it is the furthest: its features are in use, not needed kept.
    while (this.bytes > this.budget) this.forget(this.furthest());
  }

  /** How many keys are kept and the bytes they take: what the budget bounds. */
  size(): { keys: number; bytes: number } {
    return { keys: this.entries.size, bytes: this.bytes };
  }

  /** The entry furthest in time from `now`: one of those at the further end of the hours held. */
  private furthest(): Kept {
    const hour = Math.floor(this.now / SPAN_MS);
    const first = this.spans[0]!;
    const last = this.spans[this.spans.length - 1]!;
    return this.bySpan
      .get(hour - first >= last - hour ? first : last)!
      .values()
      .next().value!;
  }

  private forget(entry: Kept): void {
    this.entries.delete(entry.id);
    this.bytes -= entry.bytes;
    const hours = this.bySpan.get(entry.span)!;
    hours.delete(entry);
    if (hours.size === 0) {
      this.bySpan.delete(entry.span);
      this.spans.splice(lowerBound(this.spans, entry.span, hourOf), 1);
    }
  }
}

/** An hour held, as `lowerBound` reads it: the number itself. */
const hourOf = (span: number) => span;
