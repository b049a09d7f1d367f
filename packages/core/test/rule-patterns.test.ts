import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { regexFromLiteral } from "../src/text/regex-literal.js";
import * as RULE_PATTERNS from "../src/text/rule-patterns.js";

// The readers' and stages' own patterns, written as their literals so that a Worker reads them from its static assets
// (`rule-patterns.json`), and read by position: each module assigns its table to its bindings in one destructuring
// (`[A, B, …] = TABLE.map(regexFromLiteral)`) at the first call of a function that reads one. Each table's entries are
// labelled with the names of its module's bindings (`/* NAME */ raw\`…\``), which must be the same names in the same
// order; the snapshot of every Article
// (`pnpm --filter @caixun/bench snapshot`) proves the patterns themselves in full.

/** Each table and the module that reads it. */
const READERS: Readonly<Record<string, string>> = {
  READERS_RECORD_PATTERNS: "readers/record.ts",
  CREDITS_OUTLETS_PATTERNS: "credits/outlets.ts",
  ENRICH_DATE_EVIDENCE_PATTERNS: "enrich/date-evidence.ts",
  READERS_DETECT_PATTERNS: "readers/detect.ts",
  STAGES_BODY_PATTERNS: "stages/body.ts",
  CREDITS_EXPORT_FRAME_PATTERNS: "credits/export-frame.ts",
  READERS_MARKDOWN_PATTERNS: "readers/markdown.ts",
  STAGES_PLAIN_HEAD_PATTERNS: "stages/plain-head.ts",
  READERS_PAGE_PROPERTIES_PATTERNS: "readers/page-properties.ts",
  STAGES_TITLE_PATTERNS: "stages/title.ts",
  STAGES_PLAIN_TEXT_PATTERNS: "stages/plain-text.ts",
  ENRICH_SECURITIES_PATTERNS: "enrich/securities.ts",
  READERS_LABELLED_PATTERNS: "readers/labelled.ts",
  SECURITIES_NAMES_PATTERNS: "securities/names.ts",
  CREDITS_SITE_SUFFIX_PATTERNS: "credits/site-suffix.ts",
  ENRICH_DATES_PATTERNS: "enrich/dates.ts",
  STAGES_FRONT_MATTER_FLAT_PATTERNS: "stages/front-matter-flat.ts",
  STAGES_MARKDOWN_DIRECT_PATTERNS: "stages/markdown-direct.ts",
  ASSEMBLE_CONTROL_CHARACTERS_PATTERNS: "assemble/control-characters.ts",
  EXTRACT_PAGE_PATTERNS: "extract/page.ts",
  STAGES_CREDITS_PATTERNS: "stages/credits.ts",
  READERS_SQL_PATTERNS: "readers/sql.ts",
  READERS_TYPST_PATTERNS: "readers/typst.ts",
  READERS_FEED_PATTERNS: "readers/feed.ts",
  READERS_CODE_RECORDS_PATTERNS: "readers/code-records.ts",
  MARKDOWN_LINKS_PATTERNS: "markdown/links.ts",
  STAGES_PUBLISH_DATE_PATTERNS: "stages/publish-date.ts",
  STAGES_BLOCKS_PATTERNS: "stages/blocks.ts",
  ENRICH_QUOTE_MARKUP_PATTERNS: "enrich/quote-markup.ts",
  READERS_PYTHON_LITERAL_PATTERNS: "readers/python-literal.ts",
  PACKS_JSON_PATTERNS: "packs/json.ts",
  CREDITS_AUTHOR_TALLY_PATTERNS: "credits/author-tally.ts",
  CREDITS_REGIONS_PATTERNS: "credits/regions.ts",
  CREDITS_TRADITIONAL_PATTERNS: "credits/traditional.ts",
  ENRICH_FUTURE_YEAR_PATTERNS: "enrich/future-year.ts",
  EXTRACT_MARKDOWN_PAGE_PATTERNS: "extract/markdown-page.ts",
  EXTRACT_READER_COPY_PATTERNS: "extract/reader-copy.ts",
  MARKDOWN_DIALECT_PATTERNS: "markdown/dialect.ts",
  MARKDOWN_KRAMDOWN_PATTERNS: "markdown/kramdown.ts",
  MARKDOWN_TEMPLATE_TAGS_PATTERNS: "markdown/template-tags.ts",
  READERS_CSV_DOCUMENTS_PATTERNS: "readers/csv-documents.ts",
  READERS_DIGEST_PATTERNS: "readers/digest.ts",
  READERS_FILE_PATH_PATTERNS: "readers/file-path.ts",
  READERS_HEADING_TEXT_PATTERNS: "readers/heading-text.ts",
  READERS_NOTEBOOK_PATTERNS: "readers/notebook.ts",
  READERS_SLIDE_DECK_PATTERNS: "readers/slide-deck.ts",
  READERS_SQL_DOCUMENTS_PATTERNS: "readers/sql-documents.ts",
  READERS_SQL_KEY_VALUE_PATTERNS: "readers/sql-key-value.ts",
  READERS_TAGGED_RECORDS_PATTERNS: "readers/tagged-records.ts",
  SECURITIES_NAME_FLAGS_PATTERNS: "securities/name-flags.ts",
  STAGES_CAPTIONS_PATTERNS: "stages/captions.ts",
  STAGES_FIELDS_PATTERNS: "stages/fields.ts",
  STAGES_FRONT_MATTER_YAML_FULL_PATTERNS: "stages/front-matter-yaml-full.ts",
  STAGES_FRONT_MATTER_YAML_PATTERNS: "stages/front-matter-yaml.ts",
  STAGES_FRONT_MATTER_PATTERNS: "stages/front-matter.ts",
  STAGES_PAGE_FOOT_PATTERNS: "stages/page-foot.ts",
  STORIES_ANNOUNCER_PATTERNS: "stories/announcer.ts",
  STORIES_COMPARABLE_PATTERNS: "stories/comparable.ts",
  STORIES_FEATURES_PATTERNS: "stories/features.ts",
  STORIES_MOVES_PATTERNS: "stories/moves.ts",
  STORIES_PARTICULARS_PATTERNS: "stories/particulars.ts",
  STORIES_QUAKES_PATTERNS: "stories/quakes.ts",
  STORIES_QUANTITIES_PATTERNS: "stories/quantities.ts",
  STORIES_RELEASES_PATTERNS: "stories/releases.ts",
  ASSEMBLE_ID_PATTERNS: "assemble/id.ts",
};

