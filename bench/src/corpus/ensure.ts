import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { hash64 } from "@caixun/core/stages";
import { pickFamily, renderFile } from "./families.js";
import { type GenerateOptions, type GenerateSummary, generateCorpus } from "./generate.js";
import type { Pieces } from "./pieces.js";
import { Random } from "./prng.js";

const MANIFEST = "corpus.json";
/** How many leading files stand for the whole output when checking a folder is up to date. */
const PROBE_FILES = 20;

interface Manifest extends GenerateSummary {
  seed: number;
  /** Hash of the first files' text: changes whenever the generator or its pieces change. */
  probe: string;
}

/**
 * A generated corpus in `options.out`, reusing the folder when its manifest says it holds exactly
 * these files (same count, seed and generator output), and otherwise generating it afresh in a
 * folder that is new, empty, or an earlier generated corpus.
 */
export function ensureCorpus(
  pieces: Pieces,
  options: GenerateOptions,
): GenerateSummary & { reused: boolean } {
  const probe = probeHash(pieces, options.seed);
  const manifestPath = join(options.out, MANIFEST);
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Manifest;
    if (manifest.files === options.count && manifest.seed === options.seed && manifest.probe === probe) {
      return { ...manifest, reused: true };
    }
  }
  if (existsSync(manifestPath)) rmSync(options.out, { recursive: true, force: true });
  else if (existsSync(options.out) && readdirSync(options.out).length > 0) {
    // Only a folder this generator wrote (it has a manifest) is ever replaced.
    throw new Error(`${options.out} is not empty and holds no generated corpus; choose another --out`);
  }
  const summary = generateCorpus(pieces, options);
  const manifest: Manifest = { ...summary, seed: options.seed, probe };
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return { ...summary, reused: false };
}

function probeHash(pieces: Pieces, seed: number): string {
  const random = new Random(seed);
  let texts = "";
  for (let i = 0; i < PROBE_FILES; i++) texts += renderFile(pickFamily(random), random, pieces).text;
  return hash64(texts);
}
