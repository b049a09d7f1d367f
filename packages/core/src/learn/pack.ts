import { PACKS } from "../packs/index.js";
import { MAX_RULE_CHARS, MAX_RULE_PATTERNS, type RulePackJson, withRules } from "../packs/json.js";
import { type ParseAllOptions, parseAllSync, parseAllSyncWithFields } from "../parse-all.js";
import { blockText } from "../stages/raw-block.js";
import {
  collapse,
  DEFAULT_LEARN_SETTINGS,
  groupKey,
  type LearnedGroup,
  type LearnedLine,
  type LearnInput,
  type LearnSettings,
  learnLinesInPasses,
} from "./learn.js";

/** One file of a corpus to learn from: a document, or a dump of records (each learned from as a document). */
export interface CorpusFile {
  /** Its name or path, for the report (and as the parse's `filename`). */
  name: string;
  /** Its bytes, decompressed (gzip gives one `compressed-input` failure, as `parseAllSync` does). */
  bytes: Uint8Array | string;
}

export interface LearnOptions {
  /** Thresholds; the rest keep `DEFAULT_LEARN_SETTINGS`. */
  settings?: Partial<LearnSettings>;
  /**
   * Fields that name a document's source or channel, tried in order: a file's front matter, a record's
   * fields with its feed as `source` and `channel` (`matchedFields`, what a pack's `match.fields` sees). A
   * document is grouped by the first that holds a short string; documents with none are learned from together.
   */
  groupFields?: readonly string[];
  /** Parse options (packs, settings, a record mapping) for reading the corpus. */
  parse?: Omit<ParseAllOptions, "filename">;
  /**
   * Counters of a group's first-pass summary (`LineSketch`), `LEARN_SKETCH_CAPACITY` by default; a
   * group that needs more is read again with enough, so the rules do not depend on it.
   */
  sketchCapacity?: number;
  /** How much of the corpus's text the first reading keeps for the later passes, `LEARN_KEPT_TEXT` by default. */
  keptText?: number;
}

/**
 * Counters a group's summary of lines starts with: a line is then surely kept if its group has fewer
 * than `capacity × minShare` lines a story on average (4,096 × 0.2: about 800); a group with more is read again.
 */
export const LEARN_SKETCH_CAPACITY = 4096;

/**
 * How much of the corpus's text (UTF-16 code units of its documents' lines and titles) the learner keeps from its first
 * reading, so that its later passes read the documents kept instead of parsing the files again: a corpus of a thousand
 * stories or so is parsed once (and once more with the rules); a larger one (the seven days of flash dumps, 45,352
 * records) is read as it is iterated, every pass, its memory as before (`docs/reliability.md`).
 */
export const LEARN_KEPT_TEXT = 4 * 1024 * 1024;

/** Fields that name who published a document, in the order generators write them (`source`: a record's feed too). */
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
  /** Documents (files, records of a dump) whose text the rule changed when the corpus was parsed again with the pack. */
  filesTouched: number;
}

export interface LearnResult {
  /** The rule packs, one per group that learned something; `caixun learn` writes them as JSON. */
  rules: RulePackJson[];
  /** What was learned, rule by rule, with the files each one touched. */
  report: LearnedRule[];
  files: number;
  /** Documents learned from: one per file, one per record of a dump. */
  documents: number;
  /** Documents that could not be read (a record that is no news, a compressed file); the rest are learned from. */
  failures: number;
  groups: number;
  /** Times the corpus was read: one summary pass or more, the count of candidates, the check of the rules. */
  passes: number;
  /** The most counters one group's summary held at once (below twice its capacity): the learner's memory of lines. */
  mostCounters: number;
  /**
   * Rules learned but not written: past what one rules document may hold (`MAX_RULE_PATTERNS` rules,
   * `MAX_RULE_CHARS` characters), those the fewest stories share are left out (`withinRuleLimits`).
   */
  rulesLeftOut: number;
}

const MAX_GROUP_VALUE = 40;

