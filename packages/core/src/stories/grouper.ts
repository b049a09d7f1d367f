import { AnchorIndex, type Indexed } from "./anchors.js";
import {
  assignStory,
  CANDIDATES,
  type Candidate,
  comparableCopies,
  enoughSharedAnchors,
  exactCopyJoins,
  NearCopyCarriers,
  nearCopyJoins,
  nearCopySize,
  storyAnchors,
} from "./assign.js";
import { type Features, featuresOf } from "./features.js";
import type { StoryKey } from "./key.js";
import type { StorySettings } from "./settings.js";
import { TemplateHistory } from "./templates.js";

/** One copy of a finished story: its key and what the caller gave with it. */
export interface GroupedCopy<T> {
  key: StoryKey;
  item: T;
}

/** A story still open to new copies (its first copy is within reach of the newest item). */
interface OpenStory<T> {
  founder: Features;
  /** The founder's place in the order of `add` (see `StoryGrouper.forgottenBelow`). */
  founderSeq: number;
  copies: GroupedCopy<T>[];
  /** The copies' features, in the order of `copies`. */
  features: Features[];
}

/** An item in the candidate index. */
interface LiveItem<T> extends Indexed {
  features: Features;
  /** Its place in the order of `add`. */
  seq: number;
  anchors: number;
  story: OpenStory<T>;
}

/** Sweeps of the index and of the finished stories: every this many items, or this much later. */
const SWEEP_EVERY = 4096;
const SWEEP_AFTER_MS = 3_600_000;

/**
 * Groups story keys into stories in one pass over keys given in time order (by `publishedAt`,
 * ties by id, undated keys last: see `compareStoryKeys`), with memory bounded by the time window,
 * not by the corpus: an item is compared only with the earlier items it shares enough anchors with
 * that are still within its time window (an inverted index that items leave once they are older
 * than the longest window before the newest item), and joins a story as `assignStory` decides, or
 * starts its own. A story is finished once its first copy is out of reach (no later item can join
 * it: `assignStory` asks every copy to agree with the first one, time included); finished stories
 * are handed to `emit` in the order of their first copy. Keys must be dated: an undated item can
 * only be an exact copy, which `groupKeys` finds by its text.
 *
 * The stories depend only on the keys, not on how a caller batched them or how many workers made
 * them, so a corpus read in any order, sorted or bucketed by time, gives the same stories.
 *
 * With `maxHeld`, the window also slides by count: only the `maxHeld` newest items can be joined,
 * older ones are forgotten as new ones come (a corpus of 200,000 flashes in one day would otherwise
 * hold them all). Two items with fewer than `maxHeld` items between them still meet exactly as
 * without the bound; a story whose first copy is forgotten while still within its time window is
 * finished early (`closedEarly` counts them), so a later copy of it starts a story of its own.
 * Items held (in stories not yet emitted) are at most twice `maxHeld` (`heldItems`).
 */
export class StoryGrouper<T> {
  private readonly index: AnchorIndex<LiveItem<T>>;
  private readonly templates: TemplateHistory;
  /** Stories in the order of their first copy, not yet emitted; `head` is the first not emitted. */
  private pending: OpenStory<T>[] = [];
  private head = 0;
  private readonly flashWindow: number;
  private readonly articleWindow: number;
  private newest = Number.NEGATIVE_INFINITY;
  private last: StoryKey | null = null;
  private sinceSweep = 0;
  private lastSweepAt = Number.NEGATIVE_INFINITY;
  private readonly maxHeld: number;
  private readonly sweepEvery: number;
  /** Items added so far; the next one's `seq`. */
  private added = 0;
  /** Items with a smaller `seq` are forgotten: they left the `maxHeld` newest. */
  private forgottenBelow = 0;
  /** The first story in `pending` whose founder is not yet known to be forgotten. */
  private forgetCursor = 0;
  private closedBySlide = 0;
  private held = 0;
  /**
   * Comparison text (the features' `key.text`, as a store finds it) → the newest item with that text: where an exact copy goes when its candidates
   * give it no story (`exactCopyStory`). Entries leave with their items (`sweep`).
   */
  private readonly byText = new Map<string, LiveItem<T>>();

