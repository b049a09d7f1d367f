// The CLI's fair in-process reference, in a fresh process of its own (see cli-figures.ts):
//   node --import tsx src/speed/one-pass-process.ts <core bundle> <generated folder> <files>
// It loads core and the shipped securities dictionary, then parses each of the first <files>
// generated files once, as `caixun parse --jobs 1` does in its fresh process, and prints its CPU
// time as JSON. Reading the files is not counted: they are read in slices between timed parses.
import { pathToFileURL } from "node:url";
import { securitiesBundle } from "../core-build.js";
import { generatedFiles } from "../inputs.js";
import type { OnePass } from "./protocol.js";

type Parse = (input: Uint8Array, options: { filename: string; securities: unknown }) => unknown;

const [coreFile, folder, count] = process.argv.slice(2);
if (coreFile === undefined || folder === undefined || !Number.isInteger(Number(count))) {
  console.error("usage (from the bench only): one-pass-process.ts <core bundle> <generated folder> <files>");
  process.exit(2);
}
const files = Number(count);

/** Files read ahead of the timed parses at a time: the whole corpus need not be in memory. */
const SLICE = 1000;

const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

let counted = 0;
let since = cpuMs();
const { parse } = (await import(pathToFileURL(coreFile).href)) as { parse: Parse };
const { loadSecurities } = (await import(pathToFileURL(securitiesBundle(coreFile)).href)) as {
  loadSecurities: () => unknown;
};
const securities = loadSecurities();
const loadMs = cpuMs() - since;
counted += loadMs;

let failures = 0;
for (let from = 0; from < files; from += SLICE) {
  const slice = generatedFiles(folder, Math.min(SLICE, files - from), from);
  since = cpuMs();
  for (const input of slice) {
    try {
      parse(input.raw, { filename: input.filename, securities });
    } catch {
      failures++;
    }
  }
  counted += cpuMs() - since;
}

const result: OnePass = { files, cpuMs: counted, loadMs, failures };
process.stdout.write(JSON.stringify(result));
