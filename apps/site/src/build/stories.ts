import type { Article } from "@caixun/core";
import { chooseCanonical, DEFAULT_STORY_SETTINGS, storyKey } from "@caixun/core/stories";
import { STORY_ITEMS_HELD, StorySpill } from "@caixun/inputs";
import type { SummaryStore } from "./summary-store.js";

/**
 * The stories of the build: the same news from several outlets, grouped with core's story module
 * as articles stream in (each one's story key is spilled to disk by day, so memory stays bounded
 * however large the corpus), then written back onto the summaries, so that listings show a story
 * once and an article's page lists who else reported it.
 */
export class SiteStories {
  private constructor(private readonly spill: StorySpill<{ relayed: boolean }>) {}

  /**
   * Spills into a new folder under `workDir` (the build's staging folder: a failed build leaves nothing behind),
   * grouping at most `maxHeld` articles at once (see `StorySpill`): a day of 200,000 records is not held whole.
   */
  static async open(workDir: string, maxHeld = STORY_ITEMS_HELD): Promise<SiteStories> {
    return new SiteStories(await StorySpill.open<{ relayed: boolean }>({ parent: workDir, maxHeld }));
  }

  /** Stories closed early by `maxHeld` (a later copy of one is told as a story of its own); 0 when none was. */
  get storiesAtCuts(): number {
    return this.spill.estimated ? this.spill.storiesAtCuts : 0;
  }

  /** True once a story was closed early to keep within `maxHeld`: every story is exact when false. */
  get estimated(): boolean {
    return this.spill.estimated;
  }

  /** Adds the article of summary `sequence` (call in sequence order). */
  async add(article: Article): Promise<void> {
    await this.spill.add(storyKey(article, DEFAULT_STORY_SETTINGS), { relayed: article.via.length > 0 });
  }

  /**
   * Groups the articles and sets each summary's `story` (the sequence of its story's canonical
   * copy) and `storyCopies`; returns the stories told more than once, as sequences in time order.
   */
  async assign(summaries: SummaryStore): Promise<number[][]> {
    const told: number[][] = [];
    for await (const copies of this.spill.stories(DEFAULT_STORY_SETTINGS)) {
      const canonical =
        copies[
          chooseCanonical(
            copies.map(({ key, kept }) => ({
              id: key.id,
              size: key.size,
              at: key.at,
              relayed: kept.relayed,
            })),
            DEFAULT_STORY_SETTINGS.completeShare,
          )
        ]!.ordinal;
      for (const { ordinal } of copies) summaries.setStory(ordinal, canonical, copies.length);
      if (copies.length > 1) told.push(copies.map((copy) => copy.ordinal));
    }
    return told;
  }

  /** Removes the spilled keys (call it whatever happened). */
  dispose(): Promise<void> {
    return this.spill.dispose();
  }
}
