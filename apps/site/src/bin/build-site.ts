import { stat } from "node:fs/promises";
import { parseArgs } from "node:util";
import { buildSite } from "../build/build-site.js";
import { collectFiles } from "../build/collect-files.js";

/**
 * `tsx src/bin/build-site.ts --out <dir> <inputs…>`: the package's own build, without the CLI.
 * Inputs that do not exist are skipped with a note, so the script works without the shared corpus.
 */
const { values, positionals } = parseArgs({
  options: { out: { type: "string", default: "dist-site" } },
  allowPositionals: true,
});
const existing: string[] = [];
for (const input of positionals) {
  if ((await stat(input).catch(() => null)) === null) process.stderr.write(`skipping ${input}: not found\n`);
  else existing.push(input);
}
const started = performance.now();
const result = await buildSite({ files: await collectFiles(existing), outDir: values.out });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
for (const failure of result.failures) process.stderr.write(`failed ${failure.file}: ${failure.reason}\n`);
process.stdout.write(`${result.articles} articles, ${result.pages} pages in ${values.out} (${seconds} s)\n`);
