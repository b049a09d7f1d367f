/**
 * The candidate index of story assignment, in memory: for every anchor, the stored keys carrying it,
 * in time order, for the time ranges an ingest needs. A key can only meet items within the longest
 * time window of it, so answering for an item published at `t` needs the stored keys of
 * [t − window, t + window] and nothing else. Those are loaded from `story_keys` (each row keeps its
 * anchors) the first time they are needed, in spans of `SPAN_MS`, and kept up to date with what this
 * process writes; a generation counter in the database (`story_changes`) tells when another process
 * (or another store over the same database) wrote, and the window then starts again from the table.
 * The least recently used spans go once the window holds more than its budget of postings.
 *
 * It answers exactly what the `story_anchors` table's queries answered: how many stored keys within
 * reach carry each anchor, and how many usable anchors each of them shares.
 */

import { lowerBound } from "./lower-bound.js";
import { type SqlDatabase, sql } from "./sql.js";

/** Loaded and forgotten in spans of this many milliseconds (12 hours). */
const SPAN_MS = 12 * 3_600_000;
/** Spans asked for in one statement (two parameters each; D1 binds at most 100). */
const SPANS_PER_STATEMENT = 40;
/** Postings a window holds unless its database says otherwise (`SqlDatabase.storyWindowPostings`). */
export const DEFAULT_WINDOW_POSTINGS = 12_000_000;

/** A stored key as the window knows it. */
export interface WindowKey {
  id: string;
  at: number;
  /** Until when a later item can still be a copy of it. */
  reach: number;
  /** Content characters of its whole comparison text (`StoryKey.size`). */
  size: number;
  /** How many anchors it has. */
  anchors: number;
  /** False once replaced, deleted or forgotten; postings drop it lazily. */
  live: boolean;
  /** Usable anchors shared with the item being assigned, as the store counts them; zero between lookups. */
  shared: number;
  /** Its place in the order keys were added to the window: equal instants keep it in a posting. */
  order: number;
}

/**
 * The keys carrying one anchor, one list for each time window a key has (`reach − at`), each list in time order.
 * A key reaches an item published at `t` when it was published at `t − window` or later, so each list's scan
 * starts at the first key that reaches the item: in one list of every window, a scan started at the longest window
 * (36 hours) and read every flash published more than its own window (12 hours) before the item without counting it
 * (10^5 identical flashes a second apart: up to 86,400 read for each of a flash's anchors; 84,800 were stored in
 * 43.6 minutes).
 */
interface Posting {
  windows: number[];
  lists: WindowKey[][];
}

/** What a write of one key changes in the window. */
export interface WrittenKey {
  id: string;
  at: number | null;
  reach: number | null;
  size: number;
  anchors: Int32Array;
}

/** Two hex digits of every byte. */
const HEX_BYTES = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));

/** Anchors as stored in `story_keys.anchor_list`: 8 lowercase hex digits each. */
export function encodeAnchors(anchors: Int32Array): string {
  const parts: string[] = new Array(anchors.length);
  for (let i = 0; i < anchors.length; i++) {
    const a = anchors[i]!;
    parts[i] =
      HEX_BYTES[(a >>> 24) & 255]! +
      HEX_BYTES[(a >>> 16) & 255]! +
      HEX_BYTES[(a >>> 8) & 255]! +
      HEX_BYTES[a & 255]!;
  }
  return parts.join("");
}

export function decodeAnchors(list: string): Int32Array {
  const anchors = new Int32Array(list.length >>> 3);
  for (let i = 0; i < anchors.length; i++) anchors[i] = Number.parseInt(list.slice(i * 8, i * 8 + 8), 16) | 0;
  return anchors;
}

/** The statement every write of story keys carries, so that other processes see it. */
export const BUMP_GENERATION = sql("UPDATE story_changes SET generation = generation + 1 WHERE id = 1");

/** The database's generation: how many writes of story keys it has seen. */
export async function readGeneration(db: SqlDatabase): Promise<number | null> {
  const [row] = await db.all<{ generation: number }>(
    sql("SELECT generation FROM story_changes WHERE id = 1"),
  );
  return row?.generation ?? null;
}

/** A key's instant, as `lowerBound` reads a posting's list (lists are in time order). */
const instantOf = (key: WindowKey) => key.at;

const byTime = (a: WindowKey, b: WindowKey) => a.at - b.at;

/** True when `a` comes before `b` in a posting: by instant, equal instants in the order they were added. */
const before = (a: WindowKey, b: WindowKey) => a.at < b.at || (a.at === b.at && a.order < b.order);