/**
 * Learns boilerplate from a corpus: parses every document (a file, each record of a dump), groups them
 * by source or channel as a pack's `match` sees them (`matchedFields`), finds the lines many stories of a
 * group share, writes them as rule packs (`dropLines`, matched on the group's field), then parses the
 * corpus again with the packs to count the documents each rule touched.
 *
 * The corpus is read as it is iterated, several times (`files` may read each file when it is reached:
 * one file's bytes are held at a time): a summary of each group's lines (`LineSketch`) finds the
 * candidates, a second pass counts their stories exactly (`LineCounter`), a third checks the rules.
 * Memory is the summaries' counters and the groups' story fingerprints, and the documents of the first reading
 * while their text fits in `keptText` (the later passes then read those instead of parsing each file again), not the
 * text of a larger corpus; the rules are those `learnLines` gives over every document at once.
 */
export function learnRules(files: Iterable<CorpusFile>, options: LearnOptions = {}): LearnResult {
  const settings = { ...DEFAULT_LEARN_SETTINGS, ...options.settings };
  const groupFields = options.groupFields ?? DEFAULT_GROUP_FIELDS;
  let fileCount = 0;
  let documents = 0;
  let failures = 0;
  const groups = new Set<string>();
  const storyKeys = new StoryKeys();
  let counting = true;
  // Each file's documents as the first reading parsed them (null: a failure), while their text fits in `keptText`.
  let kept: Array<Array<LearnInput | null>> | null = [];
  let keptText = 0;
  const keptTextMax = options.keptText ?? LEARN_KEPT_TEXT;
  // Every document of the corpus, parsed as it is reached; the first reading counts them and keeps them while they fit.
  const inputs: Iterable<LearnInput> = {
    *[Symbol.iterator]() {
      if (!counting && kept !== null) {
        for (const read of kept) for (const document of read) if (document !== null) yield document;
        return;
      }
      for (const file of files) {
        if (counting) fileCount++;
        const read: Array<LearnInput | null> | null = counting && kept !== null ? [] : null;
        for (const document of documentsOf(file, options, groupFields, storyKeys)) {
          if (counting) {
            if (document === null) failures++;
            else {
              documents++;
              groups.add(groupKey(document.group));
              keptText += document.title?.length ?? 0;
              for (const line of document.lines) keptText += line.length;
            }
          }
          read?.push(document);
          if (document !== null) yield document;
        }
        if (read !== null && keptText <= keptTextMax) kept!.push(read);
        else kept = null;
      }
      counting = false;
    },
  };
  const {
    learned: everyGroup,
    passes: learning,
    mostCounters,
  } = learnLinesInPasses(inputs, settings, options.sketchCapacity ?? LEARN_SKETCH_CAPACITY);
  const { kept: learned, leftOut: rulesLeftOut } = withinRuleLimits(everyGroup);
  let passes = learning;
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
    // Pass 3: each file parsed without the packs (or its documents as kept) and with them, its documents compared in order.
    let fileIndex = 0;
    for (const file of files) {
      const before = beforeRules(file, kept?.[fileIndex++], options);
      for (const result of parseAllSync(file.bytes, {
        ...options.parse,
        filename: file.name,
        packs: withLearned,
      })) {
        const next = before.next();
        if (next.done || next.value === null || !result.ok) continue;
        const blocks = new Set(next.value.lines.map(collapse));
        const title = collapse(next.value.title ?? "");
        const still = new Set(result.article.blocks.map((b) => collapse(blockText(b))));
        const titleAfter = collapse(result.article.title);
        for (const pack of rules) {
          for (const line of pack.dropLines ?? []) {
            if (blocks.has(line) && !still.has(line)) touched(pack, "line", line);
          }
          for (const tail of pack.titleSuffixes ?? []) {
            if (title.endsWith(tail) && !titleAfter.endsWith(tail)) touched(pack, "title-suffix", tail);
          }
        }
      }
    }
    passes++;
  }
  return {
    rules,
    report,
    files: fileCount,
    documents,
    failures,
    groups: groups.size,
    passes,
    mostCounters,
    rulesLeftOut,
  };
}

/**
 * The learned groups with no more rules than one rules document may hold, each line or title tail one rule of its
 * length (as `ruleLoad` counts them): the rules the most stories share are kept, the rest left out and counted; a
 * group left with none writes no pack. 1,100 sources sharing a line each made a document the parser refused: the
 * learner threw `invalid-rules` after reading the corpus, and nothing was written (twenty-seventh round).
 */
