// pnpm --filter @caixun/ingest openapi
//
// Writes the ingestion Worker's OpenAPI document (src/ingest-document.generated.ts: the API's routes and
// `/v1/batches`) from the routes' zod schemas, which the Worker serves as `/openapi.json` without running
// zod's JSON Schema converter. test/node/openapi-document.test.ts fails when the file drifts from them.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  API_INFO,
  describeOnly,
  documentModule,
  formatWithBiome,
  openApiDocument,
} from "@caixun/api/openapi-document";
import { createIngestApp } from "../src/app.js";

const file = fileURLToPath(new URL("../src/ingest-document.generated.ts", import.meta.url));
writeFileSync(
  file,
  documentModule(openApiDocument(createIngestApp(describeOnly), API_INFO), "INGEST_DOCUMENT", {
    command: "pnpm --filter @caixun/ingest openapi",
    typesFrom: "@caixun/api",
  }),
);
formatWithBiome(file);
console.log(`wrote ${file}`);