export class AnchorWindow {
  /** The database generation the window reflects; null before the first load. */
  private generation: number | null = null;
  private readonly postings = new Map<number, Posting>();
  /**
   * Posting lists that took a key out of time order since they were last in order, with how many of
   * their entries (the first ones) still are. A batch's keys land all over the corpus's days, and
   * inserting each in place moved every later entry of a long posting (0.11 → 0.3 ms an Article
   * from 2,000 to 20,000 generated files): keys are appended, and each posting touched is merged
   * once when the adds are done (`sortPostings`), before any lookup.
   */
  private readonly unsorted = new Map<WindowKey[], number>();
  /** Loaded spans and their keys, least recently used first. */
  private readonly spans = new Map<number, WindowKey[]>();
  private readonly byId = new Map<string, WindowKey>();
  private livePostings = 0;
  private deadPostings = 0;
  /** Keys added so far: the next key's `order`. */
  private added = 0;
  /** Each list's next index while `reachable` merges a posting's lists (the caller's scratch, kept between calls). */
  private readonly cursors: number[] = [];

  /**
   * @param reachMs the longest time window: a key within reach of an item published at `t` was
   *   published in [t − reachMs, t + reachMs].
   * @param maxPostings postings held before the least recently used spans go.
   */
  constructor(
    private readonly reachMs: number,
    private readonly maxPostings: number,
  ) {}

  /** Starts again from the table when the database was written by someone else since. */
  sync(generation: number | null): void {
    if (generation === null || generation !== this.generation) this.reset(generation);
  }

  /** Makes sure the stored keys within reach of `at` are loaded (and keeps them while others go). */
  async cover(db: SqlDatabase, at: number): Promise<void> {
    const first = Math.floor((at - this.reachMs) / SPAN_MS);
    const last = Math.floor((at + this.reachMs) / SPAN_MS);
    const missing: number[] = [];
    for (let span = first; span <= last; span++) {
      const keys = this.spans.get(span);
      if (keys === undefined) missing.push(span);
      else {
        // Most recently used last.
        this.spans.delete(span);
        this.spans.set(span, keys);
      }
    }
    if (missing.length === 0) return;
    for (let start = 0; start < missing.length; start += SPANS_PER_STATEMENT) {
      const part = missing.slice(start, start + SPANS_PER_STATEMENT);
      const rows = await db.all<{
        article_id: string;
        at: number;
        reach: number;
        size: number;
        anchor_list: string;
      }>({
        sql: `SELECT article_id, at, reach, size, anchor_list FROM story_keys WHERE ${part.map(() => "(at >= ? AND at < ?)").join(" OR ")}`,
        params: part.flatMap((span) => [span * SPAN_MS, (span + 1) * SPAN_MS]),
      });
      for (const span of part) this.spans.set(span, []);
      for (const row of rows) {
        this.add({
          id: row.article_id,
          at: row.at,
          reach: row.reach,
          size: row.size,
          anchors: decodeAnchors(row.anchor_list),
        });
      }
    }
    this.sortPostings();
    this.evict(first, last);
  }

  /**
   * Writes into `into`, from index `from` on, the stored keys within reach of an item published at
   * `at` that carry `anchor`, in time order, stopping once more than `cap` are written (so common an
   * anchor proposes no candidates); returns how many it wrote. `into` is the caller's scratch,
   * written over for every anchor rather than emptied and grown again. Call `cover(db, at)` first.
   */
  reachable(anchor: number, at: number, cap: number, into: WindowKey[], from: number): number {
    const posting = this.postings.get(anchor);
    if (posting === undefined) return 0;
    const latest = at + this.reachMs;
    const { windows, lists } = posting;
    if (lists.length === 1) {
      const list = lists[0]!;
      let count = 0;
      for (let i = this.firstReaching(list, windows[0]!, at); i < list.length && count <= cap; i++) {
        const key = list[i]!;
        if (key.at > latest) break;
        if (key.live) into[from + count++] = key;
      }
      return count;
    }
    // Several windows: the lists merged in posting order, each from its first key that reaches the item.
    const cursors = this.cursors;
    cursors.length = lists.length;
    for (let l = 0; l < lists.length; l++) cursors[l] = this.firstReaching(lists[l]!, windows[l]!, at);
    let count = 0;
    while (count <= cap) {
      let next: WindowKey | undefined;
      let source = -1;
      for (let l = 0; l < lists.length; l++) {
        const key = lists[l]![cursors[l]!];
        if (key !== undefined && (next === undefined || before(key, next))) {
          next = key;
          source = l;
        }
      }
      if (next === undefined || next.at > latest) break;
      cursors[source]!++;
      if (next.live) into[from + count++] = next;
    }
    return count;
  }

  /**
   * The index of the first key of a list of one window that reaches an item published at `at`: published at
   * `at − window` or later, and within the longest window (`reachMs`) as every key the window answers with.
   */
  private firstReaching(list: readonly WindowKey[], window: number, at: number): number {
    return lowerBound(list, at - Math.min(window, this.reachMs), instantOf);
  }

