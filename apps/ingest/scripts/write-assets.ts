// pnpm --filter @caixun/ingest assets
//
// Writes what the ingestion Worker reads from its static assets (wrangler.jsonc `assets`) rather than
// carry in a script that must stay within issue 11's 200 KB: its OpenAPI document (assets/openapi.json:
// the API's routes and `/v1/batches`, from the routes' zod schemas; 5 KB of gzip), the page `/docs`
// renders of it (assets/docs.html), HTML's entity tables (assets/entities.json, core's
// `fullEntities`, 6.5 KB, and `ENTITY_TABLE`, the names `parse` always reads, 1.1 KB), core's modules of tables
// (`TABLE_ASSETS`: the credits' tables of hosts, assets/credit-hosts.json, 1.7 KB; of outlet names,
// assets/outlet-names.json, 0.6 KB; of field labels, assets/field-labels.json, 0.4 KB; HTML's names, assets/html-names.json, 0.7 KB; the quote pages, assets/quote-links.json, 0.4 KB; the names made one, assets/equivalent-names.json, 0.2 KB; the boilerplate's lines, assets/boilerplate-lines.json, 15.6 KB; the credits' patterns, assets/credit-patterns.json, 24.5 KB; the readers' and stages' patterns, assets/rule-patterns.json, 24.5 KB; the content packs' JSON rules, assets/pack-rules.json, 0.6 KB; the parse's default settings, assets/default-settings.json, 0.4 KB; the record mapping's tables, assets/record-keys.json, 1.0 KB; the stories' word
// tables, assets/story-words.json, 2.5 KB; the stories' default settings, assets/story-settings.json, 0.3 KB) and the stories' common pairs (assets/common-pairs.txt, core's
// `COMMON_PAIRS`; 4.3 KB). test/node/assets.test.ts fails when any drifts from what this writes.
import { fileURLToPath } from "node:url";
import {
  API_INFO,
  describeOnly,
  formatWithBiome,
  openApiDocument,
  writeDocumentJson,
} from "@caixun/api/openapi-document";
import {
  TABLE_ASSETS,
  writeCommonPairsAsset,
  writeDocsPage,
  writeEntitiesAsset,
  writeTableAssets,
} from "@caixun/api/worker-assets";
import { createIngestApp } from "../src/app.js";

const assets = fileURLToPath(new URL("../assets", import.meta.url));
const app = createIngestApp(describeOnly);
writeDocumentJson(`${assets}/openapi.json`, app);
writeDocsPage(assets, openApiDocument(app, API_INFO));
writeEntitiesAsset(assets);
writeTableAssets(assets);
writeCommonPairsAsset(assets);
// Checked in, so formatted as `biome check` wants them; their test compares the tables, not the bytes.
for (const asset of Object.keys(TABLE_ASSETS)) formatWithBiome(`${assets}/${asset}`);
