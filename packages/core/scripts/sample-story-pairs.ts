// Draws a new set of flash pairs to label from ../shared/dumps: records in no pair of
// test/fixtures/story-pairs.tsv, different feeds within 30 minutes, from the day / feed-pair
// combinations the existing pairs use least, at random (fixed seed) in five bands of
// character-pair overlap (Dice). Prints each pair with both texts and what the current code
// decides (pair by pair and grouped), so a set can be labelled and its "before" figure kept.
//   pnpm --filter @caixun/core exec tsx scripts/sample-story-pairs.ts [--combos N] [--per-band N] [--seed N]
//     [--days 2026-08-01,2026-08-02] [--bands 1,2,3] [--by-hour] [--nearest N] [--below C]
//     [--scored N] [--scored-bands N0,N1,N2,N3,N4] [--hour-labels M]
// --days keeps the draw to those days (leave the design days 2026-07-29…31 out), --bands to those bands (0–4).
// --by-hour counts combinations by day, hour and feed pair, and draws from every one no labelled pair uses
// (once every day / feed-pair combination has pairs, the hours are where unused text is left).
// --nearest N is a second sampler, not banded by overlap: it draws N anchor records at random from the
// day-hours labelled records are fewest in, and pairs each with its nearest item of another feed within
// 30 minutes by IDF-weighted character-pair cosine (a measure none of the rules uses), when that is at
// least 0.1. --below C keeps only anchors whose nearest item is under C: with C = 0.7 no anchor has a
// word-for-word copy, so what is left is copies written apart and the look-alikes that pass for them.
// --scored N is a third sampler, banded by the comparison's own score (`Verdict.score`, the containment of the
// shorter text in the longer one's opening) instead of Dice or cosine: each record in no labelled pair (from
// day-hours holding at most --hour-labels M labelled records) is paired with its highest-scoring item of another
// feed within 30 minutes, and up to N pairs are drawn per band of SCORE_BANDS, the least-labelled day-hours first
// and at random (fixed seed) within them. It prints no decision of the code (neither pair by pair nor grouped) and
// no score, so the pairs are labelled by reading both texts alone.
import { parseAllSync } from "../src/parse-all.js";
import { contentCharacters, withoutTrailingZeros } from "../src/stories/comparable.js";
import {
  compareFeatures,
  DEFAULT_STORY_SETTINGS,
  featuresOf,
  groupKeys,
  storyKey,
} from "../src/stories/index.js";
import { type DumpRecord, dumpsPresent, labelledPairs, readDumps } from "../test/dumps.js";

const WINDOW_MS = 30 * 60_000;
const BANDS: readonly [number, number][] = [
  [0.1, 0.2],
  [0.2, 0.3],
  [0.3, 0.45],
  [0.45, 0.7],
  [0.7, 1.01],
];

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? fallback : Number(process.argv[at + 1]);
}
const combosWanted = option("combos", 3);
const perBand = option("per-band", 14);
let seed = option("seed", 9);
function list(name: string): string[] | null {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? null : process.argv[at + 1]!.split(",");
}
const onlyDays = list("days");
const onlyBands = list("bands")?.map(Number) ?? null;
const byHour = process.argv.includes("--by-hour");
/** mulberry32: a small seeded generator, so the draw can be repeated. */
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

if (!dumpsPresent()) throw new Error("../shared/dumps is absent");
const records = readDumps(parseAllSync);
const settings = DEFAULT_STORY_SETTINGS;
const keys = records.map((r) => storyKey(r, settings));
const index = new Map(records.map((r, i) => [r.id, i]));
const pairs = labelledPairs();
const used = new Set(pairs.flatMap((p) => [p.a, p.b]));

