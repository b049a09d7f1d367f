// pnpm --filter @caixun/bench snapshot [--base REV] [--head REV|.] [--count N] [--seed S] [--mutants N] [--show N] [--ignore F,G] [--full] [--securities]
//
// Proof that a change of core keeps its output: builds @caixun/core at two revisions, parses the same
// inputs with both in this one process and compares the Article JSON byte for byte. Inputs: the
// seeds, every file of ../shared/corpus, every labelled set's inputs (`datasetFiles`, shared with the
// stage counts), N files of the generated corpus and, for
// inputs nobody wrote by hand, `--mutants` cut-and-spliced variants of the real files. Exit 0 when every Article is
// identical, 1 when some differ (the first `--show` differences are printed field by field).
//
// `--full`: the head parses with what `@caixun/inputs` passes every app's parse (`{ yaml: fullYaml,
// entities: fullEntities }`, as far as the head has them); `--base . --full` is the proof that
// leaving them out of a page that imports `parse` alone changes no Article of these inputs.
//
// `--securities`: each side parses with the shipped securities dictionary of its own revision
// (`loadSecurities` of its `@caixun/core/securities`), as the CLI and the apps do, so that the names
// the dictionary finds are compared too.
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { buildCore, EXTENSIONS, fullBundle, securitiesBundle } from "./core-build.js";
import { ensureCorpus } from "./corpus/ensure.js";
import { relativePath } from "./corpus/generate.js";
import { harvestPieces } from "./corpus/pieces.js";
import { Random } from "./corpus/prng.js";
import { readRealFiles } from "./corpus/real-files.js";
import { datasetFiles } from "./inputs.js";
import { DEFAULT_CORPUS_DIR, REPO } from "./paths.js";

const { values } = parseArgs({
  options: {
    base: { type: "string", default: "main" },
    head: { type: "string", default: "." },
    count: { type: "string", default: "10000" },
    seed: { type: "string", default: "1" },
    mutants: { type: "string", default: "2000" },
    show: { type: "string", default: "10" },
    ignore: { type: "string", default: "" },
    full: { type: "boolean", default: false },
    securities: { type: "boolean", default: false },
  },
});
/** Fields a change adds to the Article: left out of the comparison (`--ignore ref,storyId`). */
const ignored = values.ignore.split(",").filter((field) => field !== "");
const count = Number(values.count);
const seed = Number(values.seed);
const mutants = Number(values.mutants);
const show = Number(values.show);
if (![count, mutants, show].every((n) => Number.isInteger(n) && n >= 0) || !Number.isInteger(seed)) {
  console.error(
    "usage: pnpm --filter @caixun/bench snapshot [--base REV] [--head REV|.] [--count N] [--seed S] [--mutants N] [--show N] [--ignore F,G] [--full] [--securities]",
  );
  process.exit(2);
}

type Parse = (input: Uint8Array, options: { filename: string }) => unknown;
type ParseWith = (input: Uint8Array, options: Record<string, unknown>) => unknown;
const log = (message: string) => process.stderr.write(`snapshot: ${message}\n`);

/**
 * `parse` of core at `revision` (`.` is this checkout's working tree, uncommitted edits included);
 * with `full`, given each of `EXTENSIONS` that revision has; with `--securities`, given its shipped
 * securities dictionary.
 */
async function coreAt(revision: string, full = false): Promise<{ label: string; parse: Parse }> {
  const build = await buildCore(revision);
  const file = full && existsSync(fullBundle(build.file)) ? fullBundle(build.file) : build.file;
  const module = (await import(pathToFileURL(file).href)) as Record<string, unknown> & { parse: ParseWith };
  const extensions: Record<string, unknown> = {};
  if (values.securities) {
    const entry = (await import(pathToFileURL(securitiesBundle(build.file)).href)) as {
      loadSecurities: () => unknown;
    };
    extensions.securities = entry.loadSecurities();
  }
  build.remove();
  for (const [option, value] of Object.entries(EXTENSIONS)) {
    if (full && module[value] !== undefined) extensions[option] = module[value];
  }
  const given: string[] = Object.values(EXTENSIONS).filter((value) => full && module[value] !== undefined);
  if (values.securities) given.push("loadSecurities()");
  const label = given.length === 0 ? build.label : `${build.label} with ${given.join(" and ")}`;
  return { label, parse: (input, options) => module.parse(input, { ...options, ...extensions }) };
}

