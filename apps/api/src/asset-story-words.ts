import type { Fetcher } from "@cloudflare/workers-types";
import { readOncePerBinding } from "./asset-reads.js";

/**
 * `@caixun/core/stories/words` in both Workers (wrangler.jsonc `alias`, and the workerd test configs):
 * the word tables the stories comparison reads (instruments, names, places, event words), read from
 * the Worker's static assets (`story-words.json`, written by `writeStoryWordsAsset`) instead of carried
 * in the script, where they are about 2.5 KB of the 200 KB gzip a Worker may weigh (issue 11).
 *
 * Core derives its patterns from the tables when it first compares stories, which a Worker does only
 * when it stores parsed Articles, so each Worker reads them with its other tables before it parses
 * (`assetTables`). Until they are read the tables are `undefined`: a comparison that ran before would
 * throw (and be tried again) rather than find no instrument, name or place.
 */

/** The file's name in the assets directory. */
export const STORY_WORDS_ASSET = "story-words.json";

type Families = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

/** What core's tables are, once `assetStoryWords` has read them: live bindings (`undefined` before). */
export let INSTRUMENT_FAMILIES: Families = undefined as unknown as Families;
export let NAME_CLASSES: readonly (readonly string[])[] = undefined as unknown as string[][];
export let PLACES: readonly string[] = undefined as unknown as string[];
export let EVENT_ACTIONS: readonly string[] = undefined as unknown as string[];

/** Reads the tables from `assets` once per binding; rejects when there is no binding or it serves no tables. */
export const assetStoryWords = readOncePerBinding(STORY_WORDS_ASSET, readTables);

async function readTables(assets: Fetcher): Promise<void> {
  const response = await assets.fetch(`https://assets.invalid/${STORY_WORDS_ASSET}`);
  const tables = response.ok
    ? ((await response.json().catch(() => null)) as Partial<{
        instrumentFamilies: Families;
        nameClasses: string[][];
        places: string[];
        eventActions: string[];
      }> | null)
    : null;
  if (
    typeof tables?.instrumentFamilies !== "object" ||
    tables.instrumentFamilies === null ||
    !Array.isArray(tables.nameClasses) ||
    !Array.isArray(tables.places) ||
    !Array.isArray(tables.eventActions)
  )
    throw new Error(`the Worker's static assets hold no ${STORY_WORDS_ASSET} (HTTP ${response.status})`);
  INSTRUMENT_FAMILIES = tables.instrumentFamilies;
  NAME_CLASSES = tables.nameClasses;
  PLACES = tables.places;
  EVENT_ACTIONS = tables.eventActions;
}
