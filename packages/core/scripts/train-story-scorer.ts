// A learned pair scorer for story grouping, measured leave-one-set-out on the hand-labelled flash pairs
// (test/fixtures/story-pairs.tsv, read as eval-stories reads them). Issue 14 asked whether a small model
// over what the rules already compute (`story-pair-signals.ts`) finds the copies the rules leave apart
// (independent write-ups, paraphrases) without joining the look-alikes (two statements of one briefing,
// two passages of one plan). Measured in session 22, it did not pay and was not adopted: this script
// keeps the measure so that a later feature set or more labels can be tried against the same bar.
//
// Only the pairs a scorer could decide are learned from and scored: two flashes at most
// `LABELLED_WINDOW_HOURS` apart that the rules part for their text alone ("different-text",
// "different-lead") and that no guard parts (numbers, instruments, announcers, templates…: they compare
// as copies once the containment thresholds are lifted). Every other pair keeps the rules' verdict.
//
//   npx tsx scripts/train-story-scorer.ts            print the tables (logistic regression and trees)
//   npx tsx scripts/train-story-scorer.ts --write    also write the "stories-scorer" section of docs/accuracy.md
//   npx tsx scripts/train-story-scorer.ts --explain  also list the pairs the left-out models rank highest
import { join, resolve } from "node:path";
import { writeSection } from "@caixun/docs-writer";
import { parseAllSync } from "../src/parse-all.js";
import {
  compareFeatures,
  DEFAULT_STORY_SETTINGS,
  type Features,
  featuresOf,
  type StorySettings,
  storyKey,
} from "../src/stories/index.js";
import { dumpsPresent, type LabelledPair, labelledPairs, PAIR_SPLITS, readDumps } from "../test/dumps.js";
import { PAIR_SIGNALS, type PairModel, pairProbability, pairSignals } from "./story-pair-signals.js";

const repo = resolve(import.meta.dirname, "../../..");
const settings = DEFAULT_STORY_SETTINGS;
/** The rules with their containment thresholds lifted: what the guards alone decide. */
const guardsOnly: Readonly<StorySettings> = {
  ...settings,
  minContainment: 0,
  minLeadContainment: 0,
  corroboratedContainment: 0,
};
/** The labelled pairs are of different feeds within 30 minutes: a scorer knows nothing further apart. */
const LABELLED_WINDOW_HOURS = 0.5;
/**
 * L2 penalty of the logistic fit on standardised signals. Tried on the nineteen sets before blind15, the
 * left-out pairs ranked with AUC 0.825, 0.830, 0.842 and 0.842 under 0.1, 1, 10 and 30: 10 is the weakest of
 * the best. About 65 copies among the pairs a scorer decides are too few for free weights.
 */
const PENALTY = 10;
const NEWTON_STEPS = 50;
/** Probabilities from which a pair counts as copies, each reported. */
const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9];
/** The nested choice's grid (see `nestedTable`). */
const NESTED_GRID = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99];
/** Pair-by-pair precision every labelled set must keep (issue 14's bar for adopting a scorer). */
const MIN_PRECISION = 0.97;
/** Depths of the few-split trees tried beside the logistic model, and their smallest leaf. */
const TREE_DEPTHS = [2, 3];
const TREE_LEAF = 8;

interface Example {
  pair: LabelledPair;
  /** The rules' verdict. */
  rules: boolean;
  /** A scorer may decide this pair. */
  eligible: boolean;
  signals: number[];
}

type Scorer = (signals: readonly number[]) => number;

/** A logistic regression fitted by Newton's method with an L2 penalty: deterministic, no seed. */
function trainLogistic(rows: readonly Example[]): PairModel {
  const n = PAIR_SIGNALS.length;
  const mean = new Array<number>(n).fill(0);
  const scale = new Array<number>(n).fill(0);
  for (const row of rows) for (let j = 0; j < n; j++) mean[j]! += row.signals[j]! / rows.length;
  for (const row of rows)
    for (let j = 0; j < n; j++) scale[j]! += (row.signals[j]! - mean[j]!) ** 2 / rows.length;
  for (let j = 0; j < n; j++) scale[j] = Math.sqrt(scale[j]!) || 1;
  const x = rows.map((row) => [1, ...row.signals.map((v, j) => (v - mean[j]!) / scale[j]!)]);
  const y = rows.map((row) => (row.pair.same ? 1 : 0));
  const w = new Array<number>(n + 1).fill(0);
  for (let step = 0; step < NEWTON_STEPS; step++) {
    const grad = w.map((v, j) => (j === 0 ? 0 : PENALTY * v));
    const hess = w.map((_, j) => w.map((_, k) => (j === k && j > 0 ? PENALTY : 0)));
    x.forEach((xi, i) => {
      const p = 1 / (1 + Math.exp(-xi.reduce((s, v, j) => s + v * w[j]!, 0)));
      for (let j = 0; j <= n; j++) {
        grad[j]! += (p - y[i]!) * xi[j]!;
        for (let k = 0; k <= n; k++) hess[j]![k]! += p * (1 - p) * xi[j]! * xi[k]!;
      }
    });
    const delta = solve(hess, grad);
    for (let j = 0; j <= n; j++) w[j]! -= delta[j]!;
    if (Math.max(...delta.map(Math.abs)) < 1e-10) break;
  }
  return { signals: PAIR_SIGNALS, mean, scale, weights: w.slice(1), bias: w[0]! };
}

