import type { CoreSettings } from "./caixun.js";
import type { Contender } from "./contender.js";

/** A contender by a short key, loaded only by the process that runs it. */
export interface ContenderEntry {
  key: string;
  /**
   * `core` is the bundled core the caixun contenders parse with (see core-build.ts), `settings` core's
   * parse settings for them (other contenders ignore it).
   */
  load(core: string | undefined, settings?: CoreSettings): Promise<Contender>;
}

const needCore = (core: string | undefined): string => {
  if (core === undefined) throw new Error("a caixun contender needs a core build");
  return core;
};

export const CAIXUN = "caixun";
export const BASELINE = "caixun-baseline";
/** caixun's parse with the shipped securities dictionary: what the CLI's workers run per file. */
export const CAIXUN_DICTIONARY = "caixun-dictionary";
/** The baseline build's parse with its own shipped dictionary: the dictionary's cost as a before/after pair. */
export const BASELINE_DICTIONARY = "caixun-baseline-dictionary";
export const READABILITY = "readability";
export const ARTICLE_EXTRACTOR = "article-extractor";
export const DEFUDDLE = "defuddle";
export const HTMLPARSER2 = "htmlparser2";

/** Every contender, caixun first, its baseline build and their parses with the dictionary next, the parse-only floor last. */
export const CONTENDERS: readonly ContenderEntry[] = [
  {
    key: CAIXUN,
    load: async (core, settings) =>
      (await import("./caixun.js")).caixunContender(needCore(core), "caixun parse", false, settings),
  },
  {
    key: BASELINE,
    load: async (core, settings) =>
      (await import("./caixun.js")).caixunContender(
        needCore(core),
        "caixun parse, baseline build",
        false,
        settings,
      ),
  },
  {
    key: CAIXUN_DICTIONARY,
    load: async (core, settings) =>
      (await import("./caixun.js")).caixunContender(
        needCore(core),
        "caixun parse + securities dictionary",
        true,
        settings,
      ),
  },
  {
    key: BASELINE_DICTIONARY,
    load: async (core, settings) =>
      (await import("./caixun.js")).caixunContender(
        needCore(core),
        "caixun parse + securities dictionary, baseline build",
        true,
        settings,
      ),
  },
  { key: READABILITY, load: async () => (await import("./readability.js")).readability },
  { key: ARTICLE_EXTRACTOR, load: async () => (await import("./article-extractor.js")).articleExtractor },
  { key: DEFUDDLE, load: async () => (await import("./defuddle.js")).defuddle },
  { key: HTMLPARSER2, load: async () => (await import("./htmlparser2-floor.js")).htmlparser2Floor },
];

export function contenderEntry(key: string): ContenderEntry {
  const entry = CONTENDERS.find((c) => c.key === key);
  if (entry === undefined)
    throw new Error(`no contender "${key}" (${CONTENDERS.map((c) => c.key).join(", ")})`);
  return entry;
}

export type { BenchInput, Contender, Extraction } from "./contender.js";
