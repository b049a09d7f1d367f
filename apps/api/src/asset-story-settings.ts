import type * as Core from "@caixun/core/stories/default-settings";
import { frozenSettingsAsset } from "./asset-reads.js";

/**
 * `@caixun/core/stories/default-settings` in both Workers (wrangler.jsonc `alias`, and the workerd test configs): the
 * defaults of the stories' settings (`DEFAULT_STORY_SETTINGS`), read from the Worker's static assets
 * (`story-settings.json`, written by `writeTableAssets`) instead of carried in the script, where they are about 0.3 KB
 * of the 200 KB gzip a Worker may weigh (issue 11). Frozen once read, as core's are (`frozenSettingsAsset`).
 *
 * Storing parsed Articles compares stories with them, so each Worker reads them with HTML's entity table before it
 * parses (`assetTables`). Until they are read the defaults are `undefined`: a comparison that ran before would throw
 * (and be tried again) rather than group stories without its thresholds.
 */

/** The file's name in the assets directory. */
export const STORY_SETTINGS_ASSET = "story-settings.json";

/** What core's defaults are, once `assetStorySettings` has read them: a live binding (`undefined` before). */
export let DEFAULT_STORY_SETTINGS: typeof Core.DEFAULT_STORY_SETTINGS =
  undefined as unknown as typeof Core.DEFAULT_STORY_SETTINGS;

/** Reads the defaults from `assets` once per binding; rejects when there is no binding or it serves none. */
export const assetStorySettings = frozenSettingsAsset<typeof Core.DEFAULT_STORY_SETTINGS>(
  STORY_SETTINGS_ASSET,
  (defaults) => {
    DEFAULT_STORY_SETTINGS = defaults;
  },
);
