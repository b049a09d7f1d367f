/**
 * The extensions a folder walk reads, the one list every app uses (`--ext` replaces it). Files named
 * as arguments and files a glob matches are read whatever their extension.
 */
export const NEWS_EXTENSIONS: readonly string[] = [".md", ".markdown", ".txt", ".text", ".html", ".htm"];

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
