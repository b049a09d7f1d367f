import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Article } from "@caixun/core";
import { AlsoReportedBy, ArticlePage, SEQUENCE_MARKER, STORY_MARKER } from "../pages/article.js";
import { renderDocument } from "../pages/layout.js";
import { type Neighbour, SequenceNav } from "../pages/sequence-nav.js";
import type { SiteSettings } from "../pages/site-context.js";
import type { Groups } from "./groups.js";
import { UNKNOWN_SOURCE } from "./groups.js";
import { writeOutput } from "./output.js";
import { fileFor } from "./site-paths.js";
import type { ArticleSummary } from "./summary.js";
import type { SummaryStore } from "./summary-store.js";

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
    renderDocument(
      ArticlePage({ article, id: summary.id, path: summary.path, description: summary.lead }),
      site,
    ),
  );
}

/**
 * Fills in the markers of every article page: links to its newer and older neighbour within its
 * source, and the other copies of its story. Reads and rewrites pages one by one, and renders each
 * page's links as it is rewritten (from its neighbours' sequences), so memory does not grow with
 * the corpus beyond two numbers an article.
 */
export async function linkNeighbours(
  outDir: string,
  groups: Groups,
  summaries: SummaryStore,
  stories: readonly number[][],
): Promise<void> {
  const none = -1;
  const newer = new Int32Array(summaries.length).fill(none);
  const older = new Int32Array(summaries.length).fill(none);
  const sourced = new Uint8Array(summaries.length);
  for (const [source, sequences] of groups.source) {
    if (source === UNKNOWN_SOURCE) continue;
    let previous = none;
    for (const sequence of sequences) {
      sourced[sequence] = 1;
      if (previous !== none) {
        newer[sequence] = previous;
        older[previous] = sequence;
      }
      previous = sequence;
    }
  }
  const neighbour = (sequence: number): Neighbour | null => {
    if (sequence === none) return null;
    const { path, title } = summaries.get(sequence);
    return { path, title };
  };
  const storyOf = new Map<number, readonly number[]>();
  for (const members of stories) for (const m of members) storyOf.set(m, members);

  const jobs: ArticleSummary[] = [];
  const run = async (summary: ArticleSummary) => {
    const file = join(outDir, fileFor(summary.path));
    const page = await readFile(file, "utf8");
    const { sequence } = summary;
    const nav =
      sourced[sequence] === 1
        ? String(
            SequenceNav({
              source: summary.source ?? UNKNOWN_SOURCE,
              newer: neighbour(newer[sequence]!),
              older: neighbour(older[sequence]!),
            }) ?? "",
          )
        : "";
    const copies = (storyOf.get(sequence) ?? []).filter((m) => m !== sequence).map((m) => summaries.get(m));
    const also = String(AlsoReportedBy({ copies }) ?? "");
    await writeFile(file, page.replace(SEQUENCE_MARKER, nav).replace(STORY_MARKER, also));
  };
  const flush = async () => {
    await Promise.all(jobs.map(run));
    jobs.length = 0;
  };
  for (let sequence = 0; sequence < summaries.length; sequence++) {
    jobs.push(summaries.get(sequence));
    if (jobs.length >= LINK_CONCURRENCY) await flush();
  }
  await flush();
}
