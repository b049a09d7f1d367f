// Writes the JSON Schemas (the Article, and rule packs) next to the build output, so the package
// ships them as files, and the securities dictionary as text (dist/securities/dictionary.tsv) for
// runtimes that load it as an asset.
import { writeFileSync } from "node:fs";
import { rulesSchema } from "../dist/packs/rules-schema.js";
import { articleSchema } from "../dist/schema.js";
import { DICTIONARY_LINES } from "../dist/securities/data.js";

writeFileSync(new URL("../dist/securities/dictionary.tsv", import.meta.url), `${DICTIONARY_LINES}\n`);

writeFileSync(
  new URL("../dist/article.schema.json", import.meta.url),
  `${JSON.stringify(articleSchema, null, 2)}\n`,
);
writeFileSync(
  new URL("../dist/rules.schema.json", import.meta.url),
  `${JSON.stringify(rulesSchema, null, 2)}\n`,
);
