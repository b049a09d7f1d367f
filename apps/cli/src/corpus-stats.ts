import type { Article } from "@caixun/core";
import { type CollectedStory, STORY_ITEMS_HELD, StoryCollector } from "./story-collector.js";

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
  /** The same news told by several articles (see `caixun stories`). */
  stories: {
    /**
     * False when every figure here is exact. True when the corpus held more than `STORY_ITEMS_HELD`
     * articles within a story's time window (or undated) and a story was closed early: the oldest
     * were forgotten to hold no more, so a copy further from its story's first than that counts as
     * a story of its own: `stories` is then
     * an upper bound, `duplicates`, `withCopies` and the sizes of groups lower bounds.
     */
    estimated: boolean;
    /** Distinct stories; an article without copies is a story of its own. */
    stories: number;
    /** Stories told by two or more articles. */
    withCopies: number;
    /** Articles in those stories. */
    articlesInStoriesWithCopies: number;
    /** Articles beyond the first of each story: what `parse --dedupe` leaves out. */
    duplicates: number;
    /** `duplicates` over all articles, 0–1. */
    duplicateShare: number;
    /** Articles per story. */
    copiesPerStory: number;
    /** The stories told most often (as many as `--top`), most copies first, then by first copy. */
    groups: { storyId: string; size: number; title: string; articles: { id: string; file: string }[] }[];
  };
  /** The most-mentioned securities, by number of articles mentioning them. */
  securities: { code: string; market: string; name: string | null; articles: number }[];
}

/**
 * Aggregates a corpus one article at a time, in bounded memory: counts as the articles come (exact;
 * they grow only with distinct sources, formats, months, warning codes and securities), the stories
 * grouped from story keys spilled to disk by day (`StoryCollector`), never more than `maxHeld` at
 * once (beyond it the story figures are estimates, and the report says so), and only the `top`
 * largest stories kept for the report. Never the article's body or HTML.
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
  private constructor(private readonly stories: StoryCollector) {}

  static async open(options: { maxHeld?: number } = {}): Promise<CorpusStats> {
    return new CorpusStats(await StoryCollector.open({ maxHeld: options.maxHeld ?? STORY_ITEMS_HELD }));
  }

  /** Adds one parsed article; `file` is where it came from, to name copies in the report. */
  async add(article: Article, file: string): Promise<void> {
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
    await this.stories.add(article, file, article.ref);
  }

  /** Removes the spilled story keys (call it whatever happened). */
  dispose(): Promise<void> {
    return this.stories.dispose();
  }

  /** Counts inputs (or records) that gave no article. */
  addFailures(count: number): void {
    this.failed += count;
  }

  /** The report; `top` caps the securities and the stories listed (the counts are complete). */
  async report(top: number): Promise<StatsReport> {
    const largest = new Largest<CollectedStory>(top, (story) => story.copies.length);
    let withCopies = 0;
    let inStoriesWithCopies = 0;
    for await (const { story } of this.stories.stories()) {
      if (story.copies.length < 2) continue;
      withCopies++;
      inStoriesWithCopies += story.copies.length;
      largest.add(story);
    }
    const told = this.stories.storyCount;
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
      stories: {
        estimated: this.stories.estimated,
        stories: told,
        withCopies,
        articlesInStoriesWithCopies: inStoriesWithCopies,
        duplicates: this.articles - told,
        duplicateShare: this.articles === 0 ? 0 : round((this.articles - told) / this.articles),
        copiesPerStory: told === 0 ? 0 : round(this.articles / told),
        groups: largest.items().map((story) => ({
          storyId: story.storyId,
          size: story.copies.length,
          title: story.title,
          articles: story.copies.map((copy) => ({ id: copy.id, file: copy.file })),
        })),
      },
      securities: [...this.securities.values()]
        .sort(
          (a, b) => b.articles - a.articles || compareKeys(`${a.code}.${a.market}`, `${b.code}.${b.market}`),
        )
        .slice(0, top),
    };
  }
}

/**
 * The `size` largest items by `weight`, ties in the order they came: what a sort of them all would
 * put first, kept in memory proportional to `size`.
 */
class Largest<T> {
  private kept: { item: T; weight: number; order: number }[] = [];
  private seen = 0;
  constructor(
    private readonly size: number,
    private readonly weightOf: (item: T) => number,
  ) {}

  add(item: T): void {
    this.kept.push({ item, weight: this.weightOf(item), order: this.seen++ });
    if (this.kept.length >= 2 * this.size) this.trim();
  }

  items(): T[] {
    this.trim();
    return this.kept.map((entry) => entry.item);
  }

  private trim(): void {
    this.kept.sort((a, b) => b.weight - a.weight || a.order - b.order);
    this.kept.length = Math.min(this.kept.length, this.size);
  }
}

/** Shares and means to four decimals, so a report reads the same on every machine. */
function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
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
