// pnpm --filter @caixun/api openapi
//
// Writes the API's OpenAPI document (src/api-document.generated.ts) from its routes' zod schemas, which
// the Worker and the Node server serve as `/openapi.json`: neither runs zod's JSON Schema converter.
// test/node/openapi-document.test.ts fails when the checked-in file drifts from the schemas.
import { fileURLToPath } from "node:url";
import { createApp } from "../src/app.js";
import { describeOnly, writeDocumentModule } from "../src/openapi-document.js";

writeDocumentModule(
  fileURLToPath(new URL("../src/api-document.generated.ts", import.meta.url)),
  createApp(describeOnly),
  { name: "API_DOCUMENT", command: "pnpm --filter @caixun/api openapi", typesFrom: "./openapi.js" },
);