const dayOf = (r: DumpRecord) => r.publishedAt?.slice(0, 10) ?? "undated";
/** The combination's time part: the day, or with --by-hour the earlier record's day and hour. */
const whenOf = (a: DumpRecord, b: DumpRecord) => {
  if (!byHour) return dayOf(a);
  const [first] = [a.publishedAt ?? "", b.publishedAt ?? ""].sort();
  return first === "" ? "undated" : first!.slice(0, 13);
};
const comboOf = (a: DumpRecord, b: DumpRecord) => `${whenOf(a, b)} ${[a.feed, b.feed].sort().join("-")}`;
const usage = new Map<string, number>();
for (const p of pairs) {
  const a = records[index.get(p.a)!]!;
  const b = records[index.get(p.b)!]!;
  if (a.feed === b.feed) continue;
  usage.set(comboOf(a, b), (usage.get(comboOf(a, b)) ?? 0) + 1);
}
const days = [...new Set(records.map(dayOf))]
  .filter((d) => d !== "undated" && (onlyDays === null || onlyDays.includes(d)))
  .sort();
const feeds = [...new Set(records.map((r) => r.feed))].sort();
const combos: [string, number][] = [];
const hours = byHour ? Array.from({ length: 24 }, (_, h) => `T${String(h).padStart(2, "0")}`) : [""];
for (const day of days)
  for (const hour of hours)
    for (let i = 0; i < feeds.length; i++)
      for (let j = i + 1; j < feeds.length; j++) {
        const combo = `${day}${hour} ${feeds[i]}-${feeds[j]}`;
        combos.push([combo, usage.get(combo) ?? 0]);
      }
combos.sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0]));
const chosen = new Set(
  (byHour ? combos.filter(([, n]) => n === 0) : combos.slice(0, combosWanted)).map(([c]) => c),
);
if (byHour) console.error(`${chosen.size} of ${combos.length} day-hour / feed-pair combinations unused`);
else {
  console.error("combination usage, least first:");
  for (const [c, n] of combos) console.error(`  ${c}: ${n}`);
  console.error(`chosen: ${[...chosen].join(", ")}`);
}

const bigrams = (i: number) => {
  const chars = contentCharacters(withoutTrailingZeros(keys[i]!.text));
  const set = new Set<string>();
  for (let k = 0; k + 1 < chars.length; k++) set.add(chars.slice(k, k + 2));
  return set;
};
const dice = (x: Set<string>, y: Set<string>) => {
  if (x.size + y.size === 0) return 0;
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return (2 * shared) / (x.size + y.size);
};

const order = records
  .map((_, i) => i)
  .filter((i) => keys[i]!.at !== null && !used.has(records[i]!.id))
  .sort((x, y) => keys[x]!.at! - keys[y]!.at!);
