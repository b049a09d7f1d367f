// Parses every file under a folder (default: the repository's seeds/) and prints one line per
// article: id, date, source, title, warnings.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse } from "../src/index.js";

const dir = resolve(process.argv[2] ?? join(import.meta.dirname, "../../../seeds"));
for (const name of readdirSync(dir).sort()) {
  const article = parse(readFileSync(join(dir, name)), { filename: name });
  const warnings = article.warnings.map((w) => w.code).join(",") || "-";
  console.log(
    [article.id, article.publishedAt ?? "-", article.source?.name ?? "-", article.title, warnings].join("\t"),
  );
}
