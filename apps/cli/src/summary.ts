import { extname } from "node:path";
import type { Skip } from "@caixun/inputs";

/** Counts of a run, for the one-line summary on stderr. */
export interface RunCounts {
  parsed: number;
  withWarnings: number;
  failed: number;
  /** Entries a walk did not read, by what `skipLabel` calls them. */
  skipped: Map<string, number>;
  /** Parsed, but dropped by --since/--until/--source/--format-in. */
  filtered?: number;
}

/** Skipped entries of each reason, named for the summary (one, many). */
const SKIP_NOUNS: Record<Exclude<Skip["reason"], "extension">, [string, string]> = {
  hidden: ["hidden", "hidden"],
  "symlink-to-folder": ["symlink to a folder", "symlinks to folders"],
  fifo: ["FIFO", "FIFOs"],
  socket: ["socket", "sockets"],
  device: ["device", "devices"],
  "project-file": ["project file", "project files"],
  "digest-of-records": ["digest of records read beside it", "digests of records read beside them"],
  "not-news-text": [
    "file without extension that is not news text",
    "files without extension that are not news text",
  ],
  "not-feed-or-dump": [
    "file whose content is no feed, dump or news export",
    "files whose content is no feed, dump or news export",
  ],
};

/**
 * What the summary calls a skipped entry: its extension when the extension list left it out, with the one under gzip's
 * (`.json.gz`: the walk reads a compressed file by the extension under it, so that is the one `--ext` names).
 */
export function skipLabel(path: string, skip: Skip): string {
  if (skip.reason !== "extension") return skip.reason;
  const extension = extname(path).toLowerCase();
  if (extension !== ".gz") return extension || "without extension";
  const inner = extname(path.slice(0, -extension.length)).toLowerCase();
  return inner === "" ? extension : `${inner}${extension}`;
}

function skipPhrase(label: string, count: number): string {
  const nouns = SKIP_NOUNS[label as keyof typeof SKIP_NOUNS];
  return `${count} ${nouns === undefined ? label : nouns[count === 1 ? 0 : 1]}`;
}

/** `3 skipped (2 .tsv, 1 FIFO; --ext reads other extensions)`, or "" when nothing was skipped. */
export function skippedPhrase(skipped: ReadonlyMap<string, number>): string {
  if (skipped.size === 0) return "";
  let total = 0;
  for (const count of skipped.values()) total += count;
  const groups = [...skipped].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0));
  const byExtension = groups.some(([label]) => !(label in SKIP_NOUNS));
  const hint = byExtension ? "; --ext reads other extensions" : "";
  return `${total} skipped (${groups.map(([label, count]) => skipPhrase(label, count)).join(", ")}${hint})`;
}

export function summaryLine(counts: RunCounts, elapsedMs: number): string {
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? counts.parsed / seconds : 0;
  const skipped = skippedPhrase(counts.skipped);
  return (
    `${counts.parsed} parsed (${counts.withWarnings} with warnings), ${counts.failed} failed, ` +
    (skipped === "" ? "" : `${skipped}, `) +
    (counts.filtered ? `${counts.filtered} filtered out, ` : "") +
    `${seconds.toFixed(1)} s, ${rate.toFixed(1)} articles/s`
  );
}
