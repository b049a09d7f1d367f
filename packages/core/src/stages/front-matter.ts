import { STAGES_FRONT_MATTER_PATTERNS } from "@caixun/core/text/rule-patterns";
import type { Warning } from "../article.js";
import { setOwn } from "../assemble/own-property.js";
import { fileDocument, type SourceDocument } from "../pipeline/document.js";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
import { warning } from "../warnings.js";
import { boundedData } from "./front-matter-data.js";
import { readFlatMapping } from "./front-matter-flat.js";
import { readYaml, type YamlExtensions, type YamlResult } from "./front-matter-yaml.js";

export interface FrontMatter {
  /** True when the file opens (after blank lines) with a `---` fenced block (YAML), or a `+++` one (TOML). */
  present: boolean;
  /** The fields, as YAML or the line-by-line recovery read them. */
  data: Record<string, unknown>;
  /** Everything after the closing fence (the whole text when there is no front matter). */
  body: string;
  /** 1-based line of the input where `body` starts. */
  bodyLine: number;
  warnings: Warning[];
}

/**
 * The patterns below are compiled from their literals (`STAGES_FRONT_MATTER_PATTERNS`, `text/rule-patterns.ts`) when a function that
 * reads one is first called: a Worker reads the literals from its static assets before any parse instead of carrying
 * them in its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag
 * once per call.
 */
let stagesFrontMatterPatternsCompiled = false;
let FENCE: RegExp;
let CLOSING_FENCE: RegExp;
/** The fence of TOML front matter (Hugo, Zola), which opens and closes it alike. */
let TOML_FENCE: RegExp;
/** A TOML key before its value (`authors = ["小中"]`). */
let TOML_KEY: RegExp;

/**
 * The one document of a file: its front matter (when it has one) as the stated fields, the rest as
 * the body, for detection to decide how it is written.
 */
export function readFile(
  text: string,
  filename: string | undefined,
  yaml?: YamlExtensions,
): { document: SourceDocument; warnings: Warning[] } {
  const split = splitFrontMatter(text, yaml);
  return {
    document: fileDocument({
      data: split.data,
      hasFrontMatter: split.present,
      body: split.body,
      bodyLine: split.bodyLine,
      raw: text,
      filename,
    }),
    warnings: split.warnings,
  };
}

/**
 * Split front matter. A YAML reader (the flat one, else `readYaml`, with the full reader's
 * extensions when `yaml` gives them) reads it first; when the YAML is invalid (unescaped quotes in a
 * double-quoted title, tabs, stray indentation), or writes what only the full reader reads (a tag,
 * an anchor, a directive) and it was not given, the fields are recovered line by
 * line and the article carries `yaml-recovered` with the line of the YAML error or construct.
 */