  /** @param options.maxHeld the newest items that can be joined, at most (see the class). */
  constructor(
    private readonly settings: Readonly<StorySettings>,
    private readonly emit: (copies: GroupedCopy<T>[]) => void,
    options: { maxHeld?: number } = {},
  ) {
    this.maxHeld = Math.max(1, options.maxHeld ?? Number.POSITIVE_INFINITY);
    this.sweepEvery = Math.min(SWEEP_EVERY, this.maxHeld);
    this.flashWindow = settings.flashWindowHours * 3_600_000;
    this.articleWindow = Math.max(settings.flashWindowHours, settings.articleWindowHours) * 3_600_000;
    this.index = new AnchorIndex(
      (live) => live.seq >= this.forgottenBelow && this.reaches(live.features.key),
      CANDIDATES.maxPosting,
    );
    this.templates = new TemplateHistory(settings.templateDays, settings.templateHorizonDays);
  }

  /**
   * Adds the next key in time order. Throws a RangeError for an undated key or one earlier than the
   * key before.
   */
  add(key: StoryKey, item: T): void {
    if (key.at === null) throw new RangeError(`StoryGrouper: ${key.id} has no date`);
    if (this.last !== null && compareStoryKeys(this.last, key) > 0) {
      throw new RangeError(`StoryGrouper: ${key.id} comes before ${this.last.id} in time order`);
    }
    this.last = key;
    const mine = featuresOf(key, this.settings);
    const copy = { key, item };
    this.newest = key.at;
    const template = key.day !== null && this.templates.see(key.skeleton, key.day);
    const anchors = storyAnchors(mine, this.settings);
    const candidates: Candidate<OpenStory<T>>[] = [];
    const common: number[] = [];
    this.index.candidates(
      anchors,
      (other, shared) => {
        // A story whose first copy is out of reach takes no more copies (it may have been emitted).
        if (!this.isOpen(other.story)) return;
        if (enoughSharedAnchors(shared, anchors.length, other.anchors)) {
          candidates.push({ features: other.features, story: other.story });
        }
      },
      common,
    );
    let story = assignStory(
      mine,
      candidates,
      (open) => ({
        founder: open.founder,
        copies: () => open.features,
        comparable: comparableCopies(
          open.copies.map((c) => c.key),
          key,
          this.settings,
        ),
      }),
      template,
      this.settings,
    );
    if (story === null) story = this.exactCopyStory(mine, anchors.length, template);
    if (story === null) story = this.nearCopyStory(mine, anchors, template, common);
    const seq = this.added++;
    if (story === null) {
      story = { founder: mine, founderSeq: seq, copies: [], features: [] };
      this.pending.push(story);
    }
    story.copies.push(copy);
    story.features.push(mine);
    this.held++;
    const live: LiveItem<T> = { features: mine, anchors: anchors.length, seq, story, shared: 0 };
    this.index.add(live, anchors);
    if (mine.key.text !== "") this.byText.set(mine.key.text, live);
    if (this.added - this.forgottenBelow > this.maxHeld) this.forgetOldest();
    if (++this.sinceSweep === this.sweepEvery || key.at - this.lastSweepAt >= SWEEP_AFTER_MS) this.sweep();
  }

  /**
   * The open story of the newest item with the same comparison text, when `exactCopyJoins` says the item joins it
   * (asked when the candidates give no story).
   */
  private exactCopyStory(mine: Features, anchors: number, template: boolean): OpenStory<T> | null {
    const prior = mine.key.text === "" ? undefined : this.byText.get(mine.key.text);
    if (prior === undefined || prior.seq < this.forgottenBelow || !this.isOpen(prior.story)) return null;
    const story = prior.story;
    return exactCopyJoins(mine, anchors, prior.features, story.founder, template, this.settings)
      ? story
      : null;
  }

