import type { Article } from "./article.js";
import { PACKS, type PackSet } from "./packs/index.js";
import { runPipeline } from "./pipeline/pipeline.js";
import { salvage } from "./pipeline/salvage.js";
import { type ParseSettings, resolveSettings } from "./settings.js";
import { decode } from "./stages/decode.js";
import { readFile } from "./stages/front-matter.js";

export interface ParseOptions {
  /** The file's name or path: a long number in it is the article id when the content has none. */
  filename?: string;
  /** Thresholds to change; the rest keep their defaults (`DEFAULT_SETTINGS`). */
  settings?: Partial<ParseSettings>;
  /** The packs in force instead of the bundled registry (`PACKS`), e.g. `{ ...PACKS, content: [...PACKS.content, mine] }`. */
  packs?: PackSet;
}

/**
 * Parses one news file into an Article. Never throws for any string or bytes; the only errors are
 * `CaixunError`s for documented limits (input over `settings.maxInputBytes`, an input that is not a
 * string or bytes, an invalid setting).
 *
 * decode → read the file (front matter and body) → the per-document pipeline (`runPipeline`); a
 * stage that fails on input nobody foresaw leaves the text kept line by line (`parse-failed`).
 */
export function parse(input: string | Uint8Array, options: ParseOptions = {}): Article {
  const settings = resolveSettings(options.settings);
  const decoded = decode(input, settings);
  try {
    const read = readFile(decoded.text, options.filename);
    return runPipeline({
      settings,
      packs: options.packs ?? PACKS,
      warnings: [...decoded.warnings, ...read.warnings],
      document: read.document,
    });
  } catch (error) {
    return salvage(decoded.text, options.filename, decoded.warnings, settings, error);
  }
}
