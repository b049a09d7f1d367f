// The Worker's static assets (see wrangler.jsonc), read with the ASSETS binding rather than carried in
// the script: the securities dictionary as text (read on the first parse), HTML's entity table, the
// credits' tables of hosts and the record mapping's tables (`entities.json`, `credit-hosts.json`,
// `record-keys.json`, read before any parse), the stories' common pairs and word tables (`common-pairs.txt`,
// `story-words.json`, read with it), the OpenAPI document as checked in at
// src/api-document.generated.ts (`openapi.json`) and the page `/docs` renders of it (`docs.html`).
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { API_DOCUMENT } from "../dist/api-document.generated.js";
import {
  writeCommonPairsAsset,
  writeCreditHostsAsset,
  writeDocsPage,
  writeEntitiesAsset,
  writeRecordKeysAsset,
  writeStoryWordsAsset,
} from "../dist/worker-assets.js";

const source = createRequire(import.meta.url).resolve("@caixun/core/securities/dictionary.tsv");
const target = new URL("../dist/assets/", import.meta.url);
mkdirSync(target, { recursive: true });
copyFileSync(source, new URL("securities.tsv", target));
writeEntitiesAsset(fileURLToPath(target));
writeCreditHostsAsset(fileURLToPath(target));
writeRecordKeysAsset(fileURLToPath(target));
writeCommonPairsAsset(fileURLToPath(target));
writeStoryWordsAsset(fileURLToPath(target));
writeFileSync(new URL("openapi.json", target), JSON.stringify(API_DOCUMENT));
writeDocsPage(fileURLToPath(target), API_DOCUMENT);
