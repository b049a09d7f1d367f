import type { Article } from "@caixun/core";
import { NEAR_DUPLICATE_BITS, NearDuplicateIndex } from "./near-duplicates.js";

/** What `caixun stats --json` prints. Counted lists are sorted by count, largest first, then by key. */
export interface StatsReport {
  articles: number;
  failed: number;
  withWarnings: number;
  missingDates: number;
  unknownSource: number;
  sources: { name: string; articles: number }[];
  formats: { format: string; articles: number }[];
  /** `YYYY-MM` of `publishedAt` as written (its own offset), in calendar order. */
  months: { month: string; articles: number }[];
  warnings: { code: string; articles: number }[];
  duplicates: {
    /** Fingerprints this many bits apart or closer count as one story. */
    maxBits: number;
    /** Stories that appear more than once. */
    stories: number;
    /** Articles in those stories. */
    articles: number;
    /** Articles beyond the first of each story: what de-duplication would remove. */
    redundant: number;
    /** Every story with copies, largest first. */
    groups: { size: number; title: string; articles: { id: string; file: string }[] }[];
  };
  /** The most-mentioned securities, by number of articles mentioning them. */
  securities: { code: string; market: string; name: string | null; articles: number }[];
}

/** Fingerprint of an article with neither text nor title: nothing to compare, not a story. */
const EMPTY_FINGERPRINT = "0".repeat(16);

/**
 * Aggregates a corpus one article at a time. Memory grows with distinct keys (sources, months,
 * securities) and by an id, path and fingerprint per article for duplicate detection, never with text.
 */
export class CorpusStats {
  private articles = 0;
  private failed = 0;
  private withWarnings = 0;
  private missingDates = 0;
  private unknownSource = 0;
  private readonly sources = new Map<string, number>();
  private readonly formats = new Map<string, number>();
  private readonly months = new Map<string, number>();
  private readonly warnings = new Map<string, number>();
  private readonly securities = new Map<
    string,
    { code: string; market: string; name: string | null; articles: number }
  >();
  private readonly duplicates = new NearDuplicateIndex<{ id: string; file: string }>(NEAR_DUPLICATE_BITS);

  /** Adds one parsed article; `file` is where it came from, to name copies in the report. */
  add(article: Article, file: string): void {
    this.articles++;
    if (article.warnings.length > 0) this.withWarnings++;
    if (article.source === null) this.unknownSource++;
    else increment(this.sources, article.source.name);
    increment(this.formats, article.format);
    if (article.publishedAt === null) this.missingDates++;
    else increment(this.months, article.publishedAt.slice(0, 7));
    for (const code of new Set(article.warnings.map((warning) => warning.code)))
      increment(this.warnings, code);
    for (const security of article.securities) {
      const key = `${security.code}.${security.market}`;
      const entry = this.securities.get(key);
      if (entry === undefined) {
        this.securities.set(key, {
          code: security.code,
          market: security.market,
          name: security.name ?? null,
          articles: 1,
        });
      } else {
        entry.articles++;
        entry.name ??= security.name ?? null;
      }
    }
    if (article.fingerprint !== EMPTY_FINGERPRINT) {
      this.duplicates.add(article.fingerprint, { id: article.id, file }, article.title);
    }
  }

  /** Counts inputs (or records) that gave no article. */
  addFailures(count: number): void {
    this.failed += count;
  }

  /** The report; `topSecurities` caps the securities list (the rest of the report is complete). */
  report(topSecurities: number): StatsReport {
    const groups = this.duplicates.groups();
    return {
      articles: this.articles,
      failed: this.failed,
      withWarnings: this.withWarnings,
      missingDates: this.missingDates,
      unknownSource: this.unknownSource,
      sources: byCount(this.sources).map(([name, articles]) => ({ name, articles })),
      formats: byCount(this.formats).map(([format, articles]) => ({ format, articles })),
      months: [...this.months]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([month, articles]) => ({ month, articles })),
      warnings: byCount(this.warnings).map(([code, articles]) => ({ code, articles })),
      duplicates: {
        maxBits: NEAR_DUPLICATE_BITS,
        stories: groups.length,
        articles: groups.reduce((sum, group) => sum + group.members.length, 0),
        redundant: groups.reduce((sum, group) => sum + group.members.length - 1, 0),
        groups: groups.map(({ title, members }) => ({ size: members.length, title, articles: members })),
      },
      securities: [...this.securities.values()]
        .sort(
          (a, b) => b.articles - a.articles || compareKeys(`${a.code}.${a.market}`, `${b.code}.${b.market}`),
        )
        .slice(0, topSecurities),
    };
  }
}

function increment(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byCount(map: Map<string, number>): [string, number][] {
  return [...map].sort(([keyA, a], [keyB, b]) => b - a || compareKeys(keyA, keyB));
}
