/**
 * Every regular expression of core, found in the source rather than listed by hand, so a regex
 * added tomorrow (a credit grammar, a reader) is in the catalogue without anyone adding it.
 *
 * - Literals (`/…/u`) are read from the TypeScript syntax tree of every file under `src/`.
 * - Constructed ones (`new RegExp(…)`) are caught at run time: each `src/` module is imported with
 *   the `RegExp` constructor watched, and every regex built by code in `src/` is kept.
 *
 * Apart (`tableAndPackRegexes`, below): the tables of literals' texts (a module that writes raw`/…/` strings:
 * `text/rule-patterns.ts`, `credits/credit-patterns.ts`, `stages/boilerplate-lines.ts`), which the syntax scan sees as
 * strings and which no module compiles when it loads, and the bundled packs' JSON rules. The catalogue measures both
 * lists (`measureRegexes`), the tables' some 660 through a screen first, so that a new table entry is checked the day
 * it is written (docs/reliability.md, thirty-second and thirty-third rounds).
 *
 * A regex whose declaration's comment says `@bounded` runs only on slices of bounded length (the
 * comment says which); the parse-level catalogue covers it, the direct linear-time test skips it.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import ts from "typescript";

export interface RegexEntry {
  /** `file:line` in `packages/core/src`. */
  where: string;
  regex: RegExp;
  /** Declared to run on bounded slices only (`@bounded` in its comment). */
  bounded: boolean;
}

export const SRC = resolve(import.meta.dirname, "../../src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sourceFiles(path);
      return name.endsWith(".ts") && !name.endsWith(".d.ts") && !name.endsWith(".test.ts") ? [path] : [];
    });
}

/** The comments in front of the statement (or property) that holds `node`. */
function leadingComments(node: ts.Node, text: string): string {
  let holder: ts.Node = node;
  while (
    holder.parent &&
    !ts.isVariableStatement(holder) &&
    !ts.isPropertyAssignment(holder) &&
    !ts.isSourceFile(holder.parent)
  ) {
    holder = holder.parent;
  }
  return (ts.getLeadingCommentRanges(text, holder.getFullStart()) ?? [])
    .map((range) => text.slice(range.pos, range.end))
    .join("\n");
}

/** The files under `src/` that write tables of literals' texts (`raw\`/…/\``). */
function tableFiles(): string[] {
  return sourceFiles(SRC).filter((path) => readFileSync(path, "utf8").includes("raw`/"));
}

/** Whether `text` is a regex literal's text, as `regexFromLiteral` reads it. */
const literalText = (text: unknown): text is string =>
  typeof text === "string" && /^\/[\s\S]+\/[dgimsuvy]*$/.test(text);

/**
 * For each table a module destructures into its bindings (`[A, B] = TABLE.map(regexFromLiteral)`), the bindings'
 * names by position; for each file, the comments before each declaration of a name and before each table entry
 * labelled with it.
 */
