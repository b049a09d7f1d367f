import { pathToFileURL } from "node:url";
import { securitiesBundle } from "../core-build.js";
import type { Contender } from "./contender.js";

type Parse = (
  input: Uint8Array,
  options: { filename: string; securities?: unknown },
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
): Promise<Contender> {
  const { parse } = (await import(pathToFileURL(coreFile).href)) as { parse: Parse };
  let securities: unknown;
  if (withDictionary) {
    const { loadSecurities } = (await import(pathToFileURL(securitiesBundle(coreFile)).href)) as {
      loadSecurities: () => unknown;
    };
    securities = loadSecurities();
  }
  const options = (filename: string) => (withDictionary ? { filename, securities } : { filename });
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
