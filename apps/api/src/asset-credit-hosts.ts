import type { Fetcher } from "@cloudflare/workers-types";
import { readOncePerBinding } from "./asset-reads.js";

/**
 * `@caixun/core/credits/hosts` in both Workers (wrangler.jsonc `alias`, and the workerd test configs):
 * the credits' tables of hosts (the outlet, agency, aggregator and platform a story's address names, and
 * the name a writing host puts after its pages' headlines), read from the Worker's static assets
 * (`credit-hosts.json`, written by `writeCreditHostsAsset`) instead of carried in the script, where they
 * are about 1.7 KB of the 200 KB gzip a Worker may weigh (issue 11).
 *
 * `parse` reads them, so each Worker reads them with HTML's entity table before it parses (`assetTables`).
 * Until they are read the tables are `undefined`: a parse that looked a host up before would fail loudly
 * (core keeps the text with a `parse-failed` warning naming the cause) rather than find no outlet.
 */

/** The file's name in the assets directory. */
export const CREDIT_HOSTS_ASSET = "credit-hosts.json";

type HostTable = Readonly<Record<string, string>>;

/** What core's tables are, once `assetCreditHosts` has read them: live bindings (`undefined` before). */
export let OUTLET_HOSTS: HostTable = undefined as unknown as HostTable;
export let AGENCY_HOSTS: HostTable = undefined as unknown as HostTable;
export let AGGREGATOR_HOSTS: HostTable = undefined as unknown as HostTable;
export let PLATFORM_HOSTS: HostTable = undefined as unknown as HostTable;
export let SITE_TITLE_NAMES: HostTable = undefined as unknown as HostTable;

/** Reads the tables from `assets` once per binding; rejects when there is no binding or it serves no tables. */
export const assetCreditHosts = readOncePerBinding(CREDIT_HOSTS_ASSET, readTables);

const TABLES = ["outletHosts", "agencyHosts", "aggregatorHosts", "platformHosts", "siteTitleNames"] as const;

async function readTables(assets: Fetcher): Promise<void> {
  const response = await assets.fetch(`https://assets.invalid/${CREDIT_HOSTS_ASSET}`);
  const tables = response.ok
    ? ((await response.json().catch(() => null)) as Partial<
        Record<(typeof TABLES)[number], HostTable>
      > | null)
    : null;
  if (tables === null || !TABLES.every((name) => typeof tables[name] === "object" && tables[name] !== null))
    throw new Error(`the Worker's static assets hold no ${CREDIT_HOSTS_ASSET} (HTTP ${response.status})`);
  OUTLET_HOSTS = tables.outletHosts!;
  AGENCY_HOSTS = tables.agencyHosts!;
  AGGREGATOR_HOSTS = tables.aggregatorHosts!;
  PLATFORM_HOSTS = tables.platformHosts!;
  SITE_TITLE_NAMES = tables.siteTitleNames!;
}
