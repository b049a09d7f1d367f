import { PACKS } from "../packs/index.js";
import { type RulePackJson, withRules } from "../packs/json.js";
import { type ParseAllOptions, parseAllSync, parseAllSyncWithFields } from "../parse-all.js";
import { blockText } from "../stages/raw-block.js";
import { DEFAULT_LEARN_SETTINGS, type LearnInput, type LearnSettings, learnLines } from "./learn.js";

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
}

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
}

const MAX_GROUP_VALUE = 40;

/** What the second parse compares of a document: its block texts and title as the first parse read them. */
interface Parsed {
  blocks: Set<string>;
  title: string;
}

/**
 * Learns boilerplate from a corpus: parses every document (a file, each record of a dump), groups them
 * by source or channel as a pack's `match` sees them (`matchedFields`), finds the lines many stories of a
 * group share (`learnLines`), writes them as rule packs (`dropLines`, matched on the group's field),
 * then parses the corpus again with the packs to count the documents each rule touched.
 */
export function learnRules(files: readonly CorpusFile[], options: LearnOptions = {}): LearnResult {
  const settings = { ...DEFAULT_LEARN_SETTINGS, ...options.settings };
  const groupFields = options.groupFields ?? DEFAULT_GROUP_FIELDS;
  const inputs: LearnInput[] = [];
  // Per file, its documents in the order the parse gives them (null: a failure), for the second pass.
  const parsed: Array<Array<Parsed | null>> = [];
  let failures = 0;
  for (const file of files) {
    const documents: Array<Parsed | null> = [];
    for (const { result, fields } of parseAllSyncWithFields(file.bytes, {
      ...options.parse,
      filename: file.name,
    })) {
      if (!result.ok) {
        failures++;
        documents.push(null);
        continue;
      }
      const article = result.article;
      const lines = article.blocks.map(blockText).filter((text) => text !== "");
      documents.push({ blocks: new Set(lines.map(collapse)), title: collapse(article.title) });
      inputs.push({
        file: article.ref === null ? file.name : `${file.name} (${article.ref})`,
        group: groupOf(fields ?? {}, groupFields),
        story: article.fingerprint,
        lines,
        title: article.title,
      });
    }
    parsed.push(documents);
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
      const documents = parsed[index]!;
      let at = 0;
      for (const result of parseAllSync(file.bytes, {
        ...options.parse,
        filename: file.name,
        packs: withLearned,
      })) {
        const first = documents[at++];
        if (first === null || first === undefined || !result.ok) continue;
        const still = new Set(result.article.blocks.map((b) => collapse(blockText(b))));
        const titleAfter = collapse(result.article.title);
        for (const pack of rules) {
          for (const line of pack.dropLines ?? []) {
            if (first.blocks.has(line) && !still.has(line)) touched(pack, "line", line);
          }
          for (const tail of pack.titleSuffixes ?? []) {
            if (first.title.endsWith(tail) && !titleAfter.endsWith(tail)) touched(pack, "title-suffix", tail);
          }
        }
      }
    });
  }
  return {
    rules,
    report,
    files: files.length,
    documents: inputs.length,
    failures,
    groups: new Set(inputs.map((i) => groupKey(i.group))).size,
  };
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function groupKey(group: LearnInput["group"]): string {
  return group ? `${group.field}\u0000${group.value}` : "";
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
