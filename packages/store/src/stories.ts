/**
 * Stories in the store: every stored article belongs to a story, assigned when it is written, the
 * way grouping a corpus would (`@caixun/core/stories`): its story key and anchors are kept beside
 * it, a new article is compared with the stored articles that share its anchors within the time
 * window (found in memory: `AnchorWindow`), and joins the story `assignStory` picks, or starts one.
 * Nothing is regrouped: ingesting in time order builds the stories grouping the same articles would.
 */
import type { Article } from "@caixun/core";
import { hash64 } from "@caixun/core/stages";
import type { Story, StoryCopy } from "@caixun/core/stories";
import {
  assignStory,
  betterCanonical,
  CANDIDATES,
  type Candidate,
  type CanonicalCandidate,
  chooseCanonical,
  comparableCopies,
  compareFeatures,
  DEFAULT_STORY_SETTINGS,
  enoughSharedAnchors,
  exactCopyJoins,
  type Features,
  featuresOf,
  horizonStart,
  NearCopyCarriers,
  nearCopyJoins,
  nearCopySize,
  type StoryInReach,
  type StoryKey,
  type StorySettings,
  storyAnchors,
  storyIdOf,
  storyKey,
} from "@caixun/core/stories";
import {
  AnchorWindow,
  BUMP_GENERATION,
  DEFAULT_WINDOW_POSTINGS,
  encodeAnchors,
  readGeneration,
  type WindowKey,
} from "./anchor-window.js";
import { DEFAULT_FEATURE_BYTES, FeatureCache, type KeptRow } from "./kept-features.js";
import { type SqlDatabase, type SqlStatement, type SqlValue, sql } from "./sql.js";
import { DEFAULT_MAX_PARAMETERS, multiRowStatements, type StoredArticle, sortKey } from "./writes.js";

/** D1 binds at most 100 parameters per statement. */
const MAX_PARAMETERS = 90;

/** The longest time window of any item: what a key can reach, before or after it. */
function longestWindowMs(settings: Readonly<StorySettings>): number {
  return Math.max(settings.flashWindowHours, settings.articleWindowHours) * 3_600_000;
}

/** Each database's anchor window, for as long as the driver object lives (a run of `caixun ingest`). */
const windows = new WeakMap<SqlDatabase, Map<number, AnchorWindow>>();

function windowOf(db: SqlDatabase, settings: Readonly<StorySettings>): AnchorWindow {
  const reach = longestWindowMs(settings);
  let byReach = windows.get(db);
  if (byReach === undefined) {
    byReach = new Map();
    windows.set(db, byReach);
  }
  let window = byReach.get(reach);
  if (window === undefined) {
    window = new AnchorWindow(reach, db.storyWindowPostings ?? DEFAULT_WINDOW_POSTINGS);
    byReach.set(reach, window);
  }
  return window;
}

/** An article about to be written, with the story it was assigned to. */
export interface AssignedArticle {
  article: Article;
  storyId: string;
}

interface Item {
  article: Article;
  key: StoryKey;
  /** The key as stored. */
  keyJson: string;
  features: Features;
  anchors: Int32Array;
  relayed: boolean;
  storyId: string;
}

/** A stored copy of a candidate story: what `comparableCopies` reads, and the key its features are made from. */
interface CopyRow {
  article_id: string;
  at: number;
  size: number;
  key: string;
}

interface StoredKeyRow {
  article_id: string;
  story_id: string;
  key: string;
}

/** The instant until which an item can still meet a later copy (its own time window). */
function reachUntil(key: StoryKey, settings: Readonly<StorySettings>): number | null {
  if (key.at === null) return null;
  const hours =
    key.size >= settings.flashMaxCharacters ? settings.articleWindowHours : settings.flashWindowHours;
  return key.at + Math.max(hours, settings.flashWindowHours) * 3_600_000;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

const placeholders = (n: number) => Array(n).fill("?").join(", ");

/**
 * The items of one call already assigned, indexed by what an item looks its candidates up by
 * (anchor, text, story, skeleton), so that no item scans every earlier one: scanning them for every
 * anchor was most of an ingest's time, and scanning them once per item made a call quadratic in its
 * articles (4,000 undated took 1.8 s, 4,000 dated within an hour 6.7 s).
 */
class AssignedItems {
  readonly items: Item[] = [];
  /**
   * Each item, as its place in `items`, once per occurrence of the anchor in its list, in the order
   * items were added: candidates are handed over in that order.
   */
  private readonly byAnchor = new Map<number, number[]>();
  /** Items by their text (`features.chars`), what an undated item can be a copy of. */
  private readonly byChars = new Map<string, Item[]>();
  private readonly byStory = new Map<string, Item[]>();
  /** Dated items with a day, by their skeleton: the days a template was seen on. */
  private readonly bySkeleton = new Map<string, Item[]>();

  add(item: Item): void {
    const place = this.items.length;
    this.items.push(item);
    for (const anchor of item.anchors) listIn(this.byAnchor, anchor).push(place);
    listIn(this.byChars, item.features.chars).push(item);
    listIn(this.byStory, item.storyId).push(item);
    if (item.key.day !== null) listIn(this.bySkeleton, item.key.skeleton).push(item);
  }

  /**
   * How many items, other than those with article id `id`, carry `anchor`, counted only up to one
   * past `atMost` (enough to tell an anchor too common; the rest of a long list is not read).
   */
  carrying(anchor: number, id: string, atMost: number): number {
    let n = 0;
    let last = -1;
    for (const place of this.byAnchor.get(anchor) ?? []) {
      if (place !== last && this.items[place]!.article.id !== id && ++n > atMost) break;
      last = place;
    }
    return n;
  }

  /**
   * The newest dated item other than those of `id` whose comparison text is `text` (`chars` its content characters),
   * read from the newest back over the items that share `chars` (one text or a few spellings of it).
   */
  newestWithText(chars: string, text: string, id: string): Item | undefined {
    const list = this.byChars.get(chars) ?? [];
    for (let i = list.length - 1; i >= 0; i--) {
      const other = list[i]!;
      if (other.article.id !== id && other.key.at !== null && other.features.key.text === text) return other;
    }
    return undefined;
  }

  /**
   * The newest dated item carrying `anchor` that comes before the item of `at` and `id` in time order (`compareItems`):
   * what core's `StoryGrouper` holds last in the anchor's posting when it reaches that item.
   */
  newestCarrying(anchor: number, at: number, id: string): Item | undefined {
    let newest: Item | undefined;
    for (const place of this.byAnchor.get(anchor) ?? []) {
      const other = this.items[place]!;
      const when = { at: other.key.at, id: other.article.id };
      if (when.at === null || compareItems(when, { at, id }) >= 0) continue;
      if (newest === undefined || compareItems(when, { at: newest.key.at, id: newest.article.id }) > 0)
        newest = other;
    }
    return newest;
  }

  /** The first item other than those of `id` with the text `chars`. */
  withText(chars: string, id: string): Item | undefined {
    return this.byChars.get(chars)?.find((other) => other.article.id !== id);
  }

  /**
   * The dated items other than those of `id` that share enough of `usable` with an item of `anchors`
   * anchors (each counted once per occurrence in the item's list), in the order they were added.
   * Only items that share some are looked at, as grouping a corpus (`StoryGrouper`) and the stored
   * keys (`usableAnchors`) do: every earlier item was looked at, and an item without anchors (a text
   * of figures) was the candidate of every other, so one call grouped such items unlike grouping or
   * one at a time. Counted by place in an array, not in a map of items.
   */
  candidates(usable: ReadonlySet<number>, anchors: number, id: string): Item[] {
    const common = new Int32Array(this.items.length);
    const met: number[] = [];
    for (const anchor of usable) {
      for (const place of this.byAnchor.get(anchor) ?? []) {
        if (common[place]!++ === 0) met.push(place);
      }
    }
    const found: Item[] = [];
    for (const place of met.sort((a, b) => a - b)) {
      const other = this.items[place]!;
      if (
        other.article.id !== id &&
        other.key.at !== null &&
        enoughSharedAnchors(common[place]!, anchors, other.anchors.length)
      )
        found.push(other);
    }
    return found;
  }

  /** The items of a story, other than those of `id`, in the order they were added. */
  ofStory(storyId: string, id: string): Item[] {
    return (this.byStory.get(storyId) ?? []).filter((other) => other.article.id !== id);
  }

  /** The days from `from` to `to` on which items other than those of `id` had `skeleton`. */
  daysOf(skeleton: string, from: string, to: string, id: string, days: Set<string>): void {
    for (const other of this.bySkeleton.get(skeleton) ?? []) {
      const day = other.key.day!;
      if (other.article.id !== id && day >= from && day <= to) days.add(day);
    }
  }
}

/** The list `map` holds under `key`, made when it has none. */
function listIn<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (list === undefined) {
    list = [];
    map.set(key, list);
  }
  return list;
}