/** The tables by name (read once, not by a namespace's dynamic key). */
const TABLES = new Map<string, readonly string[]>(Object.entries(RULE_PATTERNS));
const source = (file: string) => readFileSync(new URL(`../src/${file}`, import.meta.url), "utf8");
const namesIn = (list: string) =>
  list
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "");
/** The names a table's entries are labelled with (a comment of the name before each literal), in the table's order. */
const labelsIn = (entries: string) => [...entries.matchAll(/\/\* (\w+) \*\/ /gu)].map((label) => label[1]!);

test("each table lists its patterns in the order its module assigns them to its bindings", () => {
  expect(Object.keys(READERS).sort()).toStrictEqual(Object.keys(RULE_PATTERNS).sort());
  const data = source("text/rule-patterns.ts");
  for (const [name, reader] of Object.entries(READERS)) {
    const table = TABLES.get(name)!;
    const madeBy = new RegExp(
      `export const ${name}: readonly string\\[\\] =\\s+/\\* @__PURE__ \\*/ (\\w+)\\(\\);`,
      "u",
    ).exec(data);
    expect(madeBy, name).not.toBeNull();
    const listed = new RegExp(
      `function ${madeBy![1]}\\(\\): readonly string\\[\\] \\{[\\s\\S]*?\\n  return \\[([\\s\\S]*?)\\];\\n\\}`,
      "u",
    ).exec(data);
    const assigned = new RegExp(
      `\\[([\\w\\s,]*)\\] =\\s+${name}\\.map\\(\\s*regexFromLiteral,?\\s*\\) as RegExps<(\\d+)>;`,
      "u",
    ).exec(source(reader));
    expect(listed, name).not.toBeNull();
    expect(assigned, name).not.toBeNull();
    expect(namesIn(assigned![1]!), name).toStrictEqual(labelsIn(listed![1]!));
    expect(labelsIn(listed![1]!).length, name).toBe(table.length);
    expect(Number(assigned![2]), name).toBe(table.length);
    // Every binding is declared once, as a pattern, and no other module reads the table.
    for (const binding of namesIn(assigned![1]!)) expect(source(reader)).toContain(`let ${binding}: RegExp;`);
    for (const [other, otherReader] of Object.entries(READERS))
      if (other !== name) expect(source(otherReader), other).not.toContain(`${name}.map`);
  }
});

test("every pattern of the tables is a literal that compiles, with its flags, and reads back as itself", () => {
  expect([...TABLES.values()].reduce((sum, table) => sum + table.length, 0)).toBe(485);
  for (const [name, table] of TABLES)
    for (const literal of table) {
      expect(literal, name).toMatch(/^\/[\s\S]+\/[dgimsuvy]*$/u);
      const pattern = regexFromLiteral(literal);
      expect(pattern.flags, literal).toBe(literal.slice(literal.lastIndexOf("/") + 1));
      expect(String(pattern), name).toBe(literal);
    }
});
