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