/** Stored keys' features, shared by every database (see `FeatureCache`). */
const storedFeatures = new FeatureCache();

/**
 * How many stored keys' features are kept, and the bytes they take: what the budget
 * (`SqlDatabase.storyFeatureBytes`) bounds, for its tests and measurements.
 */
export function keptFeatures(): { keys: number; bytes: number } {
  return storedFeatures.size();
}

/** The story and kept features of the stored key the window knows as `source`, without reading its row. */
function keptRowOf(
  source: WindowKey,
  settings: Readonly<StorySettings>,
): { story: string; features: Features } | undefined {
  const known = storedFeatures.get(source.id);
  if (known === undefined || known.row?.source !== source || known.settings !== settings) return undefined;
  return { story: known.row.story, features: known.features };
}

/** Features of a stored key read from its row (`row`: the window's entry and story, when read whole). */
function featuresOfStored(
  articleId: string,
  json: string,
  settings: Readonly<StorySettings>,
  row?: KeptRow,
): Features {
  const known = storedFeatures.get(articleId);
  if (known !== undefined && known.json === json && known.settings === settings) {
    if (row !== undefined) known.row = row;
    return known.features;
  }
  const features = featuresOf(JSON.parse(json) as StoryKey, settings);
  storedFeatures.keep(articleId, { json, settings, features, row });
  return features;
}

export interface AssignOptions {
  settings?: Readonly<StorySettings>;
  /**
   * Other databases that may hold copies within reach of these articles: a sharded store's
   * neighbouring months, so a story near a month's end takes copies from both shards.
   */
  neighbours?: readonly SqlDatabase[];
  /**
   * The story keys of (some of) these articles as stored, by article id, made ahead with the
   * default settings (`PreparedArticle.storyKey`); the others are made here.
   */
  preparedKeys?: ReadonlyMap<string, string>;
}

/** The prepared story keys of articles about to be stored, by id (`AssignOptions.preparedKeys`). */
export function preparedKeysOf(stored: readonly StoredArticle[]): Map<string, string> {
  const keys = new Map<string, string>();
  for (const { article, prepared } of stored) if (prepared) keys.set(article.id, prepared.storyKey);
  return keys;
}

/** The articles as they are written: each with the story `assignStories` gave it. */
export function withAssignedStories(
  stored: readonly StoredArticle[],
  assigned: readonly AssignedArticle[],
): StoredArticle[] {
  const storyOf = new Map(assigned.map(({ article, storyId }) => [article.id, storyId]));
  return stored.map((item) => ({
    ...item,
    article: { ...item.article, storyId: storyOf.get(item.article.id)! },
  }));
}

/** What `assignStories` decided and how to store it. */
export interface Assignment {
  assigned: AssignedArticle[];
  /** Statements for the articles' own database, to run in the same transaction as the articles. */
  statements: SqlStatement[];
  /** Story rows kept in a neighbour (a story founded there), to write after `statements`. */
  elsewhere: [SqlDatabase, SqlStatement[]][];
  /** Call once `statements` are committed: it brings the database's anchor window up to date. */
  committed: () => void;
}

/** The databases one assignment reads: the articles' own first, then its neighbours. */
interface Scope {
  dbs: SqlDatabase[];
  windows: AnchorWindow[];
}

/**
 * Assigns each article a story and returns the statements that store the assignment (keys, the
 * story rows). Articles are taken in time order, so the later ones of a call can join the stories
 * of the earlier ones. An article stored before keeps its story.
 */
