// pnpm --filter @caixun/api openapi
//
// Writes the API's OpenAPI document (src/api-document.generated.ts) from its routes' zod schemas, which
// the Worker and the Node server serve as `/openapi.json`: neither runs zod's JSON Schema converter.
// test/node/openapi-document.test.ts fails when the checked-in file drifts from the schemas.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createApp } from "../src/app.js";
import {
  API_INFO,
  describeOnly,
  documentModule,
  formatWithBiome,
  openApiDocument,
} from "../src/openapi-document.js";

const file = fileURLToPath(new URL("../src/api-document.generated.ts", import.meta.url));
writeFileSync(
  file,
  documentModule(openApiDocument(createApp(describeOnly), API_INFO), "API_DOCUMENT", {
    command: "pnpm --filter @caixun/api openapi",
    typesFrom: "./openapi.js",
  }),
);
formatWithBiome(file);
console.log(`wrote ${file}`);
