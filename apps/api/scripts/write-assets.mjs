// The Worker's static assets: the securities dictionary as text, loaded with the ASSETS binding on
// the first parse, so that the Worker script itself does not carry it (see wrangler.jsonc).
import { copyFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";

const source = createRequire(import.meta.url).resolve("@caixun/core/securities/dictionary.tsv");
const target = new URL("../dist/assets/", import.meta.url);
mkdirSync(target, { recursive: true });
copyFileSync(source, new URL("securities.tsv", target));