  /**
   * The open story of the newest item carrying one of the item's anchors, in the order `NearCopyCarriers` gives, when
   * `nearCopyJoins` says the item joins it (asked when an exact copy gives no story either).
   */
  private nearCopyStory(
    mine: Features,
    anchors: Int32Array,
    template: boolean,
    common: readonly number[],
  ): OpenStory<T> | null {
    const carriers = new NearCopyCarriers(common, anchors, this.settings);
    for (const anchor of carriers.order()) {
      const prior = this.index.newest(anchor);
      if (prior === undefined || carriers.passedOver(prior.story.founder.key.id)) continue;
      if (!carriers.ask(prior.features.key.id)) continue;
      const story = prior.story;
      if (!this.isOpen(story) || !nearCopySize(mine.key, prior.features.key.size, this.settings)) continue;
      if (nearCopyJoins(mine, anchors.length, prior.features, story.founder, template, this.settings))
        return story;
      carriers.refused(story.founder);
    }
    return null;
  }

  /**
   * Stories finished early because their first copy left the `maxHeld` newest items while still
   * within its time window: a later copy of one is told as a story of its own. Zero without `maxHeld`.
   */
  get closedEarly(): number {
    return this.closedBySlide;
  }

  /** Items given to `add` whose story is not yet emitted: at most twice `maxHeld`. */
  get heldItems(): number {
    return this.held;
  }

  /** Forgets the item past the `maxHeld` newest, counting the stories it founded that were still open. */
  private forgetOldest(): void {
    this.forgottenBelow = this.added - this.maxHeld;
    if (this.forgetCursor < this.head) this.forgetCursor = this.head;
    while (this.forgetCursor < this.pending.length) {
      const story = this.pending[this.forgetCursor]!;
      if (story.founderSeq >= this.forgottenBelow) break;
      if (this.reaches(story.founder.key)) this.closedBySlide++;
      this.forgetCursor++;
    }
  }

  /** Hands every story not yet emitted to `emit`: call once, after the last key. */
  finish(): void {
    this.newest = Number.POSITIVE_INFINITY;
    this.sweep();
  }

  /** True while a story can take copies: its first copy is neither forgotten nor out of reach. */
  private isOpen(story: OpenStory<T>): boolean {
    return story.founderSeq >= this.forgottenBelow && this.reaches(story.founder.key);
  }

  /** True while an item can still meet the newest one: a flash within the flash window, an article within the article window. */
  private reaches(key: StoryKey): boolean {
    const window = key.size >= this.settings.flashMaxCharacters ? this.articleWindow : this.flashWindow;
    return (key.at ?? Number.POSITIVE_INFINITY) >= this.newest - window;
  }

  /** Forgets the items out of reach and emits the finished stories at the front, in order. */
  private sweep(): void {
    this.sinceSweep = 0;
    this.lastSweepAt = this.newest;
    this.index.sweep();
    for (const [text, live] of this.byText)
      if (live.seq < this.forgottenBelow || !this.reaches(live.features.key)) this.byText.delete(text);
    while (this.head < this.pending.length && !this.isOpen(this.pending[this.head]!)) {
      const copies = this.pending[this.head]!.copies;
      this.held -= copies.length;
      this.emit(copies);
      this.pending[this.head++] = undefined as unknown as OpenStory<T>;
    }
    if (this.head > 1024 && this.head * 2 > this.pending.length) {
      this.pending = this.pending.slice(this.head);
      this.forgetCursor = Math.max(0, this.forgetCursor - this.head);
      this.head = 0;
    }
  }
}

/** Time order: dated keys by instant, then undated ones; ties by id. */
export function compareStoryKeys(a: StoryKey, b: StoryKey): number {
  if (a.at !== null && b.at !== null && a.at !== b.at) return a.at - b.at;
  if (a.at === null && b.at !== null) return 1;
  if (b.at === null && a.at !== null) return -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
