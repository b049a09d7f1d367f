import type { Article } from "./article.js";
import type { PackSet } from "./packs/index.js";
import { parseDocument } from "./parse-document.js";
import { type RecordInputs, readRecordInput } from "./readers/record-inputs.js";
import type { SecurityDictionary } from "./securities/dictionary.js";
import type { ParseSettings } from "./settings.js";
import type { YamlExtensions } from "./stages/front-matter-yaml.js";
import { readMarkup } from "./stages/read-body.js";
import type { EntityTable } from "./text/entities.js";

export interface ParseOptions {
  /** The file's name or path: a long number in it is the article id when the content has none. */
  filename?: string;
  /**
   * Thresholds to change; the rest keep their defaults (`DEFAULT_SETTINGS`). A frozen object
   * (`Object.freeze`) is checked and resolved once, however many files are parsed with it.
   */
  settings?: Partial<ParseSettings>;
  /**
   * The packs in force instead of the bundled registry (`PACKS`), e.g. `{ ...PACKS, content: [...PACKS.content, mine] }`;
   * rule packs as JSON (`caixun learn` writes them) are added with `withRules(PACKS, rules)` from
   * `@caixun/core/rules`, which checks the document (an invalid one throws `CaixunError`,
   * `invalid-rules`), so that a page that only parses ships no checker.
   */
  packs?: PackSet;
  /**
   * A securities dictionary (`loadSecurities()` from `@caixun/core/securities`, or your own list) to find
   * companies, indices and sectors by name. Without one, securities come from records, widgets and written codes only.
   */
  securities?: SecurityDictionary;
  /**
   * The full YAML reader (`fullYaml` from `@caixun/core/yaml`) for front matter that writes tags,
   * anchors or directives. Without it such front matter is recovered line by
   * line (`yaml-recovered`), and the parser stays smaller; everything else reads the same either way.
   */
  yaml?: YamlExtensions;
  /**
   * HTML's named character references beyond HTML 4.01's (`fullEntities` from `@caixun/core/entities`:
   * MathML's symbols such as `&Afr;`, `&NotEqualTilde;`). Without it such a name stays the text it is,
   * and the parser stays smaller; numeric references, HTML 4.01's names and every name read without
   * `;` read the same either way.
   */
  entities?: EntityTable;
  /**
   * The readers of inputs of records — a JSON record, a feed, a SQL dump, a CSV export, a tagged corpus, a
   * text file of labelled lines (`Title: …`, `标题：…`) — (`records` from `@caixun/core/records`) for the
   * browser build of `@caixun/core` (the package's `browser` condition), which leaves them out: without them
   * such an input is read as one file without front matter, a file of labelled lines as one without labels
   * (`records-not-loaded`). The default entry (Node, Workers) always has them.
   */
  records?: RecordInputs;
}

/**
 * Parses one news file into an Article. Never throws for any string or bytes; the only errors are
 * `CaixunError`s for documented limits (input over `settings.maxInputBytes`, an input that is not a
 * string or bytes, an invalid setting, a parse past its work budget: `parse-budget-exceeded`).
 *
 * decode → detect the kind of input and read it into its document (front matter, HTML, Markdown or
 * plain text) → the per-document pipeline (`runPipeline`); a stage that fails on input nobody
 * foresaw leaves the text kept line by line (`parse-failed`). An input of many documents (a dump,
 * a digest) is read as one and says so (`many-documents`): `parseAll` gives one Article each.
 */
export function parse(input: string | Uint8Array, options: ParseOptions = {}): Article {
  return parseDocument(input, options, readRecordInput, readMarkup);
}
