/**
 * The extensions a folder walk reads, the one list every app uses (`--ext` replaces it): news
 * files, dumps of records as JSON Lines, RSS and Atom feeds, SQL dumps and CSV/TSV exports. Any of them compressed
 * (`.jsonl.gz`, `.md.gz`) is read too. `.json` is not on the list — a folder's `.json` files are as
 * often settings or labels as records — so a walk counts them as skipped; name a JSON array of
 * records as an argument, or add `--ext json`. `.xml`, `.dat`, `.sql`, `.csv`, `.tsv` and `.ipynb` are read only
 * when their first bytes are a feed or a tagged record corpus, a dump's rows, a header of news or a Jupyter notebook
 * (`CONTENT_CHECKED`). `.mdx` (Markdown with JSX, as Docusaurus and other documentation sites keep posts) is read as
 * Markdown is.
 * Files named as arguments and files a glob matches are read whatever their extension.
 */
export const NEWS_EXTENSIONS: readonly string[] = [
  ".md",
  ".markdown",
  ".mdx",
  ".txt",
  ".text",
  ".html",
  ".htm",
  ".jsonl",
  ".ndjson",
  ".rss",
  ".atom",
  ".xml",
  ".dat",
  ".sql",
  ".csv",
  ".tsv",
  ".ipynb",
];

/**
 * Extensions of the default list that a folder walk reads only when the file's first bytes are one of
 * the kinds of input named (core's `detectInput`): a folder's `.xml` files are as often build files,
 * sitemaps or settings as feeds or tagged record corpora (`<doc>` records, TREC's `<DOC>`), its `.dat`
 * files (the name the Sogou Lab corpora ship under) as often binary data, its `.sql` files as often a
 * schema or a migration as a dump of rows, and its `.csv` and `.tsv` files as often prices, labels or
 * results as an export of news (a header of the record mapping's names: `title`, `content`, `标题` …), its
 * `.ipynb` files are notebooks only when they are nbformat's JSON (`{"cells": [`), which core reads.
 * The others are read on their name (a `.txt` or extensionless file of `<doc>` records among them).
 */
export const CONTENT_CHECKED: Readonly<Record<string, readonly ContentCheckedKind[]>> = {
  ".xml": ["feed", "tagged-records"],
  ".dat": ["tagged-records"],
  ".sql": ["sql"],
  ".csv": ["csv"],
  ".tsv": ["csv"],
  ".ipynb": ["notebook"],
};

/** The kinds of input an extension is read for only when the content is one of them. */
export type ContentCheckedKind = "feed" | "sql" | "csv" | "tagged-records" | "notebook";

/** The kinds of input a name's extension (or the one under `.gz`) is read for only when its content is one of them, or null. */
export function contentCheckedKinds(name: string): readonly ContentCheckedKind[] | null {
  const lower = name.toLowerCase().replace(/\.gz$/, "");
  const dot = lower.lastIndexOf(".");
  const extension = dot <= 0 ? "" : lower.slice(dot);
  return Object.hasOwn(CONTENT_CHECKED, extension) ? CONTENT_CHECKED[extension]! : null;
}

/** Whether a walk with `extensions` reads this name: its extension, or the one under `.gz`. */
export function hasExtension(name: string, extensions: readonly string[]): boolean {
  const lower = name.toLowerCase();
  const dot = lower.lastIndexOf(".");
  if (dot <= 0) return false;
  const extension = lower.slice(dot);
  if (extensions.includes(extension)) return true;
  if (extension !== ".gz") return false;
  const inner = lower.lastIndexOf(".", dot - 1);
  return inner > 0 && extensions.includes(lower.slice(inner, dot));
}

/** `md,.TXT` → `[".md", ".txt"]`; empty items dropped. */
export function parseExtensionList(value: string): string[] {
  return value
    .split(",")
    .map((ext) => ext.trim().toLowerCase())
    .filter((ext) => ext !== "")
    .map((ext) => (ext.startsWith(".") ? ext : `.${ext}`));
}

/** Names of a project's own files in any case: `README.md`, `readme.zh-CN.md`, `LICENSE`, `CHANGELOG.md`. */
const PROJECT_FILE =
  /^(?:readme|license|licence|copying|changelog|contributing|code[-_]of[-_]conduct|codeowners)$/i;
/** Words that are project files by convention only in capitals (`SECURITY.md`, `AUTHORS`); `security.md` may be news. */
const CAPITAL_PROJECT_FILE =
  /^(?:SECURITY|SUPPORT|HISTORY|CHANGES|NOTICE|AUTHORS|CONTRIBUTORS|MAINTAINERS|FUNDING|GOVERNANCE)$/;
/** A language tag after the word (`README_CN`, `README-zh-CN`, `readme.en`). */
const LANGUAGE_SUFFIX = /[-_.][A-Za-z]{2}(?:[-_][A-Za-z]{2,4})?$/;

/**
 * Whether a walk leaves this file out as the project's own file rather than news: a read-me,
 * licence, change log, contribution guide… that a repository of news files carries beside them
 * (the name before its first extension, with or without a language tag). A walk reports it as
 * skipped (`project-file`); naming the file as an argument reads it.
 */
export function isProjectFile(name: string): boolean {
  const dot = name.indexOf(".", 1);
  const stem = dot < 0 ? name : name.slice(0, dot);
  const word = stem.replace(LANGUAGE_SUFFIX, "");
  return [stem, word].some(
    (candidate) => PROJECT_FILE.test(candidate) || CAPITAL_PROJECT_FILE.test(candidate),
  );
}

/**
 * A CSV that caixun wrote (`caixun parse --format csv`): its header names the `fingerprint` column,
 * which no scraper's export has. A folder walk does not read it back as news.
 */
const CAIXUN_CSV = /^(?:\uFEFF)?[^\n]*(?:^|,)fingerprint(?:,|\r?$)/m;

/** Whether a file's first bytes are caixun's own CSV output (see `CAIXUN_CSV`). */
export function isCaixunCsv(head: string): boolean {
  const end = head.indexOf("\n");
  return CAIXUN_CSV.test(end < 0 ? head : head.slice(0, end));
}
