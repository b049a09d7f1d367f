import type { Article, Story, StoryCopy } from "@caixun/core";
import {
  assembleStory,
  DEFAULT_STORY_SETTINGS,
  groupKeys,
  type StoryArticle,
  type StoryKey,
  storyKey,
} from "@caixun/core/stories";

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
 * of a copy), then groups them with core's story module. Stories come out in the order of their
 * first copy, the same whatever order the articles were added in (so whatever `--jobs` is).
 */
export class StoryCollector {
  private readonly keys: StoryKey[] = [];
  private readonly kept: Kept[] = [];
  private grouped: number[][] | null = null;

  /** Adds one article; returns its ordinal (the order of `add` calls). */
  add(article: Article, file: string, ref: string | null = null): number {
    this.grouped = null;
    this.keys.push(storyKey(article, DEFAULT_STORY_SETTINGS));
    this.kept.push({
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
    return this.kept.length - 1;
  }

  get size(): number {
    return this.kept.length;
  }

  /** The stories as lists of ordinals, each in time order, in the order of their first copy. */
  groups(): number[][] {
    this.grouped ??= groupKeys(this.keys, DEFAULT_STORY_SETTINGS);
    return this.grouped;
  }

  /** Each story, with the ordinals of its copies and of its canonical copy. */
  *stories(): Generator<{ story: CollectedStory; ordinals: number[]; canonical: number }> {
    for (const ordinals of this.groups()) {
      const story = assembleStory(
        ordinals.map((m) => this.kept[m]!),
        ordinals.map((m) => this.keys[m]!),
        DEFAULT_STORY_SETTINGS.completeShare,
      );
      const copies = story.copies.map((copy, i) => ({
        ...copy,
        file: this.kept[ordinals[i]!]!.file,
        ref: this.kept[ordinals[i]!]!.ref,
      }));
      const canonical = ordinals[story.copies.findIndex((copy) => copy.id === story.canonical)]!;
      yield { story: { ...story, copies }, ordinals, canonical };
    }
  }
}
