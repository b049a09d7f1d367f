// pnpm --filter @caixun/ingest assets
//
// Writes what the ingestion Worker reads from its static assets (wrangler.jsonc `assets`) rather than
// carry in a script that must stay within issue 11's 200 KB: its OpenAPI document (assets/openapi.json:
// the API's routes and `/v1/batches`, from the routes' zod schemas; 5 KB of gzip) and HTML's entity
// table (assets/entities.json, core's `fullEntities`; 6.5 KB). test/node/assets.test.ts fails when
// either drifts from what this writes.
import { fileURLToPath } from "node:url";
import { describeOnly, writeDocumentJson } from "@caixun/api/openapi-document";
import { writeEntitiesAsset } from "@caixun/api/worker-assets";
import { createIngestApp } from "../src/app.js";

writeDocumentJson(
  fileURLToPath(new URL("../assets/openapi.json", import.meta.url)),
  createIngestApp(describeOnly),
);
writeEntitiesAsset(fileURLToPath(new URL("../assets", import.meta.url)));
