import type { Article } from "@caixun/core";
import type { Story, StoryCopy } from "@caixun/core/stories";
import { assembleStory, DEFAULT_STORY_SETTINGS, type StoryArticle, storyKey } from "@caixun/core/stories";
import { StorySpill } from "@caixun/inputs";

/** The bound of `--max-held` (`StorySpill`'s `maxHeld`), shared with the site builder. */
export { STORY_ITEMS_HELD } from "@caixun/inputs";

/**
 * What stderr says when the grouping slid past `maxHeld` articles (`stories`, `stats`,
 * `parse --stories`, `site build`): what is exact, and how many stories it may have split.
 */
export function estimateLine(maxHeld: number, storiesAtCuts: number): string {
  return (
    `caixun: estimated: more than ${maxHeld} articles within a story's time window or undated, the oldest forgotten as new ones came; ` +
    `a copy within ${maxHeld} articles of its story's first joins it exactly; ` +
    `${storiesAtCuts} stories were closed while a later copy could still have joined (told as a story of its own); ` +
    "--max-held raises the bound\n"
  );
}

/** One copy of a story as the CLI reports it: where it came from beside what the story says of it. */
export interface CopyRecord extends StoryCopy {
  /** The input file. */
  file: string;
  /** Where the article sits in its file when the file holds many (a dump's line), else null. */
  ref: string | null;
}

/** A story as `caixun stories` writes it: its copies say which file (and where in it) each came from. */
export interface CollectedStory extends Omit<Story, "copies"> {
  copies: CopyRecord[];
}

/** What is kept of an article: everything the story lists, never its body or HTML. */
type Kept = Omit<StoryArticle, "text"> & { file: string; ref: string | null };

/**
 * Collects what story grouping needs of each parsed article (its story key and what a story lists
 * of a copy) in a `StorySpill` on disk, then groups them with core's story module one day at a
 * time, so memory stays bounded however large the corpus. Stories come out in the order of their
 * first copy, the same whatever order the articles were added in (so whatever `--jobs` is).
 */
export class StoryCollector {
  private told = 0;

  private constructor(
    private readonly spill: StorySpill<Kept>,
    private readonly maxHeld: number,
  ) {}

  /** `maxHeld`: items held at once at most, the stories then perhaps estimated (`StorySpill`). */
  static async open(options: { maxHeld?: number } = {}): Promise<StoryCollector> {
    return new StoryCollector(
      await StorySpill.open<Kept>(options),
      options.maxHeld ?? Number.POSITIVE_INFINITY,
    );
  }

  /** True once `stories()` closed a story early to hold no more than `maxHeld` items (`StorySpill.estimated`). */
  get estimated(): boolean {
    return this.spill.estimated;
  }

  /** Stories closed early by `maxHeld` (`StorySpill.storiesAtCuts`): a later copy of one is told apart. */
  get storiesAtCuts(): number {
    return this.spill.storiesAtCuts;
  }

  /** What the summary says once `stories()` has run: null when no story was closed early (every story exact). */
  estimateLine(): string | null {
    return this.estimated ? estimateLine(this.maxHeld, this.storiesAtCuts) : null;
  }

  /** Adds one article; returns its ordinal (the order of `add` calls). */
  add(article: Article, file: string, ref: string | null = null): Promise<number> {
    return this.spill.add(storyKey(article, DEFAULT_STORY_SETTINGS), {
      id: article.id,
      title: article.title,
      publishedAt: article.publishedAt,
      source: article.source,
      via: article.via,
      originalUrl: article.originalUrl,
      securities: article.securities,
      tags: article.tags,
      file,
      ref,
    });
  }

  /** Articles added. */
  get size(): number {
    return this.spill.size;
  }

  /** Stories told so far by `stories()` (all of them once it has run to the end). */
  get storyCount(): number {
    return this.told;
  }

  /**
   * Each story, with the ordinals of its copies and of its canonical copy. Call once, after the
   * last `add`.
   */
  async *stories(): AsyncGenerator<{ story: CollectedStory; ordinals: number[]; canonical: number }> {
    for await (const copies of this.spill.stories(DEFAULT_STORY_SETTINGS)) {
      this.told++;
      const story = assembleStory(
        copies.map((copy) => copy.kept),
        copies.map((copy) => copy.key),
        DEFAULT_STORY_SETTINGS.completeShare,
      );
      const records = story.copies.map((copy, i) => ({
        ...copy,
        file: copies[i]!.kept.file,
        ref: copies[i]!.kept.ref,
      }));
      const canonical = copies[story.copies.findIndex((copy) => copy.id === story.canonical)]!.ordinal;
      yield { story: { ...story, copies: records }, ordinals: copies.map((copy) => copy.ordinal), canonical };
    }
  }

  /** Removes the spill (call it whatever happened). */
  dispose(): Promise<void> {
    return this.spill.dispose();
  }
}
