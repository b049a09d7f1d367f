// `caixun learn` on the labelled sets: what it learns must never take a labelled sentence away.
// Learned on the shared corpus (when present) and the development sets together, with the bundled
// packs and without them (a user whose outlets caixun does not know), and with thresholds set low
// to stress the guard; each labelled file of every set is then parsed with the learned rules and must keep every
// `mustContain` fragment. A file of many records is learned from record by record, and a label of
// one of them (`ref`) judges that record of the file's `parseAll`, as the evaluation does. Each run learns once
// (the portal test reads the run without content packs), and a run that learned no rule parses nothing: its
// packs are the ones it was given, so no labelled sentence can be taken away.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type LearnOptions, learnRules } from "../src/learn/pack.js";
import { PACKS, type PackSet } from "../src/packs/index.js";
import { withRules } from "../src/packs/json.js";
import { parse } from "../src/parse.js";
import { parseAllSync } from "../src/parse-all.js";
import { DATASETS } from "./datasets.js";

/**
 * The sets learned from: the shared corpus and the development sets, whose outlets recur. The fresh sets add a file or
 * a few of each generator, and learning from them as well took most of the test's time (near its 60 s under load);
 * every set's labels are still checked against what is learned.
 */
const LEARNED_FROM: ReadonlySet<string> = new Set(["corpus", "dev-tune", "dev-holdout"]);
const cases = DATASETS.flatMap((set) => set.cases() ?? []);
const paths = [...new Set(cases.map((c) => c.path))];
const bytesOf = new Map(paths.map((path) => [path, readFileSync(path)]));
const learnedPaths = new Set(
  DATASETS.filter((set) => LEARNED_FROM.has(set.name)).flatMap((set) =>
    (set.cases() ?? []).map((c) => c.path),
  ),
);
const files = [...learnedPaths].map((path) => ({ name: path, bytes: bytesOf.get(path)! }));

/** The text of a labelled file, or of its labelled record, parsed with `packs`; a file of records parsed once. */
function textReader(options: LearnOptions, packs: PackSet): (c: (typeof cases)[number]) => string {
  const recordTexts = new Map<string, Map<string, string>>();
  return (c) => {
    const bytes = bytesOf.get(c.path)!;
    const parseOptions = { ...options.parse, filename: c.path, packs };
    if (c.gold.ref === undefined) return parse(bytes, parseOptions).text;
    let texts = recordTexts.get(c.path);
    if (texts === undefined) {
      texts = new Map();
      for (const result of parseAllSync(bytes, parseOptions))
        if (result.ok && result.article.ref !== null && !texts.has(result.article.ref))
          texts.set(result.article.ref, result.article.text);
      recordTexts.set(c.path, texts);
    }
    return texts.get(c.gold.ref) ?? "";
  };
}

const RUNS: Array<[string, LearnOptions]> = [
  ["the bundled packs", {}],
  ["no content packs", { parse: { packs: { ...PACKS, content: [] } } }],
  ["low thresholds", { settings: { minStories: 3, minShare: 0.05 } }],
];
const learnedBy = new Map<LearnOptions, ReturnType<typeof learnRules>>();
function learned(options: LearnOptions): ReturnType<typeof learnRules> {
  let result = learnedBy.get(options);
  if (result === undefined) {
    result = learnRules(files, options);
    learnedBy.set(options, result);
  }
  return result;
}

describe("learned rules on the labelled sets", () => {
  it("has labelled files to learn from", () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  it.each(RUNS)("with %s, keeps every mustContain fragment", (_, options) => {
    const { rules } = learned(options);
    if (rules.length === 0) return;
    const packs = withRules(options.parse?.packs ?? PACKS, rules);
    const learnedTextOf = textReader(options, packs);
    const unlearnedTextOf = textReader(options, options.parse?.packs ?? PACKS);
    const flat = (text: string) => text.replace(/\s+/g, " ");
    for (const c of cases) {
      if (!c.gold.mustContain?.length) continue;
      const learnedText = flat(learnedTextOf(c));
      const missed = c.gold.mustContain.filter((fragment) => !learnedText.includes(flat(fragment)));
      if (missed.length === 0) continue;
      // A held-out set's misses are the parser's, not the learner's: a fragment the parse without
      // the learned rules keeps is what the learned rules must not take away.
      const unlearnedText = flat(unlearnedTextOf(c));
      const where = c.gold.ref === undefined ? c.gold.file : `${c.gold.file} ${c.gold.ref}`;
      for (const fragment of missed)
        expect(unlearnedText, `${where}: ${fragment} (kept without the learned rules)`).not.toContain(
          flat(fragment),
        );
    }
  });

  it("learns a portal's app promotion when no pack knows the portal, and says how many files it touched", () => {
    const { report, rules } = learned(RUNS[1]![1]);
    const promo = report.find((rule) => rule.line === "海量资讯、精准解读，尽在新浪财经APP");
    expect(promo).toBeDefined();
    expect(promo!.group).toEqual({ field: "author", value: "新浪财经" });
    expect(promo!.filesTouched).toBeGreaterThanOrEqual(10);
    expect(rules.find((pack) => pack.name === promo!.pack)?.match).toEqual({
      fields: { author: "新浪财经" },
    });
  });
});
