import type { EntityTable } from "@caixun/core/entities";
import type { Fetcher } from "@cloudflare/workers-types";
import { readOncePerBinding } from "./asset-reads.js";

/**
 * `@caixun/core/entities` and `@caixun/core/entities/basic` in both Workers (wrangler.jsonc `alias`,
 * and the workerd test configs): HTML's 1,866 names beyond those `parse` always reads, and those it
 * always reads (the 259 names HTML 4.01 had and the names read without `;`), read from the Worker's
 * static assets (`entities.json`, written by `writeEntitiesAsset`) instead of carried in the script,
 * where the tables are about 6.5 KB and 1.1 KB of the 200 KB gzip a Worker may weigh (issue 11).
 *
 * `parse` is synchronous, so the table must be in place before a parse starts: each Worker awaits
 * `assetEntities` first (the API in its parser, ingestion before it reads an object). A deployment
 * without the file is a fault of the deployment, not of the input: the load rejects, a request
 * answers 500 and a queued task is retried, then dead-lettered. Should a parse ever run before the
 * load, the table throws when the parser first reads a name, so the parse fails loudly (core keeps the
 * text with a `parse-failed` warning naming the cause) rather than read `&bigstar;` as text.
 */

/** The file's name in the assets directory. */
export const ENTITIES_ASSET = "entities.json";

let loaded: EntityTable | undefined;

/**
 * What core's `ENTITY_TABLE` (the names `parse` always reads) is, once `assetEntities` has read it: a
 * live binding, so that core reads the table from then on (and `undefined` before, which core's
 * unpacking refuses: a parse fails loudly).
 */
export let ENTITY_TABLE: string = undefined as unknown as string;

function loadedTable(): EntityTable {
  if (loaded === undefined)
    throw new Error(`HTML's entity table is not loaded: await assetEntities() before a parse`);
  return loaded;
}

/** What core's `fullEntities` is, once `assetEntities` has read it. */
export const fullEntities: EntityTable = {
  get table() {
    return loadedTable().table;
  },
  get pairs() {
    return loadedTable().pairs;
  },
};

/** Reads the table from `assets` once per binding; rejects when there is no binding or it serves no table. */
export const assetEntities = readOncePerBinding(ENTITIES_ASSET, readTable);

async function readTable(assets: Fetcher): Promise<void> {
  const response = await assets.fetch(`https://assets.invalid/${ENTITIES_ASSET}`);
  const table = response.ok ? ((await response.json()) as Partial<EntityTable & { basic: string }>) : null;
  if (typeof table?.table !== "string" || typeof table.pairs !== "string" || typeof table.basic !== "string")
    throw new Error(`the Worker's static assets hold no ${ENTITIES_ASSET} (HTTP ${response.status})`);
  loaded = { table: table.table, pairs: table.pairs };
  ENTITY_TABLE = table.basic;
}
