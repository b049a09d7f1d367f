/**
 * Learning boilerplate from a corpus: a line (a whole block of text) that recurs across many
 * stories of one source or channel is that outlet's furniture — an app promotion, a disclaimer,
 * a "follow us" footer — not news. A sentence that recurs in only a few stories (a quote, a
 * shared paragraph of background) is never learned.
 */

/** Thresholds of the learner; every one has a documented default in `DEFAULT_LEARN_SETTINGS`. */
export interface LearnSettings {
  /** A line is learned only if this many distinct stories of its group have it. */
  minStories: number;
  /** …and only if at least this share (0–1) of the group's stories have it. */
  minShare: number;
  /** Groups of fewer stories than this learn nothing. */
  minGroupStories: number;
  /** Lines longer than this (code points) are prose, never furniture. */
  maxLineLength: number;
  /**
   * Lines shorter than this (code points) are never learned: they are the section headings and
   * labels every issue of a column shares (`热点聚焦`, `重要经济日程`, `风险提示`), not furniture.
   */
  minLineLength: number;
  /** Title tails longer than this (code points, separator included) are part of the headline, never a site's name. */
  maxTitleSuffixLength: number;
}

export const DEFAULT_LEARN_SETTINGS: Readonly<LearnSettings> = Object.freeze({
  minStories: 5,
  minShare: 0.2,
  minGroupStories: 5,
  maxLineLength: 200,
  minLineLength: 8,
  maxTitleSuffixLength: 24,
});

/** One parsed file as the learner sees it. */
export interface LearnInput {
  /** The file's name, for the report. */
  file: string;
  /** The front-matter field and value the file is grouped by; null groups it with the files that have none. */
  group: { field: string; value: string } | null;
  /**
   * What story the file tells (its title, or a fingerprint): copies of one story count once, so a
   * story mirrored five times does not make its sentences look like furniture.
   */
  story: string;
  /** The text of its blocks, in order, after the parse's own clean-up. */
  lines: readonly string[];
  /** Its title as the parse read it (a site's name after the headline included when no rule knew it). */
  title?: string;
}

export interface LearnedLine {
  /** The whole line, white space collapsed. */
  line: string;
  /** How many distinct stories of the group have it. */
  stories: number;
  /** `stories` over the group's size, rounded to 3 decimals. */
  share: number;
}

export interface LearnedGroup {
  /** The front-matter field and value that select the group; null for files without one. */
  group: { field: string; value: string } | null;
  /** Distinct stories in the group. */
  stories: number;
  lines: LearnedLine[];
  /** Title tails (a separator and a site's or column's name) the group's stories share; `line` holds the tail. */
  titleSuffixes: LearnedLine[];
}

/** A line as learning compares it: white space runs one space, none at the ends (the inputs' lines and, after a
 * parse with the learned pack, the blocks they are checked against). */
export const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

/** Lines that never become rules, whatever their count: lines without a letter or a Han character. */
const MEANINGLESS = /^[^\p{L}]*$/u;

/**
 * Learns, per group, the lines that enough of the group's stories share. Counts are of distinct
 * stories: a line repeated within one file, or in copies of one story, counts once. Groups come
 * out largest first, lines most shared first.
 */
export function learnLines(
  inputs: readonly LearnInput[],
  overrides: Partial<LearnSettings> = {},
): LearnedGroup[] {
  const counter = new LineCounter({ ...DEFAULT_LEARN_SETTINGS, ...overrides });
  for (const input of inputs) counter.add(input);
  return counter.learned();
}

/** The key of a group in the learner's maps. */
export function groupKey(group: LearnInput["group"]): string {
  return group ? `${group.field}\u0000${group.value}` : "";
}

/** The lines of an input that can be learned (white space collapsed, within the lengths, meaningful), once each. */
function learnable(input: LearnInput, settings: Readonly<LearnSettings>): Set<string> {
  const lines = new Set<string>();
  for (const raw of input.lines) {
    const line = collapse(raw);
    const length = [...line].length;
    if (length < settings.minLineLength || length > settings.maxLineLength || MEANINGLESS.test(line))
      continue;
    lines.add(line);
  }
  return lines;
}

/**
 * Counts, per group, the distinct stories of each line and title tail (`learnLines`), given the
 * inputs one at a time. With `candidates` (a `LineSketch`'s), only those lines and tails are
 * counted, so memory is the candidates' and the groups' stories, not the corpus's lines.
 */