  /**
   * The live key carrying `anchor` that comes last before the item published at `at` with article id `id` in time
   * order (by instant, equal instants by id): read from each list's last key at or before `at` back, past the dead keys
   * and the item's own, over one instant's keys at most once one is found.
   */
  newestBefore(anchor: number, at: number, id: string): WindowKey | undefined {
    const posting = this.postings.get(anchor);
    if (posting === undefined) return undefined;
    let newest: WindowKey | undefined;
    for (const list of posting.lists) {
      for (let i = lowerBound(list, at + 1, instantOf) - 1; i >= 0; i--) {
        const key = list[i]!;
        if (newest !== undefined && key.at < newest.at) break;
        if (!key.live || (key.at === at && key.id >= id)) continue;
        if (newest === undefined || key.at > newest.at || key.id > newest.id) newest = key;
      }
    }
    return newest;
  }

  /** The window's entry for the stored key of this article, while it holds one. */
  keyOf(id: string): WindowKey | undefined {
    return this.byId.get(id);
  }

  /**
   * Applies keys written by this process, once the write is committed: `generation` is the one read
   * before it (`sync`); the write moved the database one further. When another write came between,
   * the window starts again from the table instead.
   */
  committed(written: readonly WrittenKey[], generation: number | null): void {
    if (generation === null || generation !== this.generation) {
      this.reset(null);
      return;
    }
    for (const key of written) {
      this.forget(key.id);
      if (key.at !== null && key.reach !== null && this.spans.has(Math.floor(key.at / SPAN_MS))) {
        this.add({ id: key.id, at: key.at, reach: key.reach, size: key.size, anchors: key.anchors });
      }
    }
    this.sortPostings();
    this.generation = generation + 1;
  }

  private reset(generation: number | null): void {
    this.generation = generation;
    this.postings.clear();
    this.unsorted.clear();
    this.spans.clear();
    this.byId.clear();
    this.livePostings = 0;
    this.deadPostings = 0;
  }

  private add(written: { id: string; at: number; reach: number; size: number; anchors: Int32Array }): void {
    this.forget(written.id);
    const key: WindowKey = {
      id: written.id,
      at: written.at,
      reach: written.reach,
      size: written.size,
      anchors: written.anchors.length,
      live: true,
      shared: 0,
      order: this.added++,
    };
    this.byId.set(key.id, key);
    this.spans.get(Math.floor(key.at / SPAN_MS))!.push(key);
    const window = key.reach - key.at;
    for (const anchor of written.anchors) {
      const posting = this.postings.get(anchor);
      if (posting === undefined) {
        this.postings.set(anchor, { windows: [window], lists: [[key]] });
        continue;
      }
      const l = posting.windows.indexOf(window);
      if (l < 0) {
        posting.windows.push(window);
        posting.lists.push([key]);
        continue;
      }
      const list = posting.lists[l]!;
      if (list.at(-1)!.at > key.at && !this.unsorted.has(list)) this.unsorted.set(list, list.length);
      list.push(key);
    }
    this.livePostings += key.anchors;
  }

  /**
   * Puts the posting lists `add` left out of order back in time order: the appended keys, sorted, are
   * merged in from the end, so only the entries after the earliest of them move, once. Equal
   * instants keep the order they were added in.
   */
  private sortPostings(): void {
    for (const [list, inOrder] of this.unsorted) {
      const added = list.slice(inOrder).sort(byTime);
      let kept = inOrder - 1;
      let to = list.length - 1;
      for (let next = added.length - 1; next >= 0; to--) {
        if (kept >= 0 && list[kept]!.at > added[next]!.at) list[to] = list[kept--]!;
        else list[to] = added[next--]!;
      }
    }
    this.unsorted.clear();
  }

  private forget(id: string): void {
    const key = this.byId.get(id);
    if (key === undefined) return;
    key.live = false;
    this.byId.delete(id);
    this.livePostings -= key.anchors;
    this.deadPostings += key.anchors;
  }

  /** Forgets the least recently used spans other than [first, last] while over the budget. */
  private evict(first: number, last: number): void {
    for (const [span, keys] of this.spans) {
      if (this.livePostings <= this.maxPostings) break;
      if (span >= first && span <= last) continue;
      for (const key of keys) if (key.live && this.byId.get(key.id) === key) this.forget(key.id);
      this.spans.delete(span);
    }
    if (this.deadPostings > 1_000_000 && this.deadPostings > this.livePostings) this.compact();
  }

  /** Drops the keys no longer live from every posting, and the lists and postings left empty. */
  private compact(): void {
    for (const [anchor, posting] of this.postings) {
      const windows: number[] = [];
      const lists: WindowKey[][] = [];
      for (let l = 0; l < posting.lists.length; l++) {
        const live = posting.lists[l]!.filter((key) => key.live);
        if (live.length === 0) continue;
        windows.push(posting.windows[l]!);
        lists.push(live);
      }
      if (lists.length === 0) this.postings.delete(anchor);
      else this.postings.set(anchor, { windows, lists });
    }
    for (const [span, keys] of this.spans)
      this.spans.set(
        span,
        keys.filter((key) => key.live),
      );
    this.deadPostings = 0;
  }
}
