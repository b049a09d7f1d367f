// pnpm --filter @caixun/ingest openapi
//
// Writes the ingestion Worker's OpenAPI document (src/ingest-document.generated.ts: the API's routes and
// `/v1/batches`) from the routes' zod schemas, which the Worker serves as `/openapi.json` without running
// zod's JSON Schema converter. test/node/openapi-document.test.ts fails when the file drifts from them.
import { fileURLToPath } from "node:url";
import { describeOnly, writeDocumentModule } from "@caixun/api/openapi-document";
import { createIngestApp } from "../src/app.js";

writeDocumentModule(
  fileURLToPath(new URL("../src/ingest-document.generated.ts", import.meta.url)),
  createIngestApp(describeOnly),
  { name: "INGEST_DOCUMENT", command: "pnpm --filter @caixun/ingest openapi", typesFrom: "@caixun/api" },
);