const grams = new Map<number, Set<string>>();
function gramsOf(i: number): Set<string> {
  let set = grams.get(i);
  if (set === undefined) {
    set = bigrams(i);
    grams.set(i, set);
  }
  return set;
}
/** A dated record's day and hour, `2026-07-29T14`. */
const hourOf = (i: number) => records[i]!.publishedAt!.slice(0, 13);
/** How many labelled records each day-hour holds: the samplers draw from the least-labelled first. */
const labelledInHour = new Map<string, number>();
for (const id of used) {
  const i = index.get(id);
  if (i !== undefined && records[i]!.publishedAt != null)
    labelledInHour.set(hourOf(i), (labelledInHour.get(hourOf(i)) ?? 0) + 1);
}
const nearestWanted = option("nearest", 0);
const nearestBelow = option("below", 2);
const taken = new Set<number>();
/** The nearest-neighbour draw of --nearest: [anchor, partner, cosine] triples. */
function nearestPairs(): [number, number, number][] {
  const documentFrequency = new Map<string, number>();
  for (const i of order)
    for (const g of gramsOf(i)) documentFrequency.set(g, (documentFrequency.get(g) ?? 0) + 1);
  const weight = (g: string) => Math.log(order.length / documentFrequency.get(g)!);
  const norms = new Map<number, number>();
  const norm = (i: number) => {
    let n = norms.get(i);
    if (n === undefined) {
      n = Math.sqrt([...gramsOf(i)].reduce((sum, g) => sum + weight(g) ** 2, 0));
      norms.set(i, n);
    }
    return n;
  };
  const cosine = (i: number, j: number) => {
    let dot = 0;
    const y = gramsOf(j);
    for (const g of gramsOf(i)) if (y.has(g)) dot += weight(g) ** 2;
    const n = norm(i) * norm(j);
    return n === 0 ? 0 : dot / n;
  };
  // Anchors: the day-hours ordered by how few labelled records they hold, at random within each.
  const anchors = order.filter((i) => onlyDays === null || onlyDays.includes(dayOf(records[i]!)));
  const shuffled = anchors.map((i) => [i, random()] as const);
  shuffled.sort(
    (x, y) =>
      (labelledInHour.get(hourOf(x[0])) ?? 0) - (labelledInHour.get(hourOf(y[0])) ?? 0) || x[1] - y[1],
  );
  const position = new Map(order.map((i, x) => [i, x]));
  const drawn: [number, number, number][] = [];
  for (const [i] of shuffled) {
    if (drawn.length >= nearestWanted) break;
    if (taken.has(i)) continue;
    let best = -1;
    let bestCosine = 0.1;
    const at = keys[i]!.at!;
    for (const step of [-1, 1]) {
      for (let x = position.get(i)! + step; x >= 0 && x < order.length; x += step) {
        const j = order[x]!;
        if (Math.abs(keys[j]!.at! - at) > WINDOW_MS) break;
        if (records[j]!.feed === records[i]!.feed || taken.has(j)) continue;
        const c = cosine(i, j);
        if (c > bestCosine) [best, bestCosine] = [j, c];
      }
    }
    if (best < 0 || bestCosine >= nearestBelow) continue;
    taken.add(i);
    taken.add(best);
    drawn.push(keys[i]!.at! <= keys[best]!.at! ? [i, best, bestCosine] : [best, i, bestCosine]);
  }
  return drawn;
}
/** Bands of `Verdict.score` for --scored: look-alikes at the bottom, word-for-word copies at the top. */
const SCORE_BANDS: readonly [number, number][] = [
  [0.05, 0.2],
  [0.2, 0.35],
  [0.35, 0.5],
  [0.5, 0.7],
  [0.7, 1.01],
];
const scoredWanted = option("scored", 0);
/** --scored-bands 25,40,0,0,45: how many pairs each band of SCORE_BANDS gives, in place of --scored's one count
 * (the middle bands are used up by earlier sets, and a set of about half copies wants more of the top band). */
