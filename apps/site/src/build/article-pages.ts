import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Article } from "@caixun/core";
import { ArticlePage, SEQUENCE_MARKER } from "../pages/article.js";
import { renderDocument } from "../pages/layout.js";
import { type Neighbour, SequenceNav } from "../pages/sequence-nav.js";
import type { SiteSettings } from "../pages/site-context.js";
import type { Groups } from "./groups.js";
import { UNKNOWN_SOURCE } from "./groups.js";
import { writeOutput } from "./output.js";
import { fileFor } from "./site-paths.js";
import type { ArticleSummary } from "./summary.js";

/** Pages patched at once while linking neighbours: keeps the disk busy without many open files. */
const LINK_CONCURRENCY = 16;

/** Writes an article's page, with a marker where the links to its neighbours will go. */
export async function writeArticlePage(
  outDir: string,
  article: Article,
  summary: ArticleSummary,
  site: SiteSettings,
): Promise<void> {
  await writeOutput(
    outDir,
    fileFor(summary.path),
    renderDocument(ArticlePage({ article, id: summary.id, description: summary.lead }), site),
  );
}

/**
 * Replaces the marker of every article page with links to its newer and older neighbour within
 * its source. Reads and rewrites pages one by one, so memory does not grow with the corpus.
 */
export async function linkNeighbours(
  outDir: string,
  groups: Groups,
  summaries: readonly ArticleSummary[],
): Promise<void> {
  const jobs: [ArticleSummary, string][] = [];
  const neighbour = (sequence: number | undefined): Neighbour | null => {
    if (sequence === undefined) return null;
    const { path, title } = summaries[sequence]!;
    return { path, title };
  };
  const run = async (summary: ArticleSummary, nav: string) => {
    const file = join(outDir, fileFor(summary.path));
    const page = await readFile(file, "utf8");
    await writeFile(file, page.replace(SEQUENCE_MARKER, nav));
  };
  const flush = async () => {
    await Promise.all(jobs.map(([summary, nav]) => run(summary, nav)));
    jobs.length = 0;
  };
  for (const [source, sequences] of groups.source) {
    for (let i = 0; i < sequences.length; i++) {
      const nav =
        source === UNKNOWN_SOURCE
          ? ""
          : String(
              SequenceNav({
                source,
                newer: neighbour(sequences[i - 1]),
                older: neighbour(sequences[i + 1]),
              }) ?? "",
            );
      jobs.push([summaries[sequences[i]!]!, nav]);
      if (jobs.length >= LINK_CONCURRENCY) await flush();
    }
  }
  await flush();
}
