// Writes the Article JSON Schema next to the build output, so the package ships it as a file.
import { writeFileSync } from "node:fs";
import { articleSchema } from "../dist/schema.js";

writeFileSync(
  new URL("../dist/article.schema.json", import.meta.url),
  `${JSON.stringify(articleSchema, null, 2)}\n`,
);
