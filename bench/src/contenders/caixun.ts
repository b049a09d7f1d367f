import { pathToFileURL } from "node:url";
import type { Contender } from "./contender.js";

type Parse = (
  input: Uint8Array,
  options: { filename: string },
) => {
  title: string;
  publishedAt: string | null;
  text: string;
};

/** caixun's `parse` from one build of core (see core-build.ts); two builds make a before/after pair. */
export async function caixunContender(coreFile: string, name: string): Promise<Contender> {
  const { parse } = (await import(pathToFileURL(coreFile).href)) as { parse: Parse };
  return {
    name,
    reads: "raw",
    extracts: true,
    extract(input) {
      const article = parse(input.raw, { filename: input.filename });
      return { title: article.title, date: article.publishedAt, text: () => article.text };
    },
  };
}
