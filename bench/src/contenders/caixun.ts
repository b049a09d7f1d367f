import { pathToFileURL } from "node:url";
import { securitiesBundle } from "../core-build.js";
import type { Contender } from "./contender.js";

/** Core's parse settings (`ParseSettings`), as far as the bench sets them. */
export interface CoreSettings {
  /** 0 turns the work budget off (see `pipeline/budget.ts`). */
  parseBudgetMillis?: number;
}

type Parse = (
  input: Uint8Array,
  options: { filename: string; securities?: unknown; settings?: CoreSettings },
) => {
  title: string;
  publishedAt: string | null;
  text: string;
};

/**
 * caixun's `parse` from one build of core (see core-build.ts); two builds make a before/after pair.
 * With `withDictionary`, every parse also matches names against the shipped securities dictionary,
 * as the CLI, the site builder and the API parse.
 */
export async function caixunContender(
  coreFile: string,
  name: string,
  withDictionary = false,
  settings?: CoreSettings,
): Promise<Contender> {
  const { parse } = (await import(pathToFileURL(coreFile).href)) as { parse: Parse };
  let securities: unknown;
  if (withDictionary) {
    const { loadSecurities } = (await import(pathToFileURL(securitiesBundle(coreFile)).href)) as {
      loadSecurities: () => unknown;
    };
    securities = loadSecurities();
  }
  // Frozen, as a caller parsing many files with one settings object would pass it: core resolves a frozen one once.
  const frozen = settings === undefined ? undefined : Object.freeze({ ...settings });
  const options = (filename: string) =>
    frozen !== undefined
      ? { filename, securities, settings: frozen }
      : withDictionary
        ? { filename, securities }
        : { filename };
  return {
    name,
    reads: "raw",
    extracts: true,
    extract(input) {
      const article = parse(input.raw, options(input.filename));
      return { title: article.title, date: article.publishedAt, text: () => article.text };
    },
  };
}