/** Solves `a x = b` by Gauss–Jordan elimination with partial pivoting (small, positive definite). */
function solve(a: readonly number[][], b: readonly number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

/** A few-split classification tree (Gini): each leaf answers the smoothed share of copies among its pairs. */
type Tree = { leaf: number } | { signal: number; below: number; low: Tree; high: Tree };

function growTree(rows: readonly Example[], depth: number): Tree {
  const copies = rows.filter((e) => e.pair.same).length;
  const leaf = { leaf: (copies + 1) / (rows.length + 2) };
  if (depth === 0 || copies === 0 || copies === rows.length) return leaf;
  const gini = (n: number, c: number) => (n === 0 ? 0 : n * (1 - (c / n) ** 2 - (1 - c / n) ** 2));
  let best: { signal: number; below: number; cost: number } | null = null;
  for (let j = 0; j < PAIR_SIGNALS.length; j++) {
    const sorted = [...rows].sort((x, y) => x.signals[j]! - y.signals[j]!);
    let lowCopies = 0;
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i - 1]!.pair.same) lowCopies++;
      const v = sorted[i - 1]!.signals[j]!;
      const w = sorted[i]!.signals[j]!;
      if (v === w || i < TREE_LEAF || sorted.length - i < TREE_LEAF) continue;
      const cost = gini(i, lowCopies) + gini(sorted.length - i, copies - lowCopies);
      if (best === null || cost < best.cost) best = { signal: j, below: (v + w) / 2, cost };
    }
  }
  if (best === null || best.cost >= gini(rows.length, copies)) return leaf;
  const { signal, below } = best;
  return {
    signal,
    below,
    low: growTree(
      rows.filter((e) => e.signals[signal]! < below),
      depth - 1,
    ),
    high: growTree(
      rows.filter((e) => e.signals[signal]! >= below),
      depth - 1,
    ),
  };
}

function treeScore(tree: Tree, signals: readonly number[]): number {
  return "leaf" in tree
    ? tree.leaf
    : treeScore(signals[tree.signal]! < tree.below ? tree.low : tree.high, signals);
}

const logistic = (rows: readonly Example[]): Scorer => {
  const model = trainLogistic(rows);
  return (signals) => pairProbability(model, signals);
};
const tree =
  (depth: number) =>
  (rows: readonly Example[]): Scorer => {
    const grown = growTree(rows, depth);
    return (signals) => treeScore(grown, signals);
  };

interface Confusion {
  tp: number;
  fp: number;
  fn: number;
}
const ratio = (a: number, b: number) => (b === 0 ? "—" : (a / b).toFixed(3));
const pr = (c: Confusion) => `${ratio(c.tp, c.tp + c.fp)} / ${ratio(c.tp, c.tp + c.fn)}`;
function confusion(rows: readonly Example[], predict: (row: Example) => boolean): Confusion {
  const c = { tp: 0, fp: 0, fn: 0 };
  for (const row of rows) {
    const p = predict(row);
    if (p && row.pair.same) c.tp++;
    else if (p) c.fp++;
    else if (row.pair.same) c.fn++;
  }
  return c;
}
const precisionOf = (c: Confusion) => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));

/** Each eligible pair's probability from a model trained without its set (or without `also` too). */
function leftOut(
  eligible: readonly Example[],
  fit: (rows: readonly Example[]) => Scorer,
  also?: string,
): Map<Example, number> {
  const probability = new Map<Example, number>();
  for (const split of PAIR_SPLITS) {
    if (split === also) continue;
    const score = fit(eligible.filter((e) => e.pair.split !== split && e.pair.split !== also));
    for (const e of eligible) if (e.pair.split === split) probability.set(e, score(e.signals));
  }
  return probability;
}

