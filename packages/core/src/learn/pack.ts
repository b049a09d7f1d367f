import type { Article } from "../article.js";
import { CaixunError } from "../errors.js";
import { PACKS } from "../packs/index.js";
import { type RulePackJson, withRules } from "../packs/json.js";
import { type ParseOptions, parse } from "../parse.js";
import { decode } from "../stages/decode.js";
import { readFile } from "../stages/front-matter.js";
import { blockText } from "../stages/raw-block.js";
import { DEFAULT_LEARN_SETTINGS, type LearnInput, type LearnSettings, learnLines } from "./learn.js";

/** One file of a corpus to learn from. */
export interface CorpusFile {
  /** Its name or path, for the report (and as the parse's `filename`). */
  name: string;
  bytes: Uint8Array | string;
}

export interface LearnOptions {
  /** Thresholds; the rest keep `DEFAULT_LEARN_SETTINGS`. */
  settings?: Partial<LearnSettings>;
  /**
   * Front-matter fields that name a file's source or channel, tried in order; a file is grouped by
   * the first that holds a short string. Files with none are learned from together.
   */
  groupFields?: readonly string[];
  /** Parse options (packs, settings) for reading the corpus. */
  parse?: Omit<ParseOptions, "filename">;
}

/** Fields that name who published a file, in the order generators write them. */
export const DEFAULT_GROUP_FIELDS: readonly string[] = [
  "source",
  "author",
  "publisher",
  "site",
  "channel",
  "media",
  "categories",
  "category",
];

export interface LearnedRule {
  /** The pack the rule is in. */
  pack: string;
  /** A boilerplate line (`dropLines`), or a site's name after titles (`titleSuffixes`). */
  kind: "line" | "title-suffix";
  group: { field: string; value: string } | null;
  /** The line, or the title tail. */
  line: string;
  /** Distinct stories of the group that have the line (what it was learned from). */
  stories: number;
  share: number;
  /** Files whose text the rule changed when the corpus was parsed again with the pack. */
  filesTouched: number;
}

export interface LearnResult {
  /** The rule packs, one per group that learned something; `caixun learn` writes them as JSON. */
  rules: RulePackJson[];
  /** What was learned, rule by rule, with the files each one touched. */
  report: LearnedRule[];
  files: number;
  groups: number;
}

const MAX_GROUP_VALUE = 40;

/**
 * Learns boilerplate from a corpus: parses every file, groups them by source or channel, finds the
 * lines many stories of a group share (`learnLines`), writes them as rule packs (`dropLines`,
 * matched on the group's front-matter field), then parses the corpus again with the packs to count
 * the files each rule touched.
 */
export function learnRules(files: readonly CorpusFile[], options: LearnOptions = {}): LearnResult {
  const settings = { ...DEFAULT_LEARN_SETTINGS, ...options.settings };
  const groupFields = options.groupFields ?? DEFAULT_GROUP_FIELDS;
  const inputs: LearnInput[] = [];
  const parsed: Article[] = [];
  for (const file of files) {
    const article = parse(file.bytes, { ...options.parse, filename: file.name });
    parsed.push(article);
    inputs.push({
      file: file.name,
      group: groupOf(file, groupFields),
      story: article.fingerprint,
      lines: article.blocks.map(blockText).filter((text) => text !== ""),
      title: article.title,
    });
  }
  const learned = learnLines(inputs, settings);
  const rules: RulePackJson[] = learned.map((group, index) => {
    const pack: RulePackJson = {
      name: `learned-${index + 1}`,
      description: group.group
        ? `Learned from the ${group.stories} stories whose ${group.group.field} is “${group.group.value}”: lines at least ${settings.minStories} of them (and ${Math.round(settings.minShare * 100)}%) share.`
        : `Learned from the ${group.stories} stories that name no source or channel: lines at least ${settings.minStories} of them (and ${Math.round(settings.minShare * 100)}%) share.`,
    };
    if (group.group) pack.match = { fields: { [group.group.field]: group.group.value } };
    if (group.lines.length > 0) pack.dropLines = group.lines.map((line) => line.line);
    if (group.titleSuffixes.length > 0) pack.titleSuffixes = group.titleSuffixes.map((tail) => tail.line);
    pack.learned = {
      group: group.group,
      stories: group.stories,
      settings,
      lines: group.lines,
      titleSuffixes: group.titleSuffixes,
    };
    return pack;
  });
  // Verify on the corpus: which files each rule changed.
  const report: LearnedRule[] = learned.flatMap((group, index) =>
    [
      ...group.lines.map((line) => ({ kind: "line" as const, line })),
      ...group.titleSuffixes.map((line) => ({ kind: "title-suffix" as const, line })),
    ].map(({ kind, line }) => ({
      pack: rules[index]!.name,
      kind,
      group: group.group,
      line: line.line,
      stories: line.stories,
      share: line.share,
      filesTouched: 0,
    })),
  );
  if (rules.length > 0) {
    const byRule = new Map(report.map((rule) => [`${rule.pack}\u0000${rule.kind}\u0000${rule.line}`, rule]));
    const touched = (pack: RulePackJson, kind: LearnedRule["kind"], line: string) => {
      const rule = byRule.get(`${pack.name}\u0000${kind}\u0000${line}`);
      if (rule) rule.filesTouched += 1;
    };
    const withLearned = withRules(options.parse?.packs ?? PACKS, rules);
    files.forEach((file, index) => {
      const first = parsed[index]!;
      const before = new Set(first.blocks.map((b) => collapse(blockText(b))));
      const after = parse(file.bytes, { ...options.parse, filename: file.name, packs: withLearned });
      const still = new Set(after.blocks.map((b) => collapse(blockText(b))));
      const titleBefore = collapse(first.title);
      const titleAfter = collapse(after.title);
      for (const pack of rules) {
        for (const line of pack.dropLines ?? []) {
          if (before.has(line) && !still.has(line)) touched(pack, "line", line);
        }
        for (const tail of pack.titleSuffixes ?? []) {
          if (titleBefore.endsWith(tail) && !titleAfter.endsWith(tail)) touched(pack, "title-suffix", tail);
        }
      }
    });
  }
  return { rules, report, files: files.length, groups: new Set(inputs.map((i) => groupKey(i.group))).size };
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function groupKey(group: LearnInput["group"]): string {
  return group ? `${group.field}\u0000${group.value}` : "";
}

/** The first group field of the file's front matter that holds a short string. */
function groupOf(file: CorpusFile, fields: readonly string[]): LearnInput["group"] {
  let data: Record<string, unknown>;
  try {
    data = readFile(decode(file.bytes).text, file.name).document.data;
  } catch (error) {
    if (error instanceof CaixunError) return null;
    throw error;
  }
  for (const field of fields) {
    const value = data[field];
    if ((typeof value === "string" || typeof value === "number") && String(value).trim() !== "") {
      const text = String(value).trim();
      if (text.length <= MAX_GROUP_VALUE) return { field, value: text };
    }
  }
  return null;
}
