import type { Article } from "@caixun/core";
import {
  chooseCanonical,
  DEFAULT_STORY_SETTINGS,
  groupKeys,
  type StoryKey,
  storyKey,
} from "@caixun/core/stories";
import type { ArticleSummary } from "./summary.js";

/**
 * The stories of the build: the same news from several outlets, grouped with core's story module
 * as articles stream in (only each one's story key is kept), then written back onto the summaries,
 * so that listings show a story once and an article's page lists who else reported it.
 */
export class SiteStories {
  private readonly keys: StoryKey[] = [];
  private readonly relayed: boolean[] = [];

  /** Adds the article of summary `sequence` (call in sequence order). */
  add(article: Article): void {
    this.keys.push(storyKey(article, DEFAULT_STORY_SETTINGS));
    this.relayed.push(article.via.length > 0);
  }

  /**
   * Groups the articles and sets each summary's `story` (the sequence of its story's canonical
   * copy) and `storyCopies`; returns the stories told more than once, as sequences in time order.
   */
  assign(summaries: ArticleSummary[]): number[][] {
    const stories = groupKeys(this.keys, DEFAULT_STORY_SETTINGS);
    for (const members of stories) {
      const canonical =
        members[
          chooseCanonical(
            members.map((m) => ({
              id: this.keys[m]!.id,
              size: this.keys[m]!.size,
              at: this.keys[m]!.at,
              relayed: this.relayed[m]!,
            })),
            DEFAULT_STORY_SETTINGS.completeShare,
          )
        ]!;
      for (const m of members) {
        summaries[m]!.story = canonical;
        summaries[m]!.storyCopies = members.length;
      }
    }
    return stories.filter((members) => members.length > 1);
  }
}
