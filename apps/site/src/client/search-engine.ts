import { type DocChunk, type DocRow, decodePostings, type SearchMeta, type Shard } from "../search/format.js";
import { queryTokens, shardOf } from "../search/tokenize.js";

export interface SearchResult {
  document: number;
  row: DocRow;
}

export interface SearchAnswer {
  total: number;
  results: SearchResult[];
}

type Fetcher = (path: string) => Promise<unknown>;

/**
 * Queries the prebuilt index: fetches only the shards of the query's tokens and the result rows
 * shown, so the cost of a search does not grow with the size of the site.
 */
export class SearchEngine {
  private meta: Promise<SearchMeta> | null = null;
  private readonly shards = new Map<number, Promise<Shard>>();
  private readonly chunks = new Map<number, Promise<DocChunk>>();

  constructor(private readonly fetchJson: Fetcher) {}

  private loadMeta(): Promise<SearchMeta> {
    this.meta ??= this.fetchJson("/search/meta.json") as Promise<SearchMeta>;
    return this.meta;
  }

  private loadShard(shard: number): Promise<Shard> {
    let loading = this.shards.get(shard);
    if (loading === undefined) {
      loading = this.fetchJson(`/search/shards/${shard}.json`) as Promise<Shard>;
      this.shards.set(shard, loading);
    }
    return loading;
  }

  private loadChunk(chunk: number): Promise<DocChunk> {
    let loading = this.chunks.get(chunk);
    if (loading === undefined) {
      loading = this.fetchJson(`/search/docs/${chunk}.json`) as Promise<DocChunk>;
      this.chunks.set(chunk, loading);
    }
    return loading;
  }

  /**
   * Articles containing every token of the query; those with more tokens in the title first,
   * then newest first (document numbers are ranks by date).
   */
  async search(query: string, limit: number): Promise<SearchAnswer> {
    const tokens = queryTokens(query);
    if (tokens.length === 0) return { total: 0, results: [] };
    const meta = await this.loadMeta();
    const lists = await Promise.all(
      tokens.map(async (token) => {
        const shard = await this.loadShard(shardOf(token, meta.shardCount));
        return Object.hasOwn(shard, token) ? decodePostings(shard[token]!) : [];
      }),
    );
    lists.sort((a, b) => a.length - b.length);
    const titleHits = new Map<number, number>();
    for (const posting of lists[0]!) titleHits.set(posting.document, posting.inTitle ? 1 : 0);
    for (const list of lists.slice(1)) {
      const inList = new Map(list.map((posting) => [posting.document, posting.inTitle]));
      for (const [document, hits] of titleHits) {
        const inTitle = inList.get(document);
        if (inTitle === undefined) titleHits.delete(document);
        else if (inTitle) titleHits.set(document, hits + 1);
      }
    }
    const ranked = [...titleHits].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit);
    const results = await Promise.all(
      ranked.map(async ([document]) => {
        const chunk = await this.loadChunk(Math.floor(document / meta.docsPerChunk));
        return { document, row: chunk[document % meta.docsPerChunk]! };
      }),
    );
    return { total: titleHits.size, results };
  }
}