export async function assignStories(
  db: SqlDatabase,
  articles: readonly Article[],
  options: AssignOptions = {},
): Promise<Assignment> {
  const settings = options.settings ?? DEFAULT_STORY_SETTINGS;
  storedFeatures.budget = db.storyFeatureBytes ?? DEFAULT_FEATURE_BYTES;
  // Arrays this function and the story choice read are made empty and pushed to, never by `map`,
  // `slice` or a spread: those give arrays of other maps (elements kinds), and each one met late
  // deoptimized the functions compiled for the first (`wrong map`, docs/benchmarks.md, session 31).
  const keyed: Omit<Item, "storyId">[] = [];
  for (let i = 0; i < articles.length; i++) {
    const article = articles[i]!;
    const prepared = settings === DEFAULT_STORY_SETTINGS ? options.preparedKeys?.get(article.id) : undefined;
    const key = prepared === undefined ? storyKey(article, settings) : (JSON.parse(prepared) as StoryKey);
    const features = featuresOf(key, settings);
    keyed.push({
      article,
      key,
      keyJson: prepared ?? JSON.stringify(key),
      features,
      anchors: storyAnchors(features, settings),
      relayed: article.via.length > 0,
    });
  }
  keyed.sort(compareKeyed);

  const scope: Scope = { dbs: [], windows: [] };
  scope.dbs.push(db);
  for (const neighbour of options.neighbours ?? []) scope.dbs.push(neighbour);
  const dbs = scope.dbs;
  const generations: (number | null)[] = [];
  // Index loops, not `entries()` destructuring: its iterator results deoptimized this function.
  for (let i = 0; i < dbs.length; i++) {
    const window = windowOf(dbs[i]!, settings);
    const generation = await readGeneration(dbs[i]!);
    window.sync(generation);
    scope.windows.push(window);
    generations.push(generation);
  }

  // The items stored before (in any database of the scope), as their stories' rows count them: one
  // stored in this database keeps its story.
  const known = new Map<string, string>();
  const stored = new Map<string, StoredCopy | null>();
  for (let d = 0; d < dbs.length; d++) {
    for (let start = 0; start < keyed.length; start += MAX_PARAMETERS) {
      const ids: SqlValue[] = [];
      for (let i = start; i < keyed.length && i < start + MAX_PARAMETERS; i++) ids.push(keyed[i]!.article.id);
      const rows = await dbs[d]!.all<StoredCopyRow>({
        sql: `SELECT k.article_id, k.story_id, k.size, k.at, k.relayed, a.title, a.published_at
              FROM story_keys AS k LEFT JOIN articles AS a ON a.id = k.article_id
              WHERE k.article_id IN (${placeholders(ids.length)})`,
        params: ids,
      });
      for (const row of rows) {
        if (d === 0) known.set(row.article_id, row.story_id);
        // Stored in two databases: its stories' rows are made again (null), not counted from one.
        stored.set(row.article_id, stored.has(row.article_id) ? null : storedCopyOf(row));
      }
    }
  }

  const assigned = new AssignedItems();
  for (const next of keyed) {
    const previous = known.get(next.article.id);
    const storyId =
      previous ?? (await chooseStoryFor(scope, next, assigned, settings)) ?? storyIdOf(next.article);
    // Spelled out, not spread: one shape for every item (a spread's copies met several maps).
    assigned.add({
      article: next.article,
      key: next.key,
      keyJson: next.keyJson,
      features: next.features,
      anchors: next.anchors,
      relayed: next.relayed,
      storyId,
    });
  }
  const done = assigned.items;

  const statements = keyStatements(done, settings, db);
  if (done.length > 0) statements.push(BUMP_GENERATION);
  const storyIds = [...new Set(done.map((item) => item.storyId))];
  const byHome = new Map<SqlDatabase, StoryRow[]>();
  for (const [home, row] of await storyRowsAfter(dbs, storyIds, done, stored, settings))
    listIn(byHome, home).push(row);
  statements.push(...storyRowStatements(byHome.get(db) ?? [], db));
  const elsewhere = new Map<SqlDatabase, SqlStatement[]>();
  for (const [home, homeRows] of byHome)
    if (home !== db) elsewhere.set(home, storyRowStatements(homeRows, home));
  return {
    assigned: done.map((item) => ({ article: item.article, storyId: item.storyId })),
    statements,
    elsewhere: [...elsewhere],
    committed: () => {
      if (done.length === 0) return;
      scope.windows[0]!.committed(
        done.map((item) => ({
          id: item.article.id,
          at: item.key.at,
          reach: reachUntil(item.key, settings),
          size: item.key.size,
          anchors: item.anchors,
        })),
        generations[0]!,
      );
      for (const item of done) {
        const source = scope.windows[0]!.keyOf(item.article.id);
        const row = source === undefined ? undefined : { source, story: item.storyId };
        storedFeatures.keep(item.article.id, { json: item.keyJson, settings, features: item.features, row });
      }
    },
  };
}

