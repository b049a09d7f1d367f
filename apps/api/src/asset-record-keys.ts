import type { DEFAULT_MAPPING as CoreMapping } from "@caixun/core/readers/record-keys";
import type { Fetcher } from "@cloudflare/workers-types";
import { readOncePerBinding } from "./asset-reads.js";

/**
 * `@caixun/core/readers/record-keys` in both Workers (wrangler.jsonc `alias`, and the workerd test configs):
 * the record mapping's tables (the keys dumps use for each Article field, `DEFAULT_MAPPING`, and the labels
 * and column names exports write for them, `LABEL_KEYS`), read from the Worker's static assets
 * (`record-keys.json`, written by `writeRecordKeysAsset`) instead of carried in the script, where they are
 * about 1.0 KB of the 200 KB gzip a Worker may weigh (issue 11).
 *
 * `parse` reads them (a labelled text, a CSV export, a record), so each Worker reads them with HTML's entity
 * table before it parses (`assetTables`). Until they are read the tables are `undefined`: a parse that read
 * a record before would fail loudly (core keeps the text with a `parse-failed` warning naming the cause)
 * rather than find no field.
 */

/** The file's name in the assets directory. */
export const RECORD_KEYS_ASSET = "record-keys.json";

/** What core's tables are, once `assetRecordKeys` has read them: live bindings (`undefined` before). */
export let DEFAULT_MAPPING: typeof CoreMapping = undefined as unknown as typeof CoreMapping;
export let LABEL_KEYS: Readonly<Record<string, string>> = undefined as unknown as Readonly<
  Record<string, string>
>;

/** Reads the tables from `assets` once per binding; rejects when there is no binding or it serves no tables. */
export const assetRecordKeys = readOncePerBinding(RECORD_KEYS_ASSET, readTables);

async function readTables(assets: Fetcher): Promise<void> {
  const response = await assets.fetch(`https://assets.invalid/${RECORD_KEYS_ASSET}`);
  const tables = response.ok
    ? ((await response.json().catch(() => null)) as {
        defaultMapping?: typeof CoreMapping;
        labelKeys?: Readonly<Record<string, string>>;
      } | null)
    : null;
  if (
    tables === null ||
    typeof tables.defaultMapping?.fields !== "object" ||
    tables.defaultMapping.fields === null ||
    !Array.isArray(tables.defaultMapping.securities) ||
    typeof tables.labelKeys !== "object" ||
    tables.labelKeys === null
  )
    throw new Error(`the Worker's static assets hold no ${RECORD_KEYS_ASSET} (HTTP ${response.status})`);
  DEFAULT_MAPPING = tables.defaultMapping;
  LABEL_KEYS = tables.labelKeys;
}