interface Input {
  name: string;
  bytes: Uint8Array;
}

function* inputs(): Generator<Input> {
  const real = readRealFiles();
  for (const file of real) yield { name: relative(REPO, file.path), bytes: file.bytes };
  for (const file of datasetFiles()) yield { name: file.path, bytes: file.bytes };
  // Cut and spliced variants of real files: truncated YAML, bodies glued to other files' halves.
  const random = new Random(seed);
  for (let i = 0; i < mutants && real.length > 0; i++) {
    const a = random.pick(real).bytes;
    const b = random.pick(real).bytes;
    const cut = random.int(0, a.length);
    const from = random.int(0, b.length);
    const bytes = new Uint8Array(cut + (b.length - from));
    bytes.set(a.subarray(0, cut));
    bytes.set(b.subarray(from), cut);
    yield { name: `mutant ${i}`, bytes };
  }
  if (count > 0) {
    const dir = `${DEFAULT_CORPUS_DIR}-${count}`;
    ensureCorpus(harvestPieces(real), { count, seed, out: dir });
    for (let index = 0; index < count; index++) {
      for (const extension of [".md", ".txt"]) {
        const path = join(dir, relativePath(index, extension));
        if (existsSync(path)) yield { name: path, bytes: new Uint8Array(readFileSync(path)) };
      }
    }
  }
}

/** The Article as JSON, or the error a parse threw (only `CaixunError`s for documented limits). */
function outcome(parse: Parse, input: Input): string {
  try {
    const article = parse(input.bytes, { filename: input.name }) as Record<string, unknown>;
    for (const field of ignored) delete article[field];
    return JSON.stringify(article);
  } catch (error) {
    const code = (error as { code?: string }).code;
    return JSON.stringify({ thrown: code ?? String(error) });
  }
}

function describeDifference(before: string, after: string): string[] {
  const a = JSON.parse(before) as Record<string, unknown>;
  const b = JSON.parse(after) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  const lines: string[] = [];
  for (const key of keys) {
    const x = JSON.stringify(a[key]) ?? "undefined";
    const y = JSON.stringify(b[key]) ?? "undefined";
    if (x === y) continue;
    // Show each side from a little before the first character where they part.
    let at = 0;
    while (at < x.length && x[at] === y[at]) at++;
    const from = Math.max(0, at - 60);
    const clip = (text: string) =>
      `${from > 0 ? "…" : ""}${text.slice(from, at + 200)}${text.length > at + 200 ? "…" : ""}`;
    lines.push(`    ${key}: ${clip(x)}`, `    ${" ".repeat(key.length)}→ ${clip(y)}`);
  }
  return lines;
}

const base = await coreAt(values.base);
const head = await coreAt(values.head, values.full);
log(`comparing ${base.label} with ${head.label}`);
const started = performance.now();
let compared = 0;
let different = 0;
for (const input of inputs()) {
  const before = outcome(base.parse, input);
  const after = outcome(head.parse, input);
  compared++;
  if (before !== after) {
    different++;
    if (different <= show) console.log(`${input.name}\n${describeDifference(before, after).join("\n")}`);
  }
  if (compared % 10_000 === 0) log(`${compared.toLocaleString("en")} inputs, ${different} different`);
}
const seconds = ((performance.now() - started) / 1000).toFixed(0);
console.log(
  `${compared.toLocaleString("en")} inputs (seeds, ../shared/corpus, datasets/, ${mutants.toLocaleString("en")} mutants, ` +
    `${count.toLocaleString("en")} generated, seed ${seed}): ${different.toLocaleString("en")} Articles differ ` +
    `between ${base.label} and ${head.label} (${seconds} s)`,
);
process.exit(different === 0 ? 0 : 1);
