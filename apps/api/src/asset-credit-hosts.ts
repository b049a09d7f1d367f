import type * as Core from "@caixun/core/credits/hosts";
import { readTableListAsset } from "./asset-reads.js";

/**
 * `@caixun/core/credits/hosts` in both Workers (wrangler.jsonc `alias`, and the workerd test configs):
 * the credits' tables of hosts (the outlet, agency, aggregator and platform a story's address names, and
 * the name a writing host puts after its pages' headlines), read from the Worker's static assets
 * (`credit-hosts.json`, written by `writeTableAssets`) instead of carried in the script, where they
 * are about 1.7 KB of the 200 KB gzip a Worker may weigh (issue 11).
 *
 * `parse` reads them, so each Worker reads them with HTML's entity table before it parses (`assetTables`).
 * Until they are read the tables are `undefined`: a parse that looked a host up before would fail loudly
 * (core keeps the text with a `parse-failed` warning naming the cause) rather than find no outlet.
 */

/** The file's name in the assets directory. */
export const CREDIT_HOSTS_ASSET = "credit-hosts.json";

/** What core's tables are, once `assetCreditHosts` has read them: live bindings (`undefined` before). */
export let OUTLET_HOSTS: typeof Core.OUTLET_HOSTS = undefined as unknown as typeof Core.OUTLET_HOSTS;
export let AGENCY_HOSTS: typeof Core.AGENCY_HOSTS = undefined as unknown as typeof Core.AGENCY_HOSTS;
export let AGGREGATOR_HOSTS: typeof Core.AGGREGATOR_HOSTS =
  undefined as unknown as typeof Core.AGGREGATOR_HOSTS;
export let PLATFORM_HOSTS: typeof Core.PLATFORM_HOSTS = undefined as unknown as typeof Core.PLATFORM_HOSTS;
export let SITE_TITLE_NAMES: typeof Core.SITE_TITLE_NAMES =
  undefined as unknown as typeof Core.SITE_TITLE_NAMES;

/**
 * Reads the tables from `assets` once per binding; rejects when there is no binding or it serves no tables. Core's
 * tables by position, as `readTableListAsset` reads them: by their names, sorted.
 */
export const assetCreditHosts = readTableListAsset(CREDIT_HOSTS_ASSET, 5, (tables) => {
  [AGENCY_HOSTS, AGGREGATOR_HOSTS, OUTLET_HOSTS, PLATFORM_HOSTS, SITE_TITLE_NAMES] = tables;
});