/** Share of (copy, look-alike) pairs a scoring ranks the right way round (ties count half). */
function auc(eligible: readonly Example[], score: (e: Example) => number): number {
  const copies = eligible.filter((e) => e.pair.same).map(score);
  const others = eligible.filter((e) => !e.pair.same).map(score);
  let right = 0;
  for (const c of copies) for (const o of others) right += c > o ? 1 : c === o ? 0.5 : 0;
  return right / copies.length / others.length;
}

function run(): string | null {
  if (!dumpsPresent()) {
    console.error("../shared/dumps is absent: the learned pair scorer is not measured");
    return null;
  }
  const records = new Map(readDumps(parseAllSync).map((r) => [r.id, r]));
  const cache = new Map<string, Features>();
  const features = (id: string): Features => {
    let f = cache.get(id);
    if (f === undefined) {
      const record = records.get(id);
      if (record === undefined) throw new Error(`labelled record missing from the dumps: ${id}`);
      f = featuresOf(storyKey(record, settings), settings);
      cache.set(id, f);
    }
    return f;
  };
  const examples: Example[] = labelledPairs().map((pair) => {
    const a = features(pair.a);
    const b = features(pair.b);
    const verdict = compareFeatures(a, b, settings);
    const eligible =
      !verdict.same &&
      (verdict.reason === "different-text" || verdict.reason === "different-lead") &&
      a.key.size < settings.flashMaxCharacters &&
      b.key.size < settings.flashMaxCharacters &&
      Math.abs(a.key.at! - b.key.at!) <= LABELLED_WINDOW_HOURS * 3_600_000 &&
      compareFeatures(a, b, guardsOnly).same;
    return { pair, rules: verdict.same, eligible, signals: pairSignals(a, b, settings) };
  });
  const eligible = examples.filter((e) => e.eligible);
  const missed = examples.filter((e) => e.pair.same && !e.rules);
  const ofSet = (split: string) => examples.filter((e) => e.pair.split === split);
  const probability = leftOut(eligible, logistic);
  const joined = (at: number, p: Map<Example, number>) => (e: Example) => e.rules || (p.get(e) ?? 0) >= at;

  const thresholdTable = [
    `| set | pairs a scorer decides (copies) | rules | ${THRESHOLDS.map((t) => `scorer ≥ ${t}`).join(" | ")} |`,
    `|---|---|---|${THRESHOLDS.map(() => "---|").join("")}`,
    ...[...PAIR_SPLITS, "all"].map((split) => {
      const rows = split === "all" ? examples : ofSet(split);
      const decided = rows.filter((e) => e.eligible);
      const cells = [
        confusion(rows, (e) => e.rules),
        ...THRESHOLDS.map((t) => confusion(rows, joined(t, probability))),
      ];
      const marked = cells.map((c, i) => (i > 0 && precisionOf(c) < MIN_PRECISION ? `**${pr(c)}**` : pr(c)));
      return `| ${split} | ${decided.length} (${decided.filter((e) => e.pair.same).length}) | ${marked.join(" | ")} |`;
    }),
  ].join("\n");

  // The threshold chosen without the left-out set too: for each set, the lowest threshold of the grid
  // at which every other set, each scored by a model trained without it and without the left-out set,
  // keeps pair-by-pair precision ≥ MIN_PRECISION; with none, the scorer stays off for that set.
  const nested = { rules: { tp: 0, fp: 0, fn: 0 }, scorer: { tp: 0, fp: 0, fn: 0 } };
  const nestedRows = PAIR_SPLITS.map((split) => {
    const inner = leftOut(eligible, logistic, split);
    const chosen = NESTED_GRID.find((t) =>
      PAIR_SPLITS.every(
        (other) => other === split || precisionOf(confusion(ofSet(other), joined(t, inner))) >= MIN_PRECISION,
      ),
    );
    const rules = confusion(ofSet(split), (e) => e.rules);
    const after = chosen === undefined ? rules : confusion(ofSet(split), joined(chosen, probability));
    for (const k of ["tp", "fp", "fn"] as const) {
      nested.rules[k] += rules[k];
      nested.scorer[k] += after[k];
    }
    return `| ${split} | ${chosen ?? "off"} | ${pr(rules)} | ${pr(after)} |`;
  });
  const nestedTable = [
    "| set | threshold chosen without it | rules | scorer |",
    "|---|---|---|---|",
    ...nestedRows,
    `| all | | ${pr(nested.rules)} | ${pr(nested.scorer)} |`,
  ].join("\n");

  const models: [string, (rows: readonly Example[]) => Scorer][] = [
    [`logistic regression (L2 ${PENALTY})`, logistic],
    ...TREE_DEPTHS.map((d): [string, (rows: readonly Example[]) => Scorer] => [
      `tree of depth ${d}`,
      tree(d),
    ]),
  ];
  const modelTable = [
    `| model | AUC left out | ${THRESHOLDS.map((t) => `≥ ${t}`).join(" | ")} |`,
    `|---|---|${THRESHOLDS.map(() => "---|").join("")}`,
    ...models.map(([name, fit]) => {
      const p = fit === logistic ? probability : leftOut(eligible, fit);
      const cell = (t: number) => {
        const under = PAIR_SPLITS.filter(
          (split) => precisionOf(confusion(ofSet(split), joined(t, p))) < MIN_PRECISION,
        ).length;
        return `${pr(confusion(examples, joined(t, p)))} (${under} under)`;
      };
      return `| ${name} | ${auc(eligible, (e) => p.get(e)!).toFixed(3)} | ${THRESHOLDS.map(cell).join(" | ")} |`;
    }),
  ].join("\n");
  const signalTable = [
    "| signal | AUC alone |",
    "|---|---|",
    ...PAIR_SIGNALS.map((name, j) => `| ${name} | ${auc(eligible, (e) => e.signals[j]!).toFixed(3)} |`),
  ].join("\n");

  if (process.argv.includes("--explain")) {
    const ranked = [...eligible].sort((x, y) => probability.get(y)! - probability.get(x)!);
    for (const e of ranked.slice(0, 40))
      console.error(
        `${probability.get(e)!.toFixed(3)} ${e.pair.same ? "copy" : "diff"} ${e.pair.split} ${e.pair.a} ${e.pair.b} | ${e.pair.reason}`,
      );
  }

  return `## Stories: a learned pair scorer (issue 14, not adopted)

Written by \`cd packages/core && npx tsx scripts/train-story-scorer.ts --write\`. Of the ${examples.length} labelled flash
pairs the rules miss ${missed.length} copies; ${missed.filter((e) => e.eligible).length} of them are pairs a scorer could decide, two flashes at most
${LABELLED_WINDOW_HOURS * 60} minutes apart that the rules part for their text alone (\`different-text\`, \`different-lead\`)
and no guard parts (they compare as copies once the containment thresholds are lifted); the rest are parted by a
guard (numbers, instruments, digest…) or are not flashes within the window, and keep the rules' verdict.
${eligible.length} labelled pairs are of that kind (${eligible.filter((e) => e.pair.same).length} copies, ${eligible.filter((e) => !e.pair.same).length} look-alikes: two statements of
one briefing, two figures of one release, two snapshots, two passages of one plan). A model over
${PAIR_SIGNALS.length} signals the rules already compute (\`scripts/story-pair-signals.ts\`: containment both ways and
anywhere, first-sentence containment, rare-pair shares of texts, first sentences and titles, title Dice, shared and
own figures, time gap, lengths) was trained on every set but one and scored the one left out, set by set.

Pair by pair, each set left out, the logistic model at several thresholds (the rules' verdict, or the scorer's
probability at least the threshold; **bold**: precision under ${MIN_PRECISION}):

${thresholdTable}

The threshold chosen honestly, without the left-out set: the lowest at which every other set, itself left out of
its model, keeps precision ≥ ${MIN_PRECISION}:

${nestedTable}

The models compared: pair by pair over all sets, each pair scored by the model trained without its set, with the
number of sets whose precision falls under ${MIN_PRECISION}; then each signal's own ranking of copies above
look-alikes among the pairs a scorer decides (0.5: no better than chance; under 0.5: copies score lower):

${modelTable}

${signalTable}

${SESSION_22}`;
}

