import type * as Core from "@caixun/core/stories/words";
import { readTableListAsset } from "./asset-reads.js";

/**
 * `@caixun/core/stories/words` in both Workers (wrangler.jsonc `alias`, and the workerd test configs):
 * the word tables the stories comparison reads (instruments, names, places, event words), read from
 * the Worker's static assets (`story-words.json`, written by `writeTableAssets`) instead of carried
 * in the script, where they are about 2.5 KB of the 200 KB gzip a Worker may weigh (issue 11).
 *
 * Core derives its patterns from the tables when it first compares stories, which a Worker does only
 * when it stores parsed Articles, so each Worker reads them with its other tables before it parses
 * (`assetTables`). Until they are read the tables are `undefined`: a comparison that ran before would
 * throw (and be tried again) rather than find no instrument, name or place.
 */

/** The file's name in the assets directory. */
export const STORY_WORDS_ASSET = "story-words.json";

/** What core's tables are, once `assetStoryWords` has read them: live bindings (`undefined` before). */
export let INSTRUMENT_FAMILIES: typeof Core.INSTRUMENT_FAMILIES =
  undefined as unknown as typeof Core.INSTRUMENT_FAMILIES;
export let NAME_CLASSES: typeof Core.NAME_CLASSES = undefined as unknown as typeof Core.NAME_CLASSES;
export let PLACES: typeof Core.PLACES = undefined as unknown as typeof Core.PLACES;
export let EVENT_ACTIONS: typeof Core.EVENT_ACTIONS = undefined as unknown as typeof Core.EVENT_ACTIONS;

/**
 * Reads the tables from `assets` once per binding; rejects when there is no binding or it serves no tables. Core's
 * tables by position, as `readTableListAsset` reads them: by their names, sorted.
 */
export const assetStoryWords = readTableListAsset(STORY_WORDS_ASSET, 4, (tables) => {
  [EVENT_ACTIONS, INSTRUMENT_FAMILIES, NAME_CLASSES, PLACES] = tables;
});