const scoredPerBand = list("scored-bands")?.map(Number) ?? SCORE_BANDS.map(() => scoredWanted);
const hourLabels = option("hour-labels", Number.POSITIVE_INFINITY);
/** The --scored draw: pairs of two feeds within 30 minutes from little-labelled day-hours, by score band. */
function scoredPairs(): [number, number, number, number][] {
  const open = (i: number) => (labelledInHour.get(hourOf(i)) ?? 0) <= hourLabels;
  const candidates = order.filter(
    (i) => open(i) && (onlyDays === null || onlyDays.includes(dayOf(records[i]!))),
  );
  const hoursOpen = new Set(candidates.map(hourOf));
  console.error(
    `${candidates.length} records in ${hoursOpen.size} day-hours with at most ${hourLabels} labelled records`,
  );
  const features = new Map<number, ReturnType<typeof featuresOf>>();
  const featuresAt = (i: number) => {
    let f = features.get(i);
    if (f === undefined) {
      f = featuresOf(keys[i]!, settings);
      features.set(i, f);
    }
    return f;
  };
  // Each record's nearest item of another feed within 30 minutes by the comparison's score: the pair a
  // grouping would most likely make of it, whether a copy written apart or a look-alike.
  const nearest = new Map<number, [number, number]>();
  const offer = (i: number, j: number, score: number) => {
    const best = nearest.get(i);
    if (best === undefined || score > best[1]) nearest.set(i, [j, score]);
  };
  for (let x = 0; x < candidates.length; x++) {
    const i = candidates[x]!;
    for (let y = x + 1; y < candidates.length; y++) {
      const j = candidates[y]!;
      if (keys[j]!.at! - keys[i]!.at! > WINDOW_MS) break;
      if (records[i]!.feed === records[j]!.feed) continue;
      const score = compareFeatures(featuresAt(i), featuresAt(j), settings).score;
      offer(i, j, score);
      offer(j, i, score);
    }
  }
  const bands: [number, number, number, number][][] = SCORE_BANDS.map(() => []);
  const seen = new Set<string>();
  for (const [i, [j, score]] of nearest) {
    const [first, second] = keys[i]!.at! <= keys[j]!.at! ? [i, j] : [j, i];
    if (seen.has(`${first} ${second}`)) continue;
    seen.add(`${first} ${second}`);
    const band = SCORE_BANDS.findIndex(([lo, hi]) => score >= lo && score < hi);
    // Least-labelled day-hours first, at random within them.
    const labels = Math.max(labelledInHour.get(hourOf(first)) ?? 0, labelledInHour.get(hourOf(second)) ?? 0);
    if (band >= 0) bands[band]!.push([first, second, score, labels + random()]);
  }
  for (const band of bands) band.sort((x, y) => x[3] - y[3]);
  const drawn: [number, number, number, number][] = [];
  bands.forEach((pairsOfBand, band) => {
    console.error(`score ${SCORE_BANDS[band]!.join("–")}: ${pairsOfBand.length} candidates`);
    let taken = 0;
    for (const [i, j, score] of pairsOfBand) {
      if (taken >= scoredPerBand[band]!) break;
      if (drawnRecords.has(i) || drawnRecords.has(j)) continue;
      drawnRecords.add(i);
      drawnRecords.add(j);
      taken++;
      drawn.push([i, j, band, score]);
    }
  });
  return drawn;
}
const drawnRecords = new Set<number>();
if (scoredPerBand.some((n) => n > 0)) {
  const text = (r: DumpRecord) =>
    `${r.publishedAt} ${r.title} | ${r.text.replace(/\s+/g, " ").slice(0, 400)}`;
  for (const [i, j, band] of scoredPairs())
    console.log(
      JSON.stringify({
        a: records[i]!.id,
        b: records[j]!.id,
        band,
        textA: text(records[i]!),
        textB: text(records[j]!),
      }),
    );
  process.exit(0);
}
const byBand: [number, number, number][][] = BANDS.map(() => []);
for (let x = 0; nearestWanted === 0 && x < order.length; x++) {
  const i = order[x]!;
  for (let y = x + 1; y < order.length; y++) {
    const j = order[y]!;
    if (keys[j]!.at! - keys[i]!.at! > WINDOW_MS) break;
    const a = records[i]!;
    const b = records[j]!;
    if (a.feed === b.feed || !chosen.has(comboOf(a, b))) continue;
    const d = dice(gramsOf(i), gramsOf(j));
    const band = BANDS.findIndex(([lo, hi]) => d >= lo && d < hi);
    if (band >= 0 && (onlyBands === null || onlyBands.includes(band))) byBand[band]!.push([i, j, d]);
  }
}
const stories = groupKeys(keys, settings);
const storyOf = new Map<number, number>();
stories.forEach((members, s) => {
  for (const m of members) storyOf.set(m, s);
});
const out: string[] = [];
/** One drawn pair, with both texts and what the current code decides. */
function emit(i: number, j: number, band: number | "nearest", similarity: number): void {
  const pairwise = compareFeatures(
    featuresOf(keys[i]!, settings),
    featuresOf(keys[j]!, settings),
    settings,
  ).same;
  const grouped = storyOf.get(i) === storyOf.get(j);
  const text = (r: DumpRecord) =>
    `${r.publishedAt} ${r.title} | ${r.text.replace(/\s+/g, " ").slice(0, 400)}`;
  out.push(
    JSON.stringify({
      a: records[i]!.id,
      b: records[j]!.id,
      band,
      [band === "nearest" ? "cosine" : "dice"]: Number(similarity.toFixed(3)),
      pairwise,
      grouped,
      textA: text(records[i]!),
      textB: text(records[j]!),
    }),
  );
}
if (nearestWanted > 0) for (const [i, j, c] of nearestPairs()) emit(i, j, "nearest", c);
byBand.forEach((candidates, band) => {
  if (nearestWanted > 0) return;
  console.error(`band ${BANDS[band]!.join("–")}: ${candidates.length} candidates`);
  let drawn = 0;
  while (drawn < perBand && candidates.length > 0) {
    const [i, j, d] = candidates.splice(Math.floor(random() * candidates.length), 1)[0]!;
    if (taken.has(i) || taken.has(j)) continue;
    taken.add(i);
    taken.add(j);
    drawn++;
    emit(i, j, band, d);
  }
});
console.log(out.join("\n"));
