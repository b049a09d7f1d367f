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

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

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
  const settings = { ...DEFAULT_LEARN_SETTINGS, ...overrides };
  const groups = new Map<
    string,
    {
      group: LearnInput["group"];
      stories: Set<string>;
      counts: Map<string, Set<string>>;
      tails: Map<string, Set<string>>;
    }
  >();
  for (const input of inputs) {
    const key = input.group ? `${input.group.field}\u0000${input.group.value}` : "";
    let entry = groups.get(key);
    if (entry === undefined) {
      entry = { group: input.group, stories: new Set(), counts: new Map(), tails: new Map() };
      groups.set(key, entry);
    }
    entry.stories.add(input.story);
    for (const tail of titleTails(input.title ?? "", settings.maxTitleSuffixLength)) {
      let stories = entry.tails.get(tail);
      if (stories === undefined) {
        stories = new Set();
        entry.tails.set(tail, stories);
      }
      stories.add(input.story);
    }
    for (const raw of input.lines) {
      const line = collapse(raw);
      const length = [...line].length;
      if (length < settings.minLineLength || length > settings.maxLineLength || MEANINGLESS.test(line))
        continue;
      let stories = entry.counts.get(line);
      if (stories === undefined) {
        stories = new Set();
        entry.counts.set(line, stories);
      }
      stories.add(input.story);
    }
  }
  const learned: LearnedGroup[] = [];
  for (const { group, stories, counts, tails } of groups.values()) {
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
      return out.sort((a, b) => b.stories - a.stories || a.line.localeCompare(b.line));
    };
    const lines = shared(counts);
    const titleSuffixes = shared(tails);
    if (lines.length === 0 && titleSuffixes.length === 0) continue;
    learned.push({ group, stories: size, lines, titleSuffixes });
  }
  return learned.sort((a, b) => b.stories - a.stories);
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