/** What session 22 read and concluded; the figures it quotes are the tables above and its grouped run. */
const SESSION_22 = `Session 22 (2026-12-02), read with \`--explain\`. **Not adopted**: no threshold raises recall on the left-out sets
while every set keeps precision ≥ 0.97, and the threshold chosen without each set never raises its recall (blind6's,
0.85, lowers its precision to 0.961). blind15, labelled by the stories engineer before this session's changes and
never read while the signals were chosen, gains one copy at 0.5–0.7 (0.925 → 0.950) with no false join. The model
ranks a copy above a look-alike 0.85 of the time, little better than the best single signal (\`textShare\`, 0.78), and
the look-alikes it ranks highest are the classes session 10 named: blind6's culture-industry release against its
statistician's reading of it scores 0.97 left out (four figures in common, containment 0.63), held's CFTC crude and
gold positions 0.76 and a daily calendar against one of its IPO items 0.72, the CSRC chairman's speech against the
HK SFC's joint measures 0.70, two parts of one postal press conference 0.64; copies written apart score alike (the
five ministries' campaign 0.82, the Cygnus X-3 finding 0.71, the NDRC spokesman's remarks 0.69) or lower (Warsh's
remark 0.54, the Sunway denial 0.50).

Grouped, with the scorer called from \`compareFeatures\` where the thresholds part two texts (a call site measured on
this tree and not kept; each set grouped with its own left-out model, the scorer ≥ 0.7 on flashes within 30
minutes), the nineteen sets labelled before this session:

| set | grouped, rules | grouped, scorer ≥ 0.7 | stories in the seven days |
|---|---|---|---|
| tune | 0.987 / 0.963 | 0.987 / 0.963 | 6678 → 6659 |
| held | 1.000 / 0.987 | 1.000 / 0.987 | 6678 → 6656 |
| new | 0.974 / 0.950 | 0.974 / 0.950 | 6678 → 6658 |
| fresh | 1.000 / 0.878 | 1.000 / 0.878 | 6678 → 6659 |
| unseen | 1.000 / 0.972 | 1.000 / 0.972 | 6678 → 6658 |
| blind | 1.000 / 1.000 | 1.000 / 1.000 | 6678 → 6658 |
| blind2 | 1.000 / 0.967 | 1.000 / 0.967 | 6678 → 6659 |
| blind3 | 1.000 / 0.879 | 1.000 / 0.862 | 6678 → 6662 |
| blind4 | 0.988 / 0.889 | 0.988 / 0.889 | 6678 → 6665 |
| blind5 | 0.978 / 0.818 | 0.979 / 0.836 | 6678 → 6662 |
| blind6 | 0.980 / 0.845 | **0.962 / 0.879** | 6678 → 6657 |
| blind7 | 1.000 / 0.932 | 1.000 / 0.949 | 6678 → 6658 |
| blind8 | 1.000 / 0.887 | 1.000 / 0.887 | 6678 → 6660 |
| blind9 | 1.000 / 0.969 | 1.000 / 0.969 | 6678 → 6660 |
| blind10 | 1.000 / 0.915 | 1.000 / 0.915 | 6678 → 6658 |
| blind11 | 1.000 / 0.971 | 1.000 / 0.971 | 6678 → 6657 |
| blind12 | 1.000 / 0.918 | 1.000 / 0.939 | 6678 → 6664 |
| blind13 | 1.000 / 0.943 | 1.000 / 0.943 | 6678 → 6661 |
| blind14 | 1.000 / 0.941 | 1.000 / 0.961 | 6678 → 6658 |

Grouping asks more of a join than one pair's verdict (the story's founder and half its copies must agree), so grouped
the scorer costs less precision than pair by pair, and gains less: recall rises on five sets (blind5, 6, 7, 12 and 14,
one or two copies each), falls on blind3 (one copy fewer), and blind6 falls under the bar with the culture-industry
pair joined. It makes 13 to 22 fewer stories of the seven days' 6678. blind15, grouped the same way afterwards (its
model trained on the other nineteen sets): 1.000 / 0.925 → 1.000 / 0.950, 6678 → 6658 stories.

Next: the signals here see wording and figures, and the two kinds differ in what is said (one release, two of its
figures; one briefing, two answers). A scorer needs a signal of that (which figure or clause each leads with, against
the other's lead), or many more labelled copies than the 68 a scorer decides. One such signal was tried and left out:
the share of the figures the two first sentences state that the other item states anywhere (1 when neither states
one) ranks copies above look-alikes 0.66 of the time alone, lifts the model's AUC from 0.849 to 0.852, and leaves the
culture-industry pair at 0.96 and held and blind6 under 0.97 at every threshold up to 0.7. The script measures any
new signal against the same bar by adding it to \`PAIR_SIGNALS\`.`;

const report = run();
if (report !== null) {
  console.log(report);
  if (process.argv.includes("--write"))
    writeSection(join(repo, "docs/accuracy.md"), "stories-scorer", report, "Accuracy");
}
