import { parse } from "@caixun/core";
import type { Contender } from "./contender.js";

/** caixun's `parse` as a contender; another build's `parse` makes a before/after pair. */
export function caixunContender(parseFile: typeof parse, name: string): Contender {
  return {
    name,
    reads: "raw",
    extracts: true,
    extract(input) {
      const article = parseFile(input.raw, { filename: input.filename });
      return { title: article.title, date: article.publishedAt, text: () => article.text };
    },
  };
}

export const caixun = caixunContender(parse, "caixun parse");