/** The story an item joins, from the stored articles and the earlier items of this call; null for a new one. */
async function chooseStoryFor(
  { dbs, windows }: Scope,
  item: Omit<Item, "storyId">,
  earlier: AssignedItems,
  settings: Readonly<StorySettings>,
): Promise<string | null> {
  const { key, features, anchors } = item;
  const id = item.article.id;
  if (key.at === null) {
    // An undated item is a copy only of an item with the same text.
    if (features.chars === "") return null;
    const local = earlier.withText(features.chars, id);
    if (local !== undefined) return local.storyId;
    const chars = hash64(features.chars);
    // Undated articles are all in one database (a sharded store's oldest).
    const [row] = await dbs[0]!.all<{ story_id: string }>(
      sql("SELECT story_id FROM story_keys WHERE chars = ? ORDER BY at LIMIT 1", chars),
    );
    return row?.story_id ?? null;
  }

  storedFeatures.focus(key.at);
  const latest = key.at + longestWindowMs(settings);
  for (let i = 0; i < windows.length; i++) await windows[i]!.cover(dbs[i]!, key.at);
  const { usable, common, sharing } = usableAnchors(windows, earlier, anchors, key.at, item.article.id);
  const past = async () =>
    (await exactCopyStoryFor(dbs, item, earlier, settings)) ??
    (await nearCopyStoryFor({ dbs, windows }, item, earlier, common, settings));
  const usableSet = new Set(usable);
  const candidates: Candidate<string>[] = [];
  // Only the stored items that share enough anchors, and are close enough in time to be copies,
  // are read whole, and only those whose rows are not kept already.
  const stored: { id: string; story: string; features: Features }[] = [];
  for (let i = 0; i < dbs.length; i++) {
    const unknown = new Map<string, WindowKey>();
    for (const other of sharing[i]!) {
      if (withinPairWindow(key, other, settings)) {
        const kept = keptRowOf(other, settings);
        if (kept === undefined) unknown.set(other.id, other);
        else stored.push({ id: other.id, story: kept.story, features: kept.features });
      }
    }
    for (const row of await storyKeyRows<StoredKeyRow>(
      dbs[i]!,
      "article_id, story_id, key",
      Array.from(unknown.keys()),
    )) {
      const source = unknown.get(row.article_id)!;
      const features = featuresOfStored(row.article_id, row.key, settings, { source, story: row.story_id });
      stored.push({ id: row.article_id, story: row.story_id, features });
    }
  }
  stored.sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const { story, features } of stored) candidates.push({ features, story });
  for (const other of earlier.candidates(usableSet, anchors.length, id)) {
    candidates.push({ features: other.features, story: other.storyId });
  }
  // `assignStory` only weighs the candidates the item is a copy of: those alone are handed to it
  // (in the same order), and only their stories' copies and founders are read.
  const copiesOf = candidates.filter(
    (candidate) => compareFeatures(features, candidate.features, settings).same,
  );
  if (copiesOf.length === 0) return past();

  const template = await recurringTemplate(dbs, key, earlier, id, settings);

  // What the choice needs of each candidate story: its founder, how many of its copies are within
  // reach, and those copies' features (a new copy must not be about another thing than any of them).
  // Rows are read here (the choice cannot wait for a database), but the copies' features are made
  // only when `assignStory` asks, once the founder agrees, and stored keys' from the features kept.
  const reach = new Map<string, StoryInReach>();
  for (const storyId of new Set(copiesOf.map((candidate) => candidate.story))) {
    const rows: CopyRow[] = [];
    let founderRow: { article_id: string; key: string } | undefined;
    for (const db of dbs) {
      const found = await db.all<CopyRow>(
        sql(
          `SELECT article_id, at, size, key FROM story_keys WHERE story_id = ? AND at BETWEEN ? AND ? ORDER BY at, article_id`,
          storyId,
          key.at - longestWindowMs(settings),
          latest,
        ),
      );
      for (const row of found) rows.push(row);
      founderRow ??= (
        await db.all<{ article_id: string; key: string }>(
          sql(
            `SELECT k.article_id, k.key FROM stories AS s JOIN story_keys AS k ON k.article_id = s.founder_id WHERE s.id = ?`,
            storyId,
          ),
        )
      )[0];
    }
    const local = earlier.ofStory(storyId, id);
    const founder =
      founderRow !== undefined
        ? featuresOfStored(founderRow.article_id, founderRow.key, settings)
        : (local[0]?.features ?? featuresOfStored(rows[0]!.article_id, rows[0]!.key, settings));
    let copies: Features[] | undefined;
    reach.set(storyId, {
      founder,
      comparable: comparableCopies(timesOf(rows, local), key, settings),
      copies: () => {
        copies ??= [
          ...rows.map((row) => featuresOfStored(row.article_id, row.key, settings)),
          ...local.map((other) => other.features),
        ];
        return copies;
      },
    });
  }
  return (
    assignStory(features, copiesOf, (storyId) => reach.get(storyId)!, template, settings) ?? (await past())
  );
}

/**
 * A recurring template: the item's skeleton seen on enough days up to its own, within the horizon (the same rule as
 * grouping a corpus: core's TemplateHistory).
 */
async function recurringTemplate(
  dbs: readonly SqlDatabase[],
  key: StoryKey,
  earlier: AssignedItems,
  id: string,
  settings: Readonly<StorySettings>,
): Promise<boolean> {
  if (!key.day) return false;
  const daySet = new Set<string>();
  const from = horizonStart(key.day, settings.templateHorizonDays);
  for (const db of dbs) {
    const [days] = await db.all<{ days: string | null }>(
      sql(
        "SELECT GROUP_CONCAT(DISTINCT day) AS days FROM story_keys WHERE skeleton = ? AND day BETWEEN ? AND ?",
        key.skeleton,
        from,
        key.day,
      ),
    );
    for (const day of days?.days ? days.days.split(",") : []) daySet.add(day);
  }
  earlier.daysOf(key.skeleton, from, key.day, id, daySet);
  daySet.add(key.day);
  return daySet.size >= settings.templateDays;
}

/** Stored keys with one text's content characters read to find the newest with the text itself: a few spellings. */
const SAME_CHARS_ROWS = 8;

/**
 * The story of the newest item within reach with the item's comparison text (this call's or stored), when core's
 * `exactCopyJoins` says the item joins it and the story's founder is still within reach, as `StoryGrouper` places an
 * item its candidates give no story: past `CANDIDATES.maxPosting` identical copies within reach, their anchors propose
 * none. Found by the stored keys' `chars` (indexed), a few rows at most, and the story's founder row.
 */
async function exactCopyStoryFor(
  dbs: readonly SqlDatabase[],
  item: Omit<Item, "storyId">,
  earlier: AssignedItems,
  settings: Readonly<StorySettings>,
): Promise<string | null> {
  const { key, features, anchors } = item;
  const id = item.article.id;
  if (anchors.length === 0 || key.text === "" || key.at === null) return null;
  const text = features.key.text;
  let prior: { id: string; at: number; story: string; features: Features } | undefined;
  const local = earlier.newestWithText(features.chars, text, id);
  if (local !== undefined)
    prior = { id: local.article.id, at: local.key.at!, story: local.storyId, features: local.features };
  const chars = hash64(features.chars);
  for (const db of dbs) {
    // The key (the whole text) is read only of the row taken: read with the others, it was most of the lookup.
    const rows = await db.all<{ article_id: string; story_id: string; at: number }>(
      sql(
        `SELECT article_id, story_id, at FROM story_keys WHERE chars = ? AND reach >= ? AND article_id <> ?
         ORDER BY at DESC, article_id DESC LIMIT ${SAME_CHARS_ROWS}`,
        chars,
        key.at,
        id,
      ),
    );
    for (const row of rows) {
      if (prior !== undefined && compareItems({ at: row.at, id: row.article_id }, prior) <= 0) break;
      const [stored] = await db.all<{ key: string }>(
        sql("SELECT key FROM story_keys WHERE article_id = ?", row.article_id),
      );
      if (stored === undefined) continue;
      const features = featuresOfStored(row.article_id, stored.key, settings);
      if (features.key.text !== text) continue;
      prior = { id: row.article_id, at: row.at, story: row.story_id, features };
      break;
    }
  }
  if (prior === undefined || (reachUntil(prior.features.key, settings) ?? 0) < key.at) return null;
  const founder = await founderOf(dbs, prior.story, earlier, id, settings);
  if (founder === undefined || (reachUntil(founder.key, settings) ?? 0) < key.at) return null;
  const template =
    prior.features.key.day !== key.day && (await recurringTemplate(dbs, key, earlier, id, settings));
  return exactCopyJoins(features, anchors.length, prior.features, founder, template, settings)
    ? prior.story
    : null;
}

/**
 * The story of the newest item before this one (stored or this call's) carrying one of its anchors, in the order core's
 * `NearCopyCarriers` gives, when core's `nearCopyJoins` says the item joins it and the story's founder is still within
 * reach, as `StoryGrouper` asks when an exact copy gives no story either. A carrier whose size is further from the
 * item's than a near copy's can be (`nearCopySize`) is not asked (it is read, to pass over a story that refused the item).
 */
