// Writes the Article JSON Schema next to the build output, so the package ships it as a file, and the
// securities dictionary as text (dist/securities/dictionary.tsv) for runtimes that load it as an asset.
import { writeFileSync } from "node:fs";
import { articleSchema } from "../dist/schema.js";
import { DICTIONARY_LINES } from "../dist/securities/data.js";

writeFileSync(new URL("../dist/securities/dictionary.tsv", import.meta.url), `${DICTIONARY_LINES}\n`);

writeFileSync(
  new URL("../dist/article.schema.json", import.meta.url),
  `${JSON.stringify(articleSchema, null, 2)}\n`,
);
