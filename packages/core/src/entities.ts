/**
 * `@caixun/core/entities`: HTML's named character references beyond the ones `parse` always reads,
 * its own entry point so that a page that parses files carries them only when asked for. `parse`
 * reads numeric references, the 259 names HTML 4.01 had (`&nbsp;`, `&ldquo;`, `&hellip;`, `&euro;`…)
 * and every name HTML reads without `;`; HTML's other 1,866 names (MathML's symbols, mostly:
 * `&Afr;`, `&NotEqualTilde;`, `&bigstar;`) only with this table, and without it keeps them as the
 * text they are, as HTML 4 did:
 *
 *   import { parse } from "@caixun/core";
 *   import { fullEntities } from "@caixun/core/entities";
 *   parse(bytes, { entities: fullEntities });
 *
 * The Workers (apps/api, apps/ingest) put `apps/api/src/asset-entities.ts` in this entry's place: the
 * same `fullEntities`, read from their static assets (`entities.json`) instead of carried in the script.
 */

import type { EntityTable } from "./text/entities.js";
import { FULL_ENTITY_PAIRS, FULL_ENTITY_TABLE } from "./text/entities-data-full.js";

export type { EntityTable } from "./text/entities.js";

export const fullEntities: EntityTable = { table: FULL_ENTITY_TABLE, pairs: FULL_ENTITY_PAIRS };