async function nearCopyStoryFor(
  { dbs, windows }: Scope,
  item: Omit<Item, "storyId">,
  earlier: AssignedItems,
  common: readonly number[],
  settings: Readonly<StorySettings>,
): Promise<string | null> {
  const id = item.article.id;
  const at = item.key.at!;
  const carriers = new NearCopyCarriers(common, item.anchors, settings);
  /** Carriers read: each once, whether asked or passed over. */
  const seen = new Set<string>();
  for (const anchor of carriers.order()) {
    let prior: NearCopyPrior | undefined;
    const local = earlier.newestCarrying(anchor, at, id);
    if (local !== undefined)
      prior = {
        at: local.key.at!,
        id: local.article.id,
        reach: reachUntil(local.key, settings),
        size: local.key.size,
        local,
      };
    for (let i = 0; i < windows.length; i++) {
      const newest = windows[i]!.newestBefore(anchor, at, id);
      if (newest !== undefined && (prior === undefined || compareItems(newest, prior) > 0))
        prior = {
          at: newest.at,
          id: newest.id,
          reach: newest.reach,
          size: newest.size,
          stored: newest,
          db: dbs[i]!,
        };
    }
    if (prior === undefined || prior.reach === null || prior.reach < at || seen.has(prior.id)) continue;
    seen.add(prior.id);
    // Read before the ask: a carrier of a story that already refused the item is passed over, as grouping does.
    const asked = await nearCopyOf(dbs, prior, item, earlier, settings);
    if (asked !== null && carriers.passedOver(asked.founder.key.id)) continue;
    if (!carriers.ask(prior.id) || !nearCopySize(item.key, prior.size, settings) || asked === null) continue;
    if (asked.joins) return asked.story;
    carriers.refused(asked.founder);
  }
  return null;
}

/** The newest carrier of an anchor before an item: one of this call's items, or a stored key and its database. */
interface NearCopyPrior {
  at: number;
  id: string;
  reach: number | null;
  size: number;
  local?: Item;
  stored?: WindowKey;
  db?: SqlDatabase;
}

/**
 * Whether the item joins the story of a newest carrier (`nearCopyStoryFor`), with the story's founder; null when the
 * carrier or an open founder is not found, and nothing was compared.
 */
async function nearCopyOf(
  dbs: readonly SqlDatabase[],
  carrier: NearCopyPrior,
  item: Omit<Item, "storyId">,
  earlier: AssignedItems,
  settings: Readonly<StorySettings>,
): Promise<{ story: string; founder: Features; joins: boolean } | null> {
  const { key, features, anchors } = item;
  const id = item.article.id;
  let prior: { story: string; features: Features } | undefined;
  if (carrier.local !== undefined) prior = { story: carrier.local.storyId, features: carrier.local.features };
  else if (carrier.stored !== undefined) {
    prior = keptRowOf(carrier.stored, settings);
    if (prior === undefined) {
      const [row] = await storyKeyRows<StoredKeyRow>(carrier.db!, "article_id, story_id, key", [carrier.id]);
      if (row === undefined) return null;
      prior = { story: row.story_id, features: featuresOfStored(row.article_id, row.key, settings) };
    }
  }
  if (prior === undefined) return null;
  const founder = await founderOf(dbs, prior.story, earlier, id, settings);
  if (founder === undefined || (reachUntil(founder.key, settings) ?? 0) < key.at!) return null;
  const template =
    prior.features.key.day !== key.day && (await recurringTemplate(dbs, key, earlier, id, settings));
  const joins = nearCopyJoins(features, anchors.length, prior.features, founder, template, settings);
  return { story: prior.story, founder, joins };
}

/** The features of a story's founder: its stored row's, else its first copy of this call's. */
async function founderOf(
  dbs: readonly SqlDatabase[],
  storyId: string,
  earlier: AssignedItems,
  id: string,
  settings: Readonly<StorySettings>,
): Promise<Features | undefined> {
  for (const db of dbs) {
    const [row] = await db.all<{ article_id: string; key: string }>(
      sql(
        `SELECT k.article_id, k.key FROM stories AS s JOIN story_keys AS k ON k.article_id = s.founder_id WHERE s.id = ?`,
        storyId,
      ),
    );
    if (row !== undefined) return featuresOfStored(row.article_id, row.key, settings);
  }
  return earlier.ofStory(storyId, id)[0]?.features;
}

/**
 * The times and sizes of a story's copies within reach, its stored rows' then this call's: one
 * shape of object for both, so `comparableCopies` reads every copy alike (an array of the rows and
 * the keys spread together deoptimized the story choice on their maps).
 */
function timesOf(rows: readonly CopyRow[], local: readonly Item[]): { at: number | null; size: number }[] {
  const times: { at: number | null; size: number }[] = [];
  for (const row of rows) times.push({ at: row.at, size: row.size });
  for (const other of local) times.push({ at: other.key.at, size: other.key.size });
  return times;
}

/**
 * The anchors of an item that propose candidates, those carried by at most `CANDIDATES.maxPosting`
 * items within reach (this call's earlier items too), and for each window the stored keys other
 * than the item's own that carry enough of them (`enoughSharedAnchors`), in the order first met.
 * One scan of each anchor's posting answers both, where the keys were counted first and the usable
 * anchors' postings scanned again; the keys that share too few are dropped here rather than kept in
 * a map the caller filters (on 5,000 generated Articles 371 keys an item, 82% of them too few).
 */
function usableAnchors(
  windows: readonly AnchorWindow[],
  earlier: AssignedItems,
  anchors: Int32Array,
  at: number,
  id: string,
): { usable: number[]; common: number[]; sharing: WindowKey[][] } {
  const usable: number[] = [];
  const common: number[] = [];
  // The keys of one anchor, window after window: window i's end at ends[i].
  const found: WindowKey[] = [];
  const ends: number[] = [];
  const touched: WindowKey[][] = [];
  for (let i = 0; i < windows.length; i++) {
    ends.push(0);
    touched.push([]);
  }
  for (const anchor of anchors) {
    let count = earlier.carrying(anchor, id, CANDIDATES.maxPosting);
    let end = 0;
    for (let i = 0; i < windows.length; i++) {
      if (count <= CANDIDATES.maxPosting) {
        const n = windows[i]!.reachable(anchor, at, CANDIDATES.maxPosting - count, found, end);
        count += n;
        end += n;
      }
      ends[i] = end;
    }
    if (count > CANDIDATES.maxPosting) {
      common.push(anchor);
      continue;
    }
    usable.push(anchor);
    for (let i = 0, k = 0; i < windows.length; i++) {
      for (; k < ends[i]!; k++) {
        const key = found[k]!;
        if (key.shared++ === 0) touched[i]!.push(key);
      }
    }
  }
  const sharing: WindowKey[][] = [];
  for (const keys of touched) {
    const enough: WindowKey[] = [];
    for (const key of keys) {
      if (enoughSharedAnchors(key.shared, anchors.length, key.anchors) && key.id !== id) enough.push(key);
      key.shared = 0;
    }
    sharing.push(enough);
  }
  return { usable, common, sharing };
}

