import type * as Core from "@caixun/core/default-settings";
import { frozenSettingsAsset } from "./asset-reads.js";

/**
 * `@caixun/core/default-settings` in both Workers (wrangler.jsonc `alias`, and the workerd test configs): the defaults
 * of the parse's settings (`DEFAULT_SETTINGS`), read from the Worker's static assets (`default-settings.json`, written
 * by `writeTableAssets`) instead of carried in the script, where they are about 0.4 KB of the 200 KB gzip a Worker may
 * weigh (issue 11). Frozen once read, as core's are (`frozenSettingsAsset`).
 *
 * Every parse resolves its settings from them, so each Worker reads them with HTML's entity table before it parses
 * (`assetTables`). Until they are read the defaults are `undefined`: a parse before would fail loudly (core keeps the
 * text with a `parse-failed` warning naming the cause) rather than run without its limits.
 */

/** The file's name in the assets directory. */
export const DEFAULT_SETTINGS_ASSET = "default-settings.json";

/** What core's defaults are, once `assetDefaultSettings` has read them: a live binding (`undefined` before). */
export let DEFAULT_SETTINGS: typeof Core.DEFAULT_SETTINGS =
  undefined as unknown as typeof Core.DEFAULT_SETTINGS;

/** Reads the defaults from `assets` once per binding; rejects when there is no binding or it serves none. */
export const assetDefaultSettings = frozenSettingsAsset<typeof Core.DEFAULT_SETTINGS>(
  DEFAULT_SETTINGS_ASSET,
  (defaults) => {
    DEFAULT_SETTINGS = defaults;
  },
);
