// The signals the learned pair scorer of story grouping reads (scripts/train-story-scorer.ts), and its
// logistic model: measured leave-one-set-out on the labelled flash pairs, not adopted (docs/accuracy.md,
// "Stories: a learned pair scorer"), so they live beside the script that measures them, not in src.
import { containment } from "../src/stories/compare.js";
import { type Features, isRarePair } from "../src/stories/features.js";
import type { StorySettings } from "../src/stories/settings.js";

/**
 * What the learned pair scorer reads of two flashes the rules leave apart, each a number computed
 * from the features `compareFeatures` already holds (no text is read again). `short` is the item
 * with the shorter comparison text, as `compareFeatures` orders them.
 */
export const PAIR_SIGNALS = [
  /** Containment of the shorter text in the longer one's opening, the lower of its two halves (`Verdict.score`). */
  "containment",
  /** Share of the shorter text's character pairs found anywhere in the longer one. */
  "textShare",
  /** Share of the longer text's character pairs found anywhere in the shorter one. */
  "reverseShare",
  /** Share of the shorter text's first-sentence pairs found in the longer one's opening. */
  "leadContainment",
  /** Share of the shorter text's rare pairs (names, terms) found anywhere in the longer one. */
  "rareShare",
  /** Rare first-sentence pairs the two share, over the fewer of the two (0 when either has none). */
  "leadRareShare",
  /** The lower of the two titles' shares of rare pairs found in the other item's title or text (0 without both titles). */
  "titleRareShare",
  /** Figures (value and unit) both state, at most `FIGURES_CAP`. */
  "sharedFigures",
  /** Figures of the shorter text not among the longer one's, at most `FIGURES_CAP`. */
  "ownFigures",
  /** Figures of the longer text not among the shorter one's, at most `FIGURES_CAP`. */
  "otherFigures",
  /** Dice coefficient of the two titles' character pairs (0 without both titles). */
  "titleDice",
  /** Distinct rare pairs of the two first sentences together, as log(1 + pairs): how much a lead names. */
  "logLeadRare",
  /** Minutes between the two, as log(1 + minutes). */
  "logGapMinutes",
  /** Content characters of the shorter text over the longer one's. */
  "lengthRatio",
  /** Content characters of the shorter text, as log(1 + characters). */
  "logShortLength",
] as const;
export type PairSignal = (typeof PAIR_SIGNALS)[number];

/** Shared or own figures beyond this many tell no more (a results flash states dozens). */
const FIGURES_CAP = 5;

/**
 * A logistic model over `PAIR_SIGNALS`: each signal is centred and scaled (`mean`, `scale`), weighed,
 * summed with `bias` and squashed to a probability that the two items are copies of one story.
 */
export interface PairModel {
  signals: readonly PairSignal[];
  mean: readonly number[];
  scale: readonly number[];
  weights: readonly number[];
  bias: number;
}

/** The signals of two items, in the order of `PAIR_SIGNALS`. */
export function pairSignals(a: Features, b: Features, settings: Readonly<StorySettings>): number[] {
  const [short, long] =
    a.chars.length < b.chars.length || (a.chars.length === b.chars.length && a.key.id <= b.key.id)
      ? [a, b]
      : [b, a];
  const everywhere = Number.POSITIVE_INFINITY;
  const half = Math.max(1, Math.floor(short.pairs.length / 2));
  const opening = Math.floor(short.chars.length * settings.openingFactor) + settings.openingSlack;
  return [
    Math.min(
      containment(short.pairs, 0, half, long, opening),
      containment(short.pairs, half, short.pairs.length, long, opening),
    ),
    containment(short.pairs, 0, short.pairs.length, long, everywhere),
    containment(long.pairs, 0, long.pairs.length, short, everywhere),
    containment(short.lead, 0, short.lead.length, long, opening),
    rareShare(short, long),
    overlapOfFewer(a.leadRare, b.leadRare),
    a.headlineRare.length === 0 || b.headlineRare.length === 0
      ? 0
      : Math.min(titleRareFound(a, b), titleRareFound(b, a)),
    Math.min(FIGURES_CAP, sharedKeys(a.facts, b.facts)),
    Math.min(FIGURES_CAP, short.facts.size - sharedKeys(short.facts, long.facts)),
    Math.min(FIGURES_CAP, long.facts.size - sharedKeys(short.facts, long.facts)),
    a.headlineSet.size === 0 || b.headlineSet.size === 0
      ? 0
      : (2 * sharedOf(a.headlineSet, b.headlineSet)) / (a.headlineSet.size + b.headlineSet.size),
    Math.log1p(a.leadRare.size + b.leadRare.size - sharedOf(a.leadRare, b.leadRare)),
    Math.log1p(Math.abs((a.key.at ?? 0) - (b.key.at ?? 0)) / 60_000),
    long.chars.length === 0 ? 1 : short.chars.length / long.chars.length,
    Math.log1p(short.chars.length),
  ];
}

/** The probability `model` gives that two items are copies of one story. */
export function pairProbability(model: PairModel, signals: readonly number[]): number {
  let sum = model.bias;
  for (let i = 0; i < model.weights.length; i++)
    sum += (model.weights[i]! * (signals[i]! - model.mean[i]!)) / model.scale[i]!;
  return 1 / (1 + Math.exp(-sum));
}

/** Share of the distinct rare pairs of `short` found anywhere in `long` (0 when it has none). */
function rareShare(short: Features, long: Features): number {
  const seen = new Set<number>();
  let found = 0;
  for (const pair of short.pairs) {
    if (!isRarePair(pair) || seen.has(pair)) continue;
    seen.add(pair);
    if (long.firstAt.has(pair)) found++;
  }
  return seen.size === 0 ? 0 : found / seen.size;
}

/** Elements two sets share over the size of the smaller one (0 when either is empty). */
function overlapOfFewer(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const fewer = Math.min(a.size, b.size);
  return fewer === 0 ? 0 : sharedOf(a, b) / fewer;
}

/** Elements two sets share. */
function sharedOf(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return shared;
}

/** Share of `item`'s rare title pairs found in `other`'s title or text. */
function titleRareFound(item: Features, other: Features): number {
  let found = 0;
  for (const pair of item.headlineRare) if (other.headlineSet.has(pair) || other.firstAt.has(pair)) found++;
  return found / item.headlineRare.length;
}

/** Keys two maps share. */
function sharedKeys(a: ReadonlyMap<string, unknown>, b: ReadonlyMap<string, unknown>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const key of small.keys()) if (large.has(key)) shared++;
  return shared;
}