/**
 * False when two items are further apart in time than their time window allows (they compare as
 * "time-window", never as copies); `other` is a stored key as the anchor window holds it.
 */
function withinPairWindow(key: StoryKey, other: WindowKey, settings: Readonly<StorySettings>): boolean {
  const hours =
    key.size >= settings.flashMaxCharacters && other.size >= settings.flashMaxCharacters
      ? settings.articleWindowHours
      : settings.flashWindowHours;
  return Math.abs(key.at! - other.at) <= hours * 3_600_000;
}

/** `columns` of the `story_keys` rows of these articles, in no particular order. */
async function storyKeyRows<Row>(db: SqlDatabase, columns: string, ids: readonly string[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const part of chunks(ids, MAX_PARAMETERS)) {
    rows.push(
      ...(await db.all<Row>(
        sql(`SELECT ${columns} FROM story_keys WHERE article_id IN (${placeholders(part.length)})`, ...part),
      )),
    );
  }
  return rows;
}

/** The story keys' columns, in the order of a key row's values. */
const KEY_COLUMNS =
  "article_id, story_id, at, reach, day, skeleton, chars, size, anchors, relayed, key, anchor_list";
/** A key written again replaces every column but its article's id. */
const KEY_CONFLICT = `ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, at = excluded.at,
       reach = excluded.reach, day = excluded.day, skeleton = excluded.skeleton, chars = excluded.chars,
       size = excluded.size, anchors = excluded.anchors, relayed = excluded.relayed, key = excluded.key,
       anchor_list = excluded.anchor_list`;

/**
 * The statements that store the items' keys and anchors, replacing what an earlier write stored: the rows in as
 * few multi-row statements as `db` allows (`multiRowStatements`), as the articles' own.
 */
function keyStatements(
  items: readonly Item[],
  settings: Readonly<StorySettings>,
  db: SqlDatabase,
): SqlStatement[] {
  const rows = items.map(({ article, key, features, anchors, relayed, storyId, keyJson }) => ({
    articleId: article.id,
    values: [
      article.id,
      storyId,
      key.at,
      reachUntil(key, settings),
      key.day,
      key.skeleton,
      hash64(features.chars),
      key.size,
      anchors.length,
      relayed ? 1 : 0,
      keyJson,
      // An undated key is found by its text, never by anchors.
      key.at === null ? "" : encodeAnchors(anchors),
    ],
  }));
  return multiRowStatements(
    rows,
    (tuples) => `INSERT INTO story_keys (${KEY_COLUMNS}) VALUES ${tuples} ${KEY_CONFLICT}`,
    db.maxRowBytes ?? Number.POSITIVE_INFINITY,
    db.maxParameters ?? DEFAULT_MAX_PARAMETERS,
  );
}

/**
 * Statements that bring the rows of the stories these articles belong to up to date once the
 * articles are deleted from `db` (a sharded store moves an article to another month's shard): each
 * story's canonical copy, first sighting and count are taken again from the copies left (in `db` and
 * its `neighbours`), and a story with no copy left is removed. Each statement goes to the database
 * holding the story's row: those for `db` run in the same batch as `deleteStatements(ids)`.
 */
export async function storyRowsWithout(
  db: SqlDatabase,
  ids: readonly string[],
  neighbours: readonly SqlDatabase[] = [],
  settings: Readonly<StorySettings> = DEFAULT_STORY_SETTINGS,
): Promise<[SqlDatabase, SqlStatement][]> {
  const storyIds = new Set<string>();
  for (const part of chunks(ids, MAX_PARAMETERS)) {
    const rows = await db.all<{ story_id: string }>(
      sql(
        `SELECT DISTINCT story_id FROM story_keys WHERE article_id IN (${placeholders(part.length)})`,
        ...part,
      ),
    );
    for (const row of rows) storyIds.add(row.story_id);
  }
  const dbs = [db, ...neighbours];
  const sorted = [...storyIds].sort();
  const rows = await storyRows(dbs, sorted, [], settings, new Set(ids));
  const statements: [SqlDatabase, SqlStatement][] = [];
  for (const [i, storyId] of sorted.entries()) {
    const home = (await storyHome(dbs, storyId)) ?? db;
    for (const statement of storyRowStatements([rows[i]!], home)) statements.push([home, statement]);
  }
  return statements;
}

/**
 * The database holding a story's row (where it was founded), or null when none does; with one
 * database, that one.
 */
async function storyHome(dbs: readonly SqlDatabase[], storyId: string): Promise<SqlDatabase | null> {
  if (dbs.length === 1) return dbs[0]!;
  for (const db of dbs) {
    const [row] = await db.all(sql("SELECT id FROM stories WHERE id = ?", storyId));
    if (row !== undefined) return db;
  }
  return null;
}

/** The items of one assignment by article id and by story, and the first item whose own id names each story. */
interface ItemIndex {
  byId: Map<string, Item>;
  byStory: Map<string, Item[]>;
  founders: Map<string, string>;
}

function indexOf(items: readonly Item[]): ItemIndex {
  const index: ItemIndex = { byId: new Map(), byStory: new Map(), founders: new Map() };
  for (const item of items) {
    index.byId.set(item.article.id, item);
    const story = index.byStory.get(item.storyId);
    if (story === undefined) index.byStory.set(item.storyId, [item]);
    else story.push(item);
    const named = storyIdOf(item.article);
    if (!index.founders.has(named)) index.founders.set(named, item.article.id);
  }
  return index;
}

/** A story's row as a write leaves it: the values of its columns (`STORY_COLUMNS`), or null when it has no copy left. */
interface StoryRow {
  id: string;
  values: SqlValue[] | null;
}

/** A copy of a story, as its row is made from them. */
export interface Member {
  id: string;
  title: string;
  publishedAt: string | null;
  size: number;
  at: number | null;
  relayed: boolean;
}