export function splitFrontMatter(text: string, yaml?: YamlExtensions): FrontMatter {
  if (!stagesFrontMatterPatternsCompiled) compileStagesFrontMatterPatterns();
  // Lines are read one at a time up to the closing fence: the body is never cut into lines.
  let at = 0;
  let index = 0;
  let line = nextLine(text, at);
  while (line.text.trim() === "" && line.next !== -1) {
    at = line.next;
    index++;
    line = nextLine(text, at);
  }
  const toml = TOML_FENCE.test(line.text);
  if (line.text.trim() === "" || !(toml || FENCE.test(line.text))) return noFrontMatter(text);
  const closing = toml ? TOML_FENCE : CLOSING_FENCE;
  const start = index;
  const yamlStart = line.next;
  let end = -1;
  while (line.next !== -1) {
    at = line.next;
    index++;
    line = nextLine(text, at);
    if (closing.test(line.text)) {
      end = index;
      break;
    }
  }
  if (end === -1) {
    // An opening fence with no closing one is a horizontal rule or a broken file: keep it all as body.
    if (toml) return noFrontMatter(text);
    return noFrontMatter(text, [
      warning("yaml-recovered", "front matter opens with --- but never closes; read as body", start + 1),
    ]);
  }
  const body = line.next === -1 ? "" : text.slice(line.next);
  const firstYamlLine = start + 2;
  const source = end === start + 1 ? "" : text.slice(yamlStart, at - 1);
  if (toml) {
    // TOML writes every table after the page's own keys: those are read, `key = value` as the recovery reads
    // `key: value` (an array over lines, `tags = [`, as a key with nothing read under it).
    const table = source.search(/^\[/m);
    const lines = (table === -1 ? source : source.slice(0, table)).split("\n");
    const data = recoverFields(
      lines.map((line) => line.replace(TOML_KEY, "$1:").replace(/^([\w-]+:)[ \t]*\[[ \t]*$/, "$1")),
    );
    return { present: true, data, body, bodyLine: end + 2, warnings: [] };
  }
  const parsed = parseYaml(source, yaml);
  if (parsed.ok) {
    const { data, capped } = boundedData(parsed.data, source.length);
    const warnings =
      capped.length === 0
        ? []
        : [
            warning(
              "front-matter-capped",
              `front-matter value(s) ${capped.join(", ")} cut: aliases expanding past the file's size, a cycle, or nesting too deep`,
              firstYamlLine,
            ),
          ];
    return { present: true, data, body, bodyLine: end + 2, warnings };
  }
  const errorLine = parsed.line === undefined ? firstYamlLine : firstYamlLine + parsed.line;
  const why =
    "beyond" in parsed
      ? `front matter writes ${parsed.beyond}, which only the full YAML reader reads (parse's \`yaml\` option: \`fullYaml\` from @caixun/core/yaml)`
      : `front matter is not valid YAML (${parsed.reason})`;
  return {
    present: true,
    // Front matter the reader stopped at is valid YAML: its anchors, aliases, tags and block scalars
    // are read as such. Invalid YAML is recovered as written.
    data: recoverFields(source.split("\n"), "beyond" in parsed),
    body,
    bodyLine: end + 2,
    warnings: [warning("yaml-recovered", `${why}; fields recovered line by line`, errorLine)],
  };
}

/** A file read as having no front matter: the whole text is the body, from its first line. */
function noFrontMatter(text: string, warnings: Warning[] = []): FrontMatter {
  return { present: false, data: {}, body: text, bodyLine: 1, warnings };
}

/** The line starting at `at` (without its line feed) and where the next one starts (-1 after the last). */
function nextLine(text: string, at: number): { text: string; next: number } {
  const feed = text.indexOf("\n", at);
  return feed === -1 ? { text: text.slice(at), next: -1 } : { text: text.slice(at, feed), next: feed + 1 };
}

function parseYaml(source: string, yaml: YamlExtensions | undefined): YamlResult {
  if (source.trim() === "") return { ok: true, data: {} };
  // Flat `key: string` lines, as nearly every post has them, are read without the YAML reader.
  const flat = readFlatMapping(source);
  return flat === null ? readYaml(source, yaml) : { ok: true, data: flat };
}

// The values are `[\s\S]*`, which always reaches the end: with `.*` a line ending in U+2028 made
// `$` fail and the engine retry every split of the white space before the value.
let KEY_LINE: RegExp;
let LIST_ITEM: RegExp;

/**
 * A property before a value, read where the last one ended (sticky): an anchor (`&name`) or a tag
 * (`!!str`, `!x`), one run of non-blanks then blanks: linear, and the value is cut once.
 */
let PROPERTY: RegExp;
let ALIAS: RegExp;
/** A block scalar's header: `|` or `>` with its chomping and indentation indicators. */
let BLOCK_SCALAR: RegExp;

/** Compiles `STAGES_FRONT_MATTER_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileStagesFrontMatterPatterns(): void {
  [FENCE, CLOSING_FENCE, TOML_FENCE, TOML_KEY, KEY_LINE, LIST_ITEM, PROPERTY, ALIAS, BLOCK_SCALAR] =
    STAGES_FRONT_MATTER_PATTERNS.map(regexFromLiteral) as RegExps<9>;
  stagesFrontMatterPatternsCompiled = true;
}

/**
 * Reads `key: value` lines, `- item` lists and `[a, b]` flow lists the way a forgiving human would.
 * With `properties` (valid YAML the reader `parse` has by default does not read): a value's anchor
 * and tag are dropped, an alias takes its anchor's value (or leaves its key unset), and a block
 * scalar (`|`, `>`) takes the indented lines under it, kept or folded.
 */
export function recoverFields(lines: string[], properties = false): Record<string, unknown> {
  if (!stagesFrontMatterPatternsCompiled) compileStagesFrontMatterPatterns();
  const data: Record<string, unknown> = {};
  const anchors = new Map<string, unknown>();
  let listKey: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\t/g, "  ");
    const item = LIST_ITEM.exec(line);
    if (item && listKey !== null) {
      (data[listKey] as unknown[]).push(unquote(item[1]!.trim()));
      continue;
    }
    const field = KEY_LINE.exec(line);
    if (!field) continue;
    const key = field[1]!;
    let value = (field[2] ?? "").trim();
    listKey = null;
    let anchor: string | undefined;
    if (properties) {
      let end = 0;
      PROPERTY.lastIndex = 0;
      for (let property = PROPERTY.exec(value); property !== null; property = PROPERTY.exec(value)) {
        if (property[1] === "&") anchor = property[2];
        end = PROPERTY.lastIndex;
      }
      value = value.slice(end);
      const alias = ALIAS.exec(value);
      if (alias !== null) {
        if (anchors.has(alias[1]!)) setOwn(data, key, anchors.get(alias[1]!));
        continue;
      }
      if (BLOCK_SCALAR.test(value)) {
        const block = blockScalar(lines, i + 1, value);
        i = block.next - 1;
        setOwn(data, key, block.text);
        if (anchor !== undefined) anchors.set(anchor, block.text);
        continue;
      }
    }
    if (value === "") {
      setOwn(data, key, []);
      listKey = key;
      continue;
    }
    // A quoted scalar that does not close on its line continues on the next ones.
    const quote = value[0];
    if ((quote === '"' || quote === "'") && !closesQuote(value, quote)) {
      while (i + 1 < lines.length && !KEY_LINE.test(lines[i + 1]!) && !closesQuote(value, quote)) {
        value += ` ${lines[++i]!.trim()}`;
      }
    }
    setOwn(data, key, value.startsWith("[") && value.endsWith("]") ? flowList(value) : unquote(value));
    if (anchor !== undefined) anchors.set(anchor, data[key]);
  }
  for (const [key, value] of Object.entries(data)) {
    if (Array.isArray(value) && value.length === 0) setOwn(data, key, null);
  }
  return data;
}

