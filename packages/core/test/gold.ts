// Gold-label loading and field-by-field comparison, shared by `pnpm eval` and the corpus tests.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Article, parse } from "../src/index.js";
import { parseAllSync } from "../src/parse-all.js";

export interface Gold {
  file: string;
  /**
   * The record labelled, when the file holds many (a dump's `line 3`, a JSON document's `item 12`,
   * a CSV export's `row 2`, counted in document order as `parseAll` counts them): the label is
   * compared with that record's Article. Absent for a file of one article, compared with `parse`.
   */
  ref?: string;
  title: string | null;
  titleStartsWith: string | null;
  publishedAt: string | null;
  source: string | null;
  via?: string[];
  originalUrl?: string | null;
  author?: string | null;
  editor?: string | null;
  securities?: string[];
  textStartsWith?: string | null;
  textEndsWith?: string | null;
  mustContain?: string[];
  mustNotContain?: string[];
  warnings?: string[];
}

export interface GoldCase {
  gold: Gold;
  /** The labelled input file. */
  path: string;
}

export const FIELDS = [
  "title",
  "publishedAt",
  "source",
  "via",
  "originalUrl",
  "author",
  "editor",
  "securities",
  "textStart",
  "textEnd",
  "mustContain",
  "mustNotContain",
  "warnings",
] as const;
export type FieldName = (typeof FIELDS)[number];

export interface FieldResult {
  field: FieldName;
  ok: boolean;
  expected: string;
  actual: string;
}

/** Every gold label under `shared/corpus/gold`, with the path of the file it labels. */
export function loadGold(shared: string): GoldCase[] {
  return loadGoldDir(join(shared, "corpus/gold"), [join(shared, "corpus"), shared]);
}

/**
 * Every gold label under `goldDir` (one folder per family, one JSON file per labelled input). A
 * label's `file` is looked up under each of `roots` in turn; the first that has it wins.
 */
export function loadGoldDir(goldDir: string, roots: readonly string[]): GoldCase[] {
  const cases: GoldCase[] = [];
  for (const family of readdirSync(goldDir).sort()) {
    const dir = join(goldDir, family);
    if (!existsSync(dir) || family.endsWith(".md")) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith(".json")) continue;
      const gold = JSON.parse(readFileSync(join(dir, name), "utf8")) as Gold;
      const root = roots.find((r) => existsSync(join(r, gold.file))) ?? roots[0]!;
      cases.push({ gold, path: join(root, gold.file) });
    }
  }
  return cases;
}

/** The family a label belongs to: the first folder of its `file`. */
export function familyOf(gold: Gold): string {
  return gold.file.split("/")[0]!;
}

const squash = (text: string) => text.replace(/\s+/g, " ").trim();
const show = (value: unknown) => JSON.stringify(value);

/**
 * Compares one parse with its label; a field absent from the label is not judged. A label with a
 * `ref` is compared with that record of the file's `parseAll`; when no Article carries the ref
 * (the records were not found, or were cut differently), every field it judges is a miss.
 */
export function evaluate(item: GoldCase, bytes: Uint8Array): FieldResult[] {
  const { ref } = item.gold;
  if (ref === undefined) return compare(item.gold, parse(bytes, { filename: item.path }));
  for (const result of parseAllSync(bytes, { filename: item.path })) {
    if (result.ok && result.article.ref === ref) return compare(item.gold, result.article);
  }
  return compare(item.gold, parse("")).map((result) => ({
    ...result,
    ok: false,
    actual: `no record ${ref}`,
  }));
}

export function compare(gold: Gold, article: Article): FieldResult[] {
  const results: FieldResult[] = [];
  const judge = (field: FieldName, ok: boolean, expected: unknown, actual: unknown) =>
    results.push({ field, ok, expected: show(expected), actual: show(actual) });
  const text = squash(article.text);

  if (gold.title !== null && gold.title !== undefined)
    judge("title", article.title === gold.title, gold.title, article.title);
  else if (gold.titleStartsWith) {
    judge(
      "title",
      article.title.startsWith(gold.titleStartsWith),
      `starts with ${gold.titleStartsWith}`,
      article.title,
    );
  }
  if ("publishedAt" in gold)
    judge("publishedAt", article.publishedAt === gold.publishedAt, gold.publishedAt, article.publishedAt);
  if ("source" in gold)
    judge(
      "source",
      (article.source?.name ?? null) === gold.source,
      gold.source,
      article.source?.name ?? null,
    );
  if (gold.via !== undefined) judge("via", show(article.via) === show(gold.via), gold.via, article.via);
  if (gold.originalUrl !== undefined) {
    judge("originalUrl", article.originalUrl === gold.originalUrl, gold.originalUrl, article.originalUrl);
  }
  if (gold.author !== undefined && gold.author !== null)
    judge("author", article.author === gold.author, gold.author, article.author);
  if (gold.editor !== undefined) judge("editor", article.editor === gold.editor, gold.editor, article.editor);
  if (gold.securities !== undefined) {
    const actual = article.securities.map((s) => `${s.code}.${s.market}`).sort();
    const expected = [...gold.securities].sort();
    judge("securities", show(actual) === show(expected), expected, actual);
  }
  if (gold.textStartsWith) {
    const start = squash(gold.textStartsWith);
    judge("textStart", text.startsWith(start), start, text.slice(0, start.length + 10));
  }
  if (gold.textEndsWith) {
    const end = squash(gold.textEndsWith);
    judge("textEnd", text.endsWith(end), end, text.slice(-end.length - 10));
  }
  if (gold.mustContain && gold.mustContain.length > 0) {
    const missing = gold.mustContain.filter((s) => !text.includes(squash(s)));
    judge("mustContain", missing.length === 0, gold.mustContain, `missing ${show(missing)}`);
  }
  if (gold.mustNotContain && gold.mustNotContain.length > 0) {
    const present = gold.mustNotContain.filter((s) => article.text.includes(s));
    judge("mustNotContain", present.length === 0, "none of them", `present ${show(present)}`);
  }
  if (gold.warnings && gold.warnings.length > 0) {
    const codes = article.warnings.map((w) => w.code as string);
    const missing = gold.warnings.filter((code) => !codes.includes(code));
    judge("warnings", missing.length === 0, gold.warnings, codes);
  }
  return results;
}
