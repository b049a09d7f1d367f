import type { Article } from "@caixun/core";
import { DEFAULT_STORY_SETTINGS, storyKey } from "@caixun/core/stories";
import { indexText } from "./search-text.js";

/**
 * What the store derives from an Article alone, before it is written: its story key (as stored, the
 * JSON of `storyKey` with the default settings) and the text of its search row. `caixun ingest`
 * has the parse threads make it (`@caixun/store/prepare` is the module they run on each Article):
 * the thread that writes is the one that limits an ingest, and these were a tenth of its time
 * (docs/benchmarks.md). The store makes them itself for an article that comes without them.
 */
export interface PreparedArticle {
  storyKey: string;
  searchTitle: string;
  searchBody: string;
}

/**
 * The store's work on one Article that needs nothing else (see `PreparedArticle`); the default
 * export, which a parse thread given this module as `extras` calls on each Article.
 */
export default function prepareArticle(article: Article): PreparedArticle {
  return {
    storyKey: JSON.stringify(storyKey(article, DEFAULT_STORY_SETTINGS)),
    searchTitle: indexText(article.title),
    searchBody: indexText(article.text),
  };
}
