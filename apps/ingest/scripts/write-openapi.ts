// pnpm --filter @caixun/ingest openapi
//
// Writes the ingestion Worker's OpenAPI document (assets/openapi.json: the API's routes and `/v1/batches`)
// from the routes' zod schemas. The Worker serves it from its static assets (wrangler.jsonc `assets`)
// rather than carry its 5 KB of gzip in the script, which must stay within issue 11's 200 KB.
// test/node/openapi-document.test.ts fails when the file drifts from the schemas.
import { fileURLToPath } from "node:url";
import { describeOnly, writeDocumentJson } from "@caixun/api/openapi-document";
import { createIngestApp } from "../src/app.js";

writeDocumentJson(
  fileURLToPath(new URL("../assets/openapi.json", import.meta.url)),
  createIngestApp(describeOnly),
);