/**
 * The lines of a block scalar from `start`: blank or indented ones, less the first one's indent;
 * `|` keeps the line breaks, `>` folds lines into spaces (a blank line is a break); a final line
 * break unless the header says `-`.
 */
function blockScalar(lines: string[], start: number, header: string): { text: string; next: number } {
  let next = start;
  while (next < lines.length && (lines[next]!.trim() === "" || /^[ \t]/.test(lines[next]!))) next++;
  const body = lines.slice(start, next).map((line) => line.replace(/\t/g, "  "));
  while (body.length > 0 && body[body.length - 1]!.trim() === "") body.pop();
  const first = body.find((line) => line.trim() !== "") ?? "";
  const indent = first.length - first.trimStart().length;
  const content = body.map((line) => line.slice(Math.min(indent, line.length - line.trimStart().length)));
  const text = header.startsWith(">")
    ? content.reduce((folded, line, at) => {
        if (at === 0) return line;
        if (line === "") return `${folded}\n`;
        return folded.endsWith("\n") || folded === "" ? folded + line : `${folded} ${line}`;
      }, "")
    : content.join("\n");
  return { text: header.includes("-") || text === "" ? text : `${text}\n`, next };
}

function closesQuote(value: string, quote: string): boolean {
  return value.length > 1 && value.endsWith(quote);
}

function flowList(value: string): string[] {
  return value
    .slice(1, -1)
    .split(",")
    .map((part) => unquote(part.trim()))
    .filter((part) => part !== "");
}

/** Strips one pair of outer quotes; the inside is kept as written (unescaped quotes and all). */
function unquote(value: string): string {
  if (value.length >= 2) {
    const first = value[0];
    const last = value[value.length - 1];
    if (first === '"' && last === '"') return value.slice(1, -1).replace(/\\(["\\])/g, "$1");
    if (first === "'" && last === "'") return value.slice(1, -1).replace(/''/g, "'");
  }
  return value;
}