function tableNames(): {
  bindings: Map<string, { file: string; names: string[] }>;
  comments: Map<string, string>;
} {
  const bindings = new Map<string, { file: string; names: string[] }>();
  /** `file:name` → the comments of every declaration of the name in the file. */
  const comments = new Map<string, string>();
  for (const path of sourceFiles(SRC)) {
    const text = readFileSync(path, "utf8");
    const file = relative(SRC, path);
    const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (
        ts.isBinaryExpression(node) &&
        node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
        ts.isArrayLiteralExpression(node.left)
      ) {
        const table = /^([A-Z][A-Z0-9_]*)\.map\(/.exec(node.right.getText(source))?.[1];
        if (table)
          bindings.set(table, { file, names: node.left.elements.map((element) => element.getText(source)) });
      }
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) {
        const key = `${file}:${node.name.text}`;
        comments.set(key, `${comments.get(key) ?? ""}\n${leadingComments(node, text)}`);
      }
      // A table's entry is labelled with its binding's name (`/* NAME */ raw\`…\``): its comments are that name's too.
      if (ts.isArrayLiteralExpression(node))
        for (const element of node.elements) {
          const said = (ts.getLeadingCommentRanges(text, element.getFullStart()) ?? [])
            .map((range) => text.slice(range.pos, range.end))
            .join("\n");
          const label = /\/\* (\w+) \*\/$/u.exec(said)?.[1];
          if (label === undefined) continue;
          const key = `${file}:${label}`;
          comments.set(key, `${comments.get(key) ?? ""}\n${said}`);
        }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { bindings, comments };
}

/**
 * Every entry of the tables of literals' texts, with `@bounded` as its binding's comment says it (in the module that
 * compiles the table, or on the table's own constant of that name).
 */
async function tableRegexes(): Promise<RegexEntry[]> {
  const { bindings, comments } = tableNames();
  const entries: RegexEntry[] = [];
  for (const path of tableFiles()) {
    const file = relative(SRC, path);
    const module = (await import(path)) as Record<string, unknown>;
    for (const [name, table] of Object.entries(module)) {
      if (!Array.isArray(table) || table.length === 0 || !table.every(literalText)) continue;
      const bound = bindings.get(name);
      table.forEach((literal: string, index) => {
        const binding = bound?.names[index];
        const said = binding
          ? `${comments.get(`${bound!.file}:${binding}`) ?? ""}${comments.get(`${file}:${binding}`) ?? ""}`
          : "";
        const end = literal.lastIndexOf("/");
        entries.push({
          where: `${file} ${name}[${index}]${binding ? ` (${binding})` : ""}`,
          regex: new RegExp(literal.slice(1, end), literal.slice(end + 1)),
          bounded: /@bounded\b/.test(said),
        });
      });
    }
  }
  return entries;
}

/** Every pattern the tables of literals' texts hold and the bundled packs' JSON rules compile to, each once. */
export async function tableAndPackRegexes(): Promise<RegexEntry[]> {
  const seen = new Set<string>();
  return [...(await tableRegexes()), ...(await packRegexes())].filter((entry) => {
    const key = `${entry.regex.source}/${entry.regex.flags}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Every pattern the bundled packs' JSON rules compile to. */
async function packRegexes(): Promise<RegexEntry[]> {
  const { BUNDLED_RULES } = await import(join(SRC, "packs/bundled-rules.ts"));
  const { compilePack } = await import(join(SRC, "packs/compile.ts"));
  const entries: RegexEntry[] = [];
  const Original = globalThis.RegExp;
  for (const [pack, rules] of Object.entries(BUNDLED_RULES as Record<string, unknown>)) {
    const made: RegExp[] = [];
    globalThis.RegExp = new Proxy(Original, {
      construct(target, args, newTarget) {
        const regex = Reflect.construct(target, args, newTarget) as RegExp;
        made.push(regex);
        return regex;
      },
    });
    try {
      compilePack(rules);
    } finally {
      globalThis.RegExp = Original;
    }
    for (const regex of made) entries.push({ where: `packs/${pack} (rules)`, regex, bounded: false });
  }
  return entries;
}

interface Literal {
  file: string;
  line: number;
  bounded: boolean;
  regex: RegExp;
}

function literals(): { found: Literal[]; constructedIn: Map<string, boolean> } {
  const found: Literal[] = [];
  /** Files with a `new RegExp`, and whether that statement is `@bounded`. */
  const constructedIn = new Map<string, boolean>();
  for (const path of sourceFiles(SRC)) {
    const text = readFileSync(path, "utf8");
    const file = relative(SRC, path);
    const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(source);
        const slash = literal.lastIndexOf("/");
        found.push({
          file,
          line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
          bounded: /@bounded\b/.test(leadingComments(node, text)),
          regex: new RegExp(literal.slice(1, slash), literal.slice(slash + 1)),
        });
      } else if (ts.isNewExpression(node) && node.expression.getText(source) === "RegExp") {
        const bounded = /@bounded\b/.test(leadingComments(node, text));
        constructedIn.set(file, (constructedIn.get(file) ?? false) || bounded);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { found, constructedIn };
}

/** Regexes built by `src/` code while the given modules load, by file. */
async function constructed(files: Iterable<string>): Promise<Map<string, RegExp[]>> {
  const byFile = new Map<string, RegExp[]>();
  const Original = globalThis.RegExp;
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      const made = Reflect.construct(target, args, newTarget) as RegExp;
      const caller = (new Error().stack ?? "").split("\n").find((line) => line.includes(SRC));
      const file = caller && /\/packages\/core\/src\/([^:)]+\.ts)/.exec(caller)?.[1];
      if (file) byFile.set(file, [...(byFile.get(file) ?? []), made]);
      return made;
    },
  });
  try {
    // A query string makes the module run anew, even if the test already imported it.
    for (const file of files) await import(`${join(SRC, file)}?inventory`);
  } finally {
    globalThis.RegExp = Original;
  }
  return byFile;
}

/** Every regex of core, each once (the same pattern in two places is checked once). */
export async function coreRegexes(): Promise<RegexEntry[]> {
  const { found, constructedIn } = literals();
  const entries: RegexEntry[] = found.map(({ file, line, bounded, regex }) => ({
    where: `${file}:${line}`,
    regex,
    bounded,
  }));
  for (const [file, regexes] of await constructed(constructedIn.keys())) {
    for (const regex of regexes) {
      entries.push({ where: `${file} (new RegExp)`, regex, bounded: constructedIn.get(file) ?? false });
    }
  }
  const seen = new Set<string>();
  return entries.filter((entry) => {
    const key = `${entry.regex.source}/${entry.regex.flags}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
