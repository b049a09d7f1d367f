import { hash64 } from "../assemble/hash.js";
import { contentCharacters } from "./comparable.js";
import { compareStoryKeys, StoryGrouper } from "./grouper.js";
import type { StoryKey } from "./key.js";
import type { StorySettings } from "./settings.js";

/**
 * The hash an undated item is matched by: an undated item can only be an exact copy, so it joins
 * the first item (in time order) whose comparison text has the same content characters. Null for
 * an empty text, which is a story of its own.
 */
export function exactTextHash(key: StoryKey): string | null {
  const chars = contentCharacters(key.text);
  return chars === "" ? null : hash64(chars);
}

/** An undated item as `CorpusGrouper` needs it: its exact-text hash and what the caller gives with it. */
export interface UndatedItem<T> {
  hash: string | null;
  item: T;
}

/** A dated copy in a story, with the undated items it claimed (their index in the undated list). */
interface Claiming<T> {
  item: T;
  claimed: number[] | null;
}

/**
 * Groups a whole corpus in one pass over its dated keys in time order (`compareStoryKeys`), with
 * its undated items known up front by their exact-text hash (a caller that spills a large corpus
 * to disk reads them first). Memory is what `StoryGrouper` holds (one time window) plus the undated
 * items. An undated item joins the story of the first dated item with the same text, or, with the
 * undated items of the same text, a story of its own.
 *
 * Stories are handed to `emit` as lists of items: the dated copies in time order, then the undated
 * ones in the order given; the stories with a dated copy in the order of their first copy, then the
 * undated-only stories in the order of their first item. `groupKeys` is this over keys in memory.
 */
export class CorpusGrouper<T> {
  private readonly grouper: StoryGrouper<Claiming<T>>;
  /** Exact-text hash → indices into `undated` of the items not yet claimed, in order. */
  private readonly unclaimed = new Map<string, number[]>();

  /**
   * @param undated the undated items, in time order (`compareStoryKeys`: by id).
   * @param options.maxHeld the newest dated items that can be joined, at most (`StoryGrouper`).
   */
  constructor(
    settings: Readonly<StorySettings>,
    private readonly undated: readonly UndatedItem<T>[],
    private readonly emit: (items: T[]) => void,
    options: { maxHeld?: number } = {},
  ) {
    undated.forEach(({ hash }, i) => {
      if (hash === null) return;
      const same = this.unclaimed.get(hash);
      if (same === undefined) this.unclaimed.set(hash, [i]);
      else same.push(i);
    });
    this.grouper = new StoryGrouper<Claiming<T>>(
      settings,
      (copies) => {
        const items = copies.map((copy) => copy.item.item);
        const claimed = copies.flatMap((copy) => copy.item.claimed ?? []).sort((a, b) => a - b);
        for (const i of claimed) items.push(this.undated[i]!.item);
        this.emit(items);
      },
      options,
    );
  }

  /** Stories finished early by `maxHeld` (`StoryGrouper.closedEarly`). */
  get closedEarly(): number {
    return this.grouper.closedEarly;
  }

  /** Dated items whose story is not yet emitted (`StoryGrouper.heldItems`). */
  get heldItems(): number {
    return this.grouper.heldItems;
  }

  /** Adds the next dated key in time order (see `StoryGrouper.add`). */
  add(key: StoryKey, item: T): void {
    let claimed: number[] | null = null;
    if (this.unclaimed.size > 0) {
      const hash = exactTextHash(key);
      if (hash !== null) {
        claimed = this.unclaimed.get(hash) ?? null;
        if (claimed !== null) this.unclaimed.delete(hash);
      }
    }
    this.grouper.add(key, { item, claimed });
  }

  /** Emits every story left: call once, after the last dated key. */
  finish(): void {
    this.grouper.finish();
    const told = new Set<string>();
    this.undated.forEach(({ hash, item }, i) => {
      if (hash === null) {
        this.emit([item]);
        return;
      }
      const same = this.unclaimed.get(hash);
      if (same === undefined || same[0] !== i || told.has(hash)) return;
      told.add(hash);
      this.emit(same.map((j) => this.undated[j]!.item));
    });
  }
}

/**
 * Groups story keys held in memory into stories: sorts them in time order (undated ones last, ties
 * by id), so the result is the same whatever order the keys came in, and groups them with
 * `CorpusGrouper` (which a corpus too large to hold is given in time order instead).
 *
 * Returns the stories as lists of indices into `keys`, each list in time order, the lists in the
 * order of their first item.
 */
export function groupKeys(keys: readonly StoryKey[], settings: Readonly<StorySettings>): number[][] {
  const order = keys.map((_, i) => i).sort((a, b) => compareStoryKeys(keys[a]!, keys[b]!));
  const firstUndated = order.findIndex((i) => keys[i]!.at === null);
  const dated = firstUndated === -1 ? order : order.slice(0, firstUndated);
  const undated = firstUndated === -1 ? [] : order.slice(firstUndated);
  const stories: number[][] = [];
  const grouper = new CorpusGrouper<number>(
    settings,
    undated.map((i) => ({ hash: exactTextHash(keys[i]!), item: i })),
    (items) => stories.push(items),
  );
  for (const i of dated) grouper.add(keys[i]!, i);
  grouper.finish();
  return stories;
}