/**
 * The stories' rows after this call, in the order of `storyIds`: each one's canonical copy, first sighting and
 * number of copies; the articles in `removed` no longer count, and a story left without copies has none. The
 * stored copies of all the stories are read together, in statements of up to `MAX_PARAMETERS` stories.
 */
async function storyRows(
  dbs: readonly SqlDatabase[],
  storyIds: readonly string[],
  items: readonly Item[],
  settings: Readonly<StorySettings>,
  removed: ReadonlySet<string> = new Set(),
): Promise<StoryRow[]> {
  const membersOf = new Map(storyIds.map((storyId) => [storyId, new Map<string, Member>()]));
  for (const [i, db] of dbs.entries()) {
    for (const part of chunks(storyIds, MAX_PARAMETERS)) {
      const rows = await db.all<{
        story_id: string;
        id: string;
        title: string;
        published_at: string | null;
        size: number;
        at: number | null;
        relayed: number;
      }>(
        sql(
          `SELECT k.story_id, a.id, a.title, a.published_at, k.size, k.at, k.relayed
           FROM story_keys AS k JOIN articles AS a ON a.id = k.article_id WHERE k.story_id IN (${placeholders(part.length)})`,
          ...part,
        ),
      );
      for (const row of rows) {
        // Articles removed from the first database may already be stored again in another.
        if (i === 0 && removed.has(row.id)) continue;
        membersOf.get(row.story_id)!.set(row.id, {
          id: row.id,
          title: row.title,
          publishedAt: row.published_at,
          size: row.size,
          at: row.at,
          relayed: row.relayed === 1,
        });
      }
    }
  }
  const { byId, byStory, founders } = indexOf(items);
  return storyIds.map((storyId) => {
    const members = membersOf.get(storyId)!;
    // Stored copies these items move to another story are no longer this one's (an article written
    // twice in one assignment counts as its last write).
    for (const id of members.keys()) {
      const item = byId.get(id);
      if (item !== undefined && item.storyId !== storyId) members.delete(id);
    }
    for (const item of byStory.get(storyId) ?? []) {
      if (byId.get(item.article.id) !== item) continue;
      members.set(item.article.id, memberOf(item));
    }
    const kept = keptOf(storyId, founders.get(storyId), [...members.values()], settings.completeShare);
    return { id: storyId, values: kept === null ? null : rowValues(kept) };
  });
}

/**
 * What a story's row keeps of its copies: its founder, how many, the longest one's size, the canonical copy
 * with what its choice compares, and the earliest copy. Enough to take in one more copy without reading the
 * others (`withCopy`).
 */
export interface KeptStory {
  id: string;
  founder: string;
  copies: number;
  /** The longest copy's size (`StoryKey.size`): copies under `completeShare` of it are not complete. */
  longest: number;
  canonical: CanonicalCandidate & { title: string };
  first: { id: string; at: number | null; publishedAt: string | null };
}

/**
 * A story's row made from all its copies, in any order, or null when it has none: the canonical copy
 * (`chooseCanonical`), the earliest copy in time order (undated last, ties by id) and the founder, which is
 * `founder` when given (the copy the story id was made from, in this write) and else the earliest copy.
 */
export function keptOf(
  id: string,
  founder: string | undefined,
  members: readonly Member[],
  completeShare: number,
): KeptStory | null {
  if (members.length === 0) return null;
  // Members in time order, ties by id: a total order, whatever order they were gathered in.
  const copies = [...members].sort((a, b) => compareItems(a, b));
  const canonical = copies[chooseCanonical(copies, completeShare)]!;
  const first = copies[0]!;
  let longest = 0;
  for (const copy of copies) if (copy.size > longest) longest = copy.size;
  return {
    id,
    founder: founder ?? first.id,
    copies: copies.length,
    longest,
    canonical: {
      id: canonical.id,
      title: canonical.title,
      size: canonical.size,
      at: canonical.at,
      relayed: canonical.relayed,
    },
    first: { id: first.id, at: first.at, publishedAt: first.publishedAt },
  };
}

/**
 * The row of `kept`'s story once `copy` (not one of its copies yet) joins it: what `keptOf` gives of all the
 * copies, computed from the row and the copy alone. Null when only all the copies can tell: a longer copy
 * left the canonical one under `completeShare` of the longest, and the best of the others still complete is not
 * in the row.
 */
export function withCopy(kept: KeptStory, copy: Member, completeShare: number): KeptStory | null {
  let { longest, canonical, first } = kept;
  if (copy.size > longest) {
    longest = copy.size;
    if (canonical.size < completeShare * longest) return null;
  }
  if (!(copy.size < completeShare * longest) && betterCanonical(copy, canonical)) {
    canonical = { id: copy.id, title: copy.title, size: copy.size, at: copy.at, relayed: copy.relayed };
  }
  if (compareItems(copy, first) < 0) first = { id: copy.id, at: copy.at, publishedAt: copy.publishedAt };
  return { id: kept.id, founder: kept.founder, copies: kept.copies + 1, longest, canonical, first };
}

/** A story row's values, in the order of `STORY_COLUMNS`. */
function rowValues(kept: KeptStory): SqlValue[] {
  const { canonical, first } = kept;
  return [
    kept.id,
    kept.founder,
    canonical.id,
    canonical.title,
    first.publishedAt,
    sortKey(first.publishedAt),
    kept.copies,
    first.id,
    first.at,
    kept.longest,
    canonical.size,
    canonical.at,
    canonical.relayed ? 1 : 0,
  ];
}

/** The stories' columns, in the order of a story row's values. */
const STORY_COLUMNS = `id, founder_id, canonical_id, title, first_seen_at, sort_key, copies, first_id, first_at, longest,
  canonical_size, canonical_at, canonical_relayed`;
/** A story written again keeps its founder. */
const STORY_CONFLICT = `ON CONFLICT (id) DO UPDATE SET canonical_id = excluded.canonical_id, title = excluded.title,
       first_seen_at = excluded.first_seen_at, sort_key = excluded.sort_key, copies = excluded.copies,
       first_id = excluded.first_id, first_at = excluded.first_at, longest = excluded.longest,
       canonical_size = excluded.canonical_size, canonical_at = excluded.canonical_at,
       canonical_relayed = excluded.canonical_relayed`;

/** A stored copy of an item as its story's row counted it (`storyRowsAfter`). */
interface StoredCopy {
  story: string;
  member: Member;
}

interface StoredCopyRow {
  article_id: string;
  story_id: string;
  size: number;
  at: number | null;
  relayed: number;
  title: string | null;
  published_at: string | null;
}