function withinRuleLimits(groups: readonly LearnedGroup[]): { kept: LearnedGroup[]; leftOut: number } {
  const rules = groups.flatMap((group, index) =>
    [...group.lines, ...group.titleSuffixes].map((rule) => ({ index, rule })),
  );
  // Stable: rules shared alike keep the groups' order.
  rules.sort((a, b) => b.rule.stories - a.rule.stories);
  const keptRules = new Set<LearnedLine>();
  let chars = 0;
  for (const { rule } of rules) {
    if (keptRules.size === MAX_RULE_PATTERNS) break;
    if (chars + rule.line.length > MAX_RULE_CHARS) continue;
    keptRules.add(rule);
    chars += rule.line.length;
  }
  const kept = groups
    .map((group) => ({
      ...group,
      lines: group.lines.filter((rule) => keptRules.has(rule)),
      titleSuffixes: group.titleSuffixes.filter((rule) => keptRules.has(rule)),
    }))
    .filter((group) => group.lines.length + group.titleSuffixes.length > 0);
  return { kept, leftOut: rules.length - keptRules.size };
}

/** A file's documents as the learning passes read them (`read`, when kept), else parsed again as they are reached. */
function beforeRules(
  file: CorpusFile,
  read: ReadonlyArray<LearnInput | null> | undefined,
  options: LearnOptions,
): Iterator<{ lines: readonly string[]; title?: string } | null> {
  if (read !== undefined) return read[Symbol.iterator]();
  return (function* () {
    for (const result of parseAllSync(file.bytes, { ...options.parse, filename: file.name }))
      yield result.ok ? { lines: result.article.blocks.map(blockText), title: result.article.title } : null;
  })();
}

/**
 * Which story a document tells, for counting a line's stories: the first document's of its fingerprint, or of its
 * headline and day of publication. Copies of one story that outlets each give a lead line of their own, an editor's
 * note or an update differ in fingerprint (six such copies of a short story: 8–17 of 64 bits apart, unrelated stories
 * 29–41), so by fingerprint alone they were six stories, and the story's own paragraphs were learned as the group's
 * furniture and dropped from every copy (thirtieth round). A headline and day both shared is one story; a daily column
 * that keeps its headline is another story each day, and an undated or untitled document goes by its fingerprint.
 * Keys are taken by the first document that bears them, so every pass over the corpus, in its order, gives each
 * document the story the first gave it. Memory: two keys a document, as the groups' story fingerprints.
 */
class StoryKeys {
  private readonly stories = new Map<string, string>();

  of(article: { fingerprint: string; title: string; publishedAt: string | null }): string {
    const printed = `f\u0000${article.fingerprint}`;
    const title = collapse(article.title);
    // `publishedAt` is ISO 8601 with the file's own offset: its first ten characters are the day where it was published.
    const headline =
      title === "" || article.publishedAt === null
        ? null
        : `t\u0000${article.publishedAt.slice(0, 10)}\u0000${title}`;
    const story =
      (headline === null ? undefined : this.stories.get(headline)) ??
      this.stories.get(printed) ??
      article.fingerprint;
    if (!this.stories.has(printed)) this.stories.set(printed, story);
    if (headline !== null && !this.stories.has(headline)) this.stories.set(headline, story);
    return story;
  }
}

/** A file's documents as the learner sees them (null: a document that failed), parsed as they are reached. */
function* documentsOf(
  file: CorpusFile,
  options: LearnOptions,
  groupFields: readonly string[],
  stories: StoryKeys,
): Generator<LearnInput | null> {
  for (const { result, fields } of parseAllSyncWithFields(file.bytes, {
    ...options.parse,
    filename: file.name,
  })) {
    if (!result.ok) {
      yield null;
      continue;
    }
    const article = result.article;
    yield {
      file: article.ref === null ? file.name : `${file.name} (${article.ref})`,
      group: groupOf(fields ?? {}, groupFields),
      story: stories.of(article),
      lines: article.blocks.map(blockText).filter((text) => text !== ""),
      title: article.title,
    };
  }
}

/** The first group field of a document's fields (`matchedFields`) that holds a short string. */
function groupOf(data: Record<string, unknown>, fields: readonly string[]): LearnInput["group"] {
  for (const field of fields) {
    if (!Object.hasOwn(data, field)) continue;
    const value = data[field];
    if ((typeof value === "string" || typeof value === "number") && String(value).trim() !== "") {
      const text = String(value).trim();
      if (text.length <= MAX_GROUP_VALUE) return { field, value: text };
    }
  }
  return null;
}
