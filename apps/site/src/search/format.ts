/**
 * The files of the search index, as the build writes them and the search page reads them.
 *
 *   search/meta.json           SearchMeta
 *   search/shards/<n>.json     Shard: token → postings of the tokens whose hash falls in shard n
 *   search/docs/<n>.json       DocChunk: the result rows of documents n*docsPerChunk … +docsPerChunk-1
 *
 * Document numbers are ranks by date, newest first, so "best match, then newest" is a sort by
 * (title hit, number) and the rows of the newest results sit in the first chunks.
 */

export interface SearchMeta {
  /** Bumped whenever this format changes. */
  version: 1;
  documents: number;
  shardCount: number;
  docsPerChunk: number;
}

/**
 * A token's postings, delta-encoded: each entry is `(document − previous document) * 2 + inTitle`,
 * documents ascending, so dense lists of common tokens stay one or two digits an entry.
 */
export type Postings = number[];

export type Shard = Record<string, Postings>;

/** What a result shows: [article path, title, date as shown, source name or ""]. */
export type DocRow = [path: string, title: string, date: string, source: string];

export type DocChunk = DocRow[];

export const SEARCH_FORMAT_VERSION = 1;

export interface Posting {
  document: number;
  inTitle: boolean;
}

export function encodePostings(postings: readonly Posting[]): Postings {
  const sorted = [...postings].sort((a, b) => a.document - b.document);
  let previous = 0;
  return sorted.map(({ document, inTitle }) => {
    const entry = (document - previous) * 2 + (inTitle ? 1 : 0);
    previous = document;
    return entry;
  });
}

export function decodePostings(encoded: Postings): Posting[] {
  let document = 0;
  return encoded.map((entry) => {
    document += Math.floor(entry / 2);
    return { document, inTitle: entry % 2 === 1 };
  });
}