export class LineCounter {
  private readonly groups = new Map<
    string,
    {
      group: LearnInput["group"];
      stories: Set<string>;
      counts: Map<string, Set<string>>;
      tails: Map<string, Set<string>>;
    }
  >();

  constructor(
    private readonly settings: Readonly<LearnSettings>,
    private readonly candidates?: ReadonlyMap<string, ReadonlySet<string>>,
  ) {}

  add(input: LearnInput): void {
    const key = groupKey(input.group);
    const candidates = this.candidates?.get(key);
    if (this.candidates !== undefined && candidates === undefined) return;
    let entry = this.groups.get(key);
    if (entry === undefined) {
      entry = { group: input.group, stories: new Set(), counts: new Map(), tails: new Map() };
      this.groups.set(key, entry);
    }
    entry.stories.add(input.story);
    const count = (found: Map<string, Set<string>>, item: string) => {
      if (candidates !== undefined && !candidates.has(item)) return;
      let stories = found.get(item);
      if (stories === undefined) {
        stories = new Set();
        found.set(item, stories);
      }
      stories.add(input.story);
    };
    for (const tail of titleTails(input.title ?? "", this.settings.maxTitleSuffixLength))
      count(entry.tails, tail);
    for (const line of learnable(input, this.settings)) count(entry.counts, line);
  }

  /** The groups that learned something, largest first, their lines most shared first. */
  learned(): LearnedGroup[] {
    const settings = this.settings;
    const learned: LearnedGroup[] = [];
    for (const { group, stories, counts, tails } of this.groups.values()) {
      const size = stories.size;
      if (size < settings.minGroupStories) continue;
      const shared = (found: Map<string, Set<string>>) => {
        const out: LearnedLine[] = [];
        for (const [line, having] of found) {
          const count = having.size;
          const share = count / size;
          if (count >= settings.minStories && share >= settings.minShare) {
            out.push({ line, stories: count, share: Math.round(share * 1000) / 1000 });
          }
        }
        // Lines shared alike stand in code-unit order: `localeCompare` orders by the machine's locale (`LANG`), so
        // a learned pack would list its lines in one order on one machine and another elsewhere.
        return out.sort((a, b) => b.stories - a.stories || (a.line < b.line ? -1 : 1));
      };
      const lines = shared(counts);
      const titleSuffixes = shared(tails);
      if (lines.length === 0 && titleSuffixes.length === 0) continue;
      learned.push({ group, stories: size, lines, titleSuffixes });
    }
    return learned.sort((a, b) => b.stories - a.stories);
  }
}

/**
 * Misra–Gries in batches: takes the (capacity + 1)-th largest count off every counter and drops those
 * left at zero, so at most `capacity` remain. Each batch takes at least (capacity + 1) times what any
 * one counter loses, so no count loses more than `total / (capacity + 1)` over all batches, and a
 * batch comes at most once every `capacity` new items.
 */
function shrink(counters: Map<string, number>, capacity: number): void {
  const cut = [...counters.values()].sort((a, b) => b - a)[capacity]!;
  for (const [item, n] of counters) {
    if (n <= cut) counters.delete(item);
    else counters.set(item, n - cut);
  }
}

/**
 * The first pass of a streaming learner: per group, the distinct stories and a Misra–Gries summary of
 * its lines and title tails (`capacity` counters, twice as many between batches; each document counts a line once), which keeps
 * every item counted more than `total / (capacity + 1)` times. A line is learned only if at least
 * `max(minStories, minShare × stories)` distinct stories, hence as many documents, have it; a group
 * whose total makes that bound too low to be sure of (`unsure`) is summarised again with more counters.
 * Memory: `capacity` counters a group and the groups' story fingerprints, whatever the corpus.
 */
export class LineSketch {
  private readonly groups = new Map<
    string,
    { stories: Set<string>; counters: Map<string, number>; total: number; capacity: number }
  >();
  private peak = 0;

  /** @param capacities counters per group (`capacity` for a group not listed): what `unsure` asked for. */
  constructor(
    private readonly settings: Readonly<LearnSettings>,
    private readonly capacity: number,
    private readonly capacities: ReadonlyMap<string, number> = new Map(),
    private readonly only?: ReadonlySet<string>,
  ) {}

