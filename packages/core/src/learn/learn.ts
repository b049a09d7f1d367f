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
}

export const DEFAULT_LEARN_SETTINGS: Readonly<LearnSettings> = Object.freeze({
  minStories: 5,
  minShare: 0.2,
  minGroupStories: 5,
  maxLineLength: 200,
  minLineLength: 8,
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
    { group: LearnInput["group"]; stories: Set<string>; counts: Map<string, Set<string>> }
  >();
  for (const input of inputs) {
    const key = input.group ? `${input.group.field}\u0000${input.group.value}` : "";
    let entry = groups.get(key);
    if (entry === undefined) {
      entry = { group: input.group, stories: new Set(), counts: new Map() };
      groups.set(key, entry);
    }
    entry.stories.add(input.story);
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
  for (const { group, stories, counts } of groups.values()) {
    const size = stories.size;
    if (size < settings.minGroupStories) continue;
    const lines: LearnedLine[] = [];
    for (const [line, having] of counts) {
      const count = having.size;
      const share = count / size;
      if (count >= settings.minStories && share >= settings.minShare) {
        lines.push({ line, stories: count, share: Math.round(share * 1000) / 1000 });
      }
    }
    if (lines.length === 0) continue;
    lines.sort((a, b) => b.stories - a.stories || a.line.localeCompare(b.line));
    learned.push({ group, stories: size, lines });
  }
  return learned.sort((a, b) => b.stories - a.stories);
}
