// The Worker's static assets (see wrangler.jsonc), read with the ASSETS binding rather than carried in
// the script: the securities dictionary as text (read on the first parse), HTML's entity table and core's
// modules of tables (`entities.json`, and `TABLE_ASSETS`: `credit-hosts.json`, `outlet-names.json`, `field-labels.json`, `html-names.json`, `quote-links.json`, `equivalent-names.json`, `boilerplate-lines.json`, `credit-patterns.json`, `rule-patterns.json`,
// `pack-rules.json`, `default-settings.json`, `record-keys.json`, `story-words.json`, `story-settings.json`, read before any parse), the stories' common pairs (`common-pairs.txt`,
// read with them), the OpenAPI document as checked in at
// src/api-document.generated.ts (`openapi.json`) and the page `/docs` renders of it (`docs.html`).
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { API_DOCUMENT } from "../dist/api-document.generated.js";
import {
  writeCommonPairsAsset,
  writeDocsPage,
  writeEntitiesAsset,
  writeTableAssets,
} from "../dist/worker-assets.js";

const source = createRequire(import.meta.url).resolve("@caixun/core/securities/dictionary.tsv");
const target = new URL("../dist/assets/", import.meta.url);
mkdirSync(target, { recursive: true });
copyFileSync(source, new URL("securities.tsv", target));
writeEntitiesAsset(fileURLToPath(target));
writeTableAssets(fileURLToPath(target));
writeCommonPairsAsset(fileURLToPath(target));
writeFileSync(new URL("openapi.json", target), JSON.stringify(API_DOCUMENT));
writeDocsPage(fileURLToPath(target), API_DOCUMENT);