  add(input: LearnInput): void {
    const key = groupKey(input.group);
    if (this.only !== undefined && !this.only.has(key)) return;
    let entry = this.groups.get(key);
    if (entry === undefined) {
      entry = {
        stories: new Set(),
        counters: new Map(),
        total: 0,
        capacity: this.capacities.get(key) ?? this.capacity,
      };
      this.groups.set(key, entry);
    }
    entry.stories.add(input.story);
    const items = learnable(input, this.settings);
    // Tails and lines share the summary: a tail is marked so that it never meets a line.
    for (const tail of titleTails(input.title ?? "", this.settings.maxTitleSuffixLength))
      items.add(`\u0000${tail}`);
    for (const item of items) {
      entry.total++;
      entry.counters.set(item, (entry.counters.get(item) ?? 0) + 1);
      if (entry.counters.size >= 2 * entry.capacity) shrink(entry.counters, entry.capacity);
    }
    this.peak = Math.max(this.peak, entry.counters.size);
  }

  /** The most counters one group's summary held at once: below twice its capacity. */
  get mostCounters(): number {
    return this.peak;
  }

  /**
   * Groups whose summary may have missed a line that is learned, with the counters that suffice:
   * those whose smallest learnable count is not above `total / (capacity + 1)`.
   */
  unsure(): Map<string, number> {
    const unsure = new Map<string, number>();
    for (const [key, { stories, total, capacity }] of this.groups) {
      if (stories.size < this.settings.minGroupStories) continue;
      const least = Math.max(this.settings.minStories, Math.ceil(this.settings.minShare * stories.size), 1);
      if (least * (capacity + 1) <= total) unsure.set(key, Math.floor(total / least) + 1);
    }
    return unsure;
  }

  /** The candidates of each group that may learn something: the lines and tails its summary kept. */
  candidates(): Map<string, Set<string>> {
    const out = new Map<string, Set<string>>();
    for (const [key, { stories, counters }] of this.groups) {
      if (stories.size < this.settings.minGroupStories) continue;
      out.set(
        key,
        new Set([...counters.keys()].map((item) => (item.startsWith("\u0000") ? item.slice(1) : item))),
      );
    }
    return out;
  }
}

/**
 * `learnLines` over inputs read as they are iterated, several times, holding only summaries: a
 * `LineSketch` pass finds each group's candidates (again, for the groups it is unsure of, with the
 * counters they need), then a `LineCounter` pass counts the candidates' stories exactly. The groups
 * are those `learnLines` gives; `passes` says how often `inputs` was iterated.
 */
export function learnLinesInPasses(
  inputs: Iterable<LearnInput>,
  overrides: Partial<LearnSettings>,
  capacity: number,
): { learned: LearnedGroup[]; passes: number; mostCounters: number } {
  const settings = { ...DEFAULT_LEARN_SETTINGS, ...overrides };
  let sketch = new LineSketch(settings, capacity);
  for (const input of inputs) sketch.add(input);
  let passes = 1;
  let mostCounters = sketch.mostCounters;
  const candidates = sketch.candidates();
  for (let unsure = sketch.unsure(); unsure.size > 0; unsure = sketch.unsure()) {
    sketch = new LineSketch(settings, capacity, unsure, new Set(unsure.keys()));
    for (const input of inputs) sketch.add(input);
    passes++;
    mostCounters = Math.max(mostCounters, sketch.mostCounters);
    for (const [key, items] of sketch.candidates()) candidates.set(key, items);
  }
  const counter = new LineCounter(settings, candidates);
  for (const input of inputs) counter.add(input);
  return { learned: counter.learned(), passes: passes + 1, mostCounters };
}

/**
 * Where a title's tail may start: a spaced dash or bar, a full-width bar, an underscore. Each start of
 * a run of blanks is entered once (the run is consumed whole), so the scan is linear.
 */
const TAIL_START = /(?<!\s)\s+[-–—|｜]\s+|\s*｜\s*|_/gu;

/**
 * The tails of a title, each from one separator to the end (`– 法国国际广播电台 - RFI` and `- RFI` of
 * `科技股领涨 美股上扬 – 法国国际广播电台 - RFI`), white space collapsed; tails longer than `maxLength`
 * code points, and tails with nothing before them, are none.
 */
export function titleTails(title: string, maxLength: number): string[] {
  const text = title.replace(/\s+/gu, " ").trim();
  const tails: string[] = [];
  for (const match of text.matchAll(TAIL_START)) {
    if (match.index === 0) continue;
    const tail = text.slice(match.index).trim();
    if ([...tail].length <= maxLength && /[\p{L}\p{N}]/u.test(tail)) tails.push(tail);
  }
  return tails;
}
