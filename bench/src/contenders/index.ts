import { articleExtractor } from "./article-extractor.js";
import { caixun } from "./caixun.js";
import type { Contender } from "./contender.js";
import { defuddle } from "./defuddle.js";
import { htmlparser2Floor } from "./htmlparser2-floor.js";
import { readability } from "./readability.js";

/** Every contender, caixun first and the parse-only floor last. */
export const CONTENDERS: readonly Contender[] = [
  caixun,
  readability,
  articleExtractor,
  defuddle,
  htmlparser2Floor,
];

export type { BenchInput, Contender, Extraction } from "./contender.js";