/** A stored copy from its key and article row; null when the article row is missing (its story is made again). */
function storedCopyOf(row: StoredCopyRow): StoredCopy | null {
  if (row.title === null) return null;
  return {
    story: row.story_id,
    member: {
      id: row.article_id,
      title: row.title,
      publishedAt: row.published_at,
      size: row.size,
      at: row.at,
      relayed: row.relayed === 1,
    },
  };
}

function sameMember(a: Member, b: Member): boolean {
  return (
    a.id === b.id &&
    a.title === b.title &&
    a.publishedAt === b.publishedAt &&
    a.size === b.size &&
    a.at === b.at &&
    a.relayed === b.relayed
  );
}

function memberOf(item: Item): Member {
  return {
    id: item.article.id,
    title: item.article.title,
    publishedAt: item.article.publishedAt,
    size: item.key.size,
    at: item.key.at,
    relayed: item.relayed,
  };
}

/**
 * The rows of these stories after this write, each with the database that keeps it (where it was founded; a new
 * story's in the first). A story whose kept row is found and whose items are new copies (or copies written again
 * unchanged) takes them in from its row (`withCopy`), reading none of its other copies; the rest (new stories, rows
 * stored before migration 0007, copies changed or moved, a canonical copy no longer complete) are made again from
 * all their copies (`storyRows`), which gives the same rows.
 */
async function storyRowsAfter(
  dbs: readonly SqlDatabase[],
  storyIds: readonly string[],
  items: readonly Item[],
  stored: ReadonlyMap<string, StoredCopy | null>,
  settings: Readonly<StorySettings>,
): Promise<[SqlDatabase, StoryRow][]> {
  const added = new Map<string, Member[]>();
  const remade = new Set<string>();
  const seen = new Set<string>();
  for (const item of items) {
    const id = item.article.id;
    const before = stored.get(id);
    if (seen.has(id) || before === null) remade.add(item.storyId);
    else if (before === undefined) listIn(added, item.storyId).push(memberOf(item));
    else if (before.story !== item.storyId || !sameMember(before.member, memberOf(item))) {
      // Moved to another story, or changed: both stories' rows are made again, as they were before 0007.
      remade.add(item.storyId);
      remade.add(before.story);
    }
    // A copy written twice in one call counts as its last write: both its stories are made again.
    if (seen.has(id)) for (const other of items) if (other.article.id === id) remade.add(other.storyId);
    seen.add(id);
  }
  const kept = await keptRows(
    dbs,
    storyIds.filter((storyId) => !remade.has(storyId)),
  );
  const result = new Map<string, [SqlDatabase, StoryRow]>();
  for (const [storyId, { db, row }] of kept) {
    let next: KeptStory | null = row;
    for (const copy of added.get(storyId) ?? []) {
      if (next === null) break;
      next = withCopy(next, copy, settings.completeShare);
    }
    if (next !== null) result.set(storyId, [db, { id: storyId, values: rowValues(next) }]);
  }
  const again = storyIds.filter((storyId) => !result.has(storyId));
  const rows = await storyRows(dbs, again, items, settings);
  for (let i = 0; i < again.length; i++) {
    // A story's row lives where it was founded; a new one's here.
    const home = (await storyHome(dbs, again[i]!)) ?? dbs[0]!;
    result.set(again[i]!, [home, rows[i]!]);
  }
  return storyIds.map((storyId) => result.get(storyId)!);
}

/** The kept rows of these stories, with the database each is found in first; a row stored before 0007 is not kept. */
async function keptRows(
  dbs: readonly SqlDatabase[],
  storyIds: readonly string[],
): Promise<Map<string, { db: SqlDatabase; row: KeptStory }>> {
  const found = new Map<string, { db: SqlDatabase; row: KeptStory }>();
  const missing = new Set(storyIds);
  for (const db of dbs) {
    for (const part of chunks([...missing], MAX_PARAMETERS)) {
      const rows = await db.all<{
        id: string;
        founder_id: string;
        canonical_id: string;
        title: string;
        first_seen_at: string | null;
        copies: number;
        first_id: string | null;
        first_at: number | null;
        longest: number | null;
        canonical_size: number | null;
        canonical_at: number | null;
        canonical_relayed: number | null;
      }>(
        sql(
          `SELECT id, founder_id, canonical_id, title, first_seen_at, copies, first_id, first_at, longest,
             canonical_size, canonical_at, canonical_relayed FROM stories WHERE id IN (${placeholders(part.length)})`,
          ...part,
        ),
      );
      for (const row of rows) {
        missing.delete(row.id);
        if (row.first_id === null || row.longest === null || row.canonical_size === null) continue;
        found.set(row.id, {
          db,
          row: {
            id: row.id,
            founder: row.founder_id,
            copies: row.copies,
            longest: row.longest,
            canonical: {
              id: row.canonical_id,
              title: row.title,
              size: row.canonical_size,
              at: row.canonical_at,
              relayed: row.canonical_relayed === 1,
            },
            first: { id: row.first_id, at: row.first_at, publishedAt: row.first_seen_at },
          },
        });
      }
    }
  }
  return found;
}

/** The statements that write stories' rows to `db`: one delete a story left without copies, the rest in multi-row upserts. */
function storyRowStatements(rows: readonly StoryRow[], db: SqlDatabase): SqlStatement[] {
  const deletes = rows
    .filter((row) => row.values === null)
    .map((row) => sql("DELETE FROM stories WHERE id = ?", row.id));
  const kept = rows.flatMap((row) =>
    row.values === null ? [] : [{ articleId: row.id, values: row.values }],
  );
  return [
    ...deletes,
    ...multiRowStatements(
      kept,
      (tuples) => `INSERT INTO stories (${STORY_COLUMNS}) VALUES ${tuples} ${STORY_CONFLICT}`,
      db.maxRowBytes ?? Number.POSITIVE_INFINITY,
      db.maxParameters ?? DEFAULT_MAX_PARAMETERS,
    ),
  ];
}

/** `compareItems` of two items' keys: one function made once, not a closure made at every call. */
function compareKeyed(a: { key: StoryKey }, b: { key: StoryKey }): number {
  return compareItems(a.key, b.key);
}

/** Time order, undated last, ties by id: the order grouping takes items in. */
function compareItems(a: { at: number | null; id: string }, b: { at: number | null; id: string }): number {
  if (a.at !== null && b.at !== null && a.at !== b.at) return a.at - b.at;
  if (a.at === null && b.at !== null) return 1;
  if (b.at === null && a.at !== null) return -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** One story's summary for lists. */
export interface StorySummary {
  storyId: string;
  canonical: string;
  title: string;
  firstSeenAt: string | null;
  /** How many copies (articles) it has. */
  copies: number;
}

export type { Story, StoryCopy };
