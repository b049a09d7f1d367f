// Accuracy of story grouping, measured on
//   - hand-labelled pairs of flash items from ../shared/dumps (test/fixtures/story-pairs.tsv),
//     decided pair by pair and through grouping the seven days whole;
//   - reposted-article pairs built from ../shared/corpus (test/story-reposts.ts) and every pair of
//     different corpus files.
//   pnpm eval:stories            print the tables (pnpm eval runs it too)
//   pnpm eval:stories --write    also write the stories section of docs/accuracy.md
//   pnpm eval:stories --misses   also list, to stderr, every labelled pair decided wrongly (grouped or pair by pair),
//                                except in the sets held out this session (HELD_OUT_SPLITS)
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { writeSection } from "@caixun/docs-writer";
import { parseAllSync } from "../src/parse-all.js";
import {
  compareFeatures,
  DEFAULT_STORY_SETTINGS,
  type Features,
  featuresOf,
  groupKeys,
  type StoryKey,
  storyKey,
  type Verdict,
} from "../src/stories/index.js";
import { DEV } from "../test/datasets.js";
import {
  type DumpRecord,
  dumpsPresent,
  HELD_OUT_SPLITS,
  type LabelledPair,
  labelledPairs,
  PAIR_SPLITS,
  type PairSplit,
  perSplit,
  readDumps,
} from "../test/dumps.js";
import { CORPUS, HAS_CORPUS } from "../test/helpers.js";
import { mixedStories } from "../test/mixed-stories.js";
import { CORPUS_SAME_STORY, type CorpusArticle, type Repost, repostsOfSet } from "../test/story-reposts.js";

const repo = resolve(import.meta.dirname, "../../..");
const settings = DEFAULT_STORY_SETTINGS;
const features = (key: StoryKey): Features => featuresOf(key, settings);

interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}
const empty = (): Confusion => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
function count(c: Confusion, predicted: boolean, actual: boolean): void {
  if (predicted && actual) c.tp++;
  else if (predicted) c.fp++;
  else if (actual) c.fn++;
  else c.tn++;
}
const ratio = (a: number, b: number) => (b === 0 ? "—" : (a / b).toFixed(3));
const precision = (c: Confusion) => ratio(c.tp, c.tp + c.fp);
const recall = (c: Confusion) => ratio(c.tp, c.tp + c.fn);
const pr = (c: Confusion) => `${precision(c)} / ${recall(c)}`;
const row = (label: string, c: Confusion) =>
  `| ${label} | ${c.tp + c.fn} / ${c.fp + c.tn} | ${c.tp} | ${c.fp} | ${c.fn} | ${precision(c)} | ${recall(c)} |`;
const HEADER =
  "| pairs | same / different | found | wrongly joined | missed | precision | recall |\n|---|---|---|---|---|---|---|";

export function runStoriesEval(write: boolean, listMisses = false): string {
  const sections: string[] = [];

  if (!dumpsPresent()) {
    console.error("../shared/dumps is absent: the flash pairs are not measured");
  } else {
    const records = readDumps(parseAllSync);
    const keys = records.map((record) => storyKey(record, settings));
    const byId = new Map(keys.map((key, i) => [key.id, i]));
    const started = performance.now();
    const stories = groupKeys(keys, settings);
    // The time goes to the console, not the document: it differs every run, and speed has its home in
    // docs/benchmarks.md.
    console.error(`grouped the seven days in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const storyOf = new Map<string, number>();
    stories.forEach((members, s) => {
      for (const m of members) storyOf.set(keys[m]!.id, s);
    });

    const pairwise = perSplit(empty);
    const grouped = perSplit(empty);
    /** A session's table: each set's grouped precision / recall before its changes (as then measured) and now. */
    const beforeNow = (before: [split: PairSplit, figures: string, label?: string][]) =>
      [
        "| set | before | now |",
        "|---|---|---|",
        ...before.map(
          ([split, figures, label]) => `| ${label ?? split} | ${figures} | ${pr(grouped[split])} |`,
        ),
      ].join("\n");
    /** This session's table: each set's grouped and pair-by-pair precision / recall before its changes and now. */
    const bothBeforeNow = (before: [split: PairSplit, grouped: string, pairwise: string][]) =>
      [
        "| set | grouped before | grouped now | pair by pair before | pair by pair now |",
        "|---|---|---|---|---|",
        ...before.map(
          ([split, groupedBefore, pairwiseBefore]) =>
            `| ${split} | ${groupedBefore} | ${pr(grouped[split])} | ${pairwiseBefore} | ${pr(pairwise[split])} |`,
        ),
      ].join("\n");
    const pairs = labelledPairs();
    for (const pair of pairs) {
      const a = byId.get(pair.a);
      const b = byId.get(pair.b);
      if (a === undefined || b === undefined)
        throw new Error(`labelled record missing from the dumps: ${pair.a} ${pair.b}`);
      const verdict = compareFeatures(features(keys[a]!), features(keys[b]!), settings);
      const together = storyOf.get(pair.a) === storyOf.get(pair.b);
      count(pairwise[pair.split], verdict.same, pair.same);
      count(grouped[pair.split], together, pair.same);
      const wrong = verdict.same !== pair.same || together !== pair.same;
      if (listMisses && wrong && !HELD_OUT_SPLITS.has(pair.split))
        console.error(describeError(pair, verdict, together, records[a]!, records[b]!));
    }
    const withCopies = stories.filter((s) => s.length > 1);
    const mixed = mixedStories(
      stories.map((members) => members.map((m) => keys[m]!.id)),
      (id) => features(keys[byId.get(id)!]!),
      settings,
    );
    const copies = withCopies.reduce((sum, s) => sum + s.length, 0);
    sections.push(`### Flashes: labelled pairs from \`../shared/dumps\`

${pairs.length} pairs of flash items, labelled by reading both texts (\`packages/core/test/fixtures/story-pairs.tsv\`:
ids, label, split, reason). Pairs come from different feeds within 30 minutes, sampled across the whole range of
text overlap so that look-alikes are over-represented (same instrument with other numbers, Brent vs WTI, two
statements of one press conference, passages of one plan), plus recurring template flashes on different days.
${PAIR_SPLITS.length} sets, reported separately:

- **tune** (2026-07-29…31): read while the guards and thresholds were designed (sessions 2–4);
- **held** (2026-08-01…04): labelled in session 2 and only measured since — except the announcer guard
  (\`announcer.ts\`), added after one held error showed the gap, so that one pair is no longer unseen;
- **new** (all seven days): ${pairs.filter((p) => p.split === "new").length} pairs labelled in session 5 from
  records in no earlier pair, drawn at random in five bands of character-pair overlap (Dice 0.1–0.2, 0.2–0.3,
  0.3–0.45, 0.45–0.7, ≥ 0.7), labelled **before** any rule was changed; they measured 0.968 / 0.750 grouped then.
  Snapshots of one move with other numbers (\`涨超6%\` at 18:30, \`涨超8%\` at 18:45) are labelled different;
- **fresh** (all seven days): ${pairs.filter((p) => p.split === "fresh").length} pairs labelled in session 6 from records in no
  earlier pair **and** from hours (day and hour) in which no earlier pair has a record, drawn the same way (fewer
  exist in the middle bands, so 41 are copies), labelled before the session's rules were written and only measured
  after each change (three times, below): the honest figure for text no rule was shaped on.
- **unseen** (2026-08-04, a held day: no rule and no common-pair table was built on it): ${pairs.filter((p) => p.split === "unseen").length} pairs
  labelled in session 7 from records in no earlier pair, different feeds within 30 minutes, drawn at random (fixed
  seed) in the same five bands, 14 asked per band (${pairs.filter((p) => p.split === "unseen" && p.same).length} are copies), labelled before any
  session-7 change. No day of the dumps was left untouched by the earlier sets (new and fresh draw from all seven), so
  this set is new records, not a new day. Measured held out first: **0.967 / 0.806** grouped (29 found, 1 wrongly
  joined, 7 missed).
- **blind** (2026-08-02 and 2026-08-03, cls and ths only): ${pairs.filter((p) => p.split === "blind").length} pairs labelled in session 8 from the two
  least-used day / feed-pair combinations (each of the 21 had pairs already: 2026-08-02 cls–ths had 1, 2026-08-03
  cls–ths 12), records in no earlier pair, different feeds within 30 minutes, drawn at random (fixed seed) in the same
  five bands, 14 per band (${pairs.filter((p) => p.split === "blind" && p.same).length} are copies), labelled before any session-8 change. Measured
  held out first: **1.000 / 0.722** grouped (26 found, 0 wrongly joined, 10 missed).
- **blind2** (2026-08-01 to 2026-08-04): ${pairs.filter((p) => p.split === "blind2").length} pairs labelled in session 9 by
  \`scripts/sample-story-pairs.ts\`: records in no earlier pair, different feeds within 30 minutes, first 70 pairs at
  random (seed 9) in the same five bands, 20 asked per band, from the five least-used day / feed-pair combinations
  (2026-08-01 and 08-02 eastmoney–ths and cls–ths, 2026-08-02 cls–eastmoney: 7 to 14 pairs each; every combination
  had pairs already), then 30 more (seed 91) from the three middle bands alone (Dice 0.2–0.7, where copies are
  written differently), from the six least-used combinations of 2026-08-01…04, the days no rule's tables were built
  on (${pairs.filter((p) => p.split === "blind2" && p.same).length} are copies). Labelled before any session-9 change. Measured held out first: **1.000 / 0.883**
  grouped (53 found, 0 wrongly joined, 7 missed): 42 of 44 copies in the first 70 pairs, 11 of 16 in the middle-band 30.
- **blind3** (all seven days): ${pairs.filter((p) => p.split === "blind3").length} pairs labelled in session 10 by
  \`scripts/sample-story-pairs.ts --by-hour --per-band 24 --seed 10\`: every day / feed-pair combination had pairs
  already, so the draw took the day-hour / feed-pair combinations no earlier pair uses (189 of 504), records in no
  earlier pair, different feeds within 30 minutes, 24 pairs per band of the same five
  (${pairs.filter((p) => p.split === "blind3" && p.same).length} are copies). Labelled by reading both texts without
  the code's decisions, before any session-10 change. Measured held out first: **1.000 / 0.793** grouped (46 found,
  0 wrongly joined, 12 missed).
- **blind4** (all seven days): ${pairs.filter((p) => p.split === "blind4").length} pairs labelled in session 11 by a second
  sampler that is not banded by overlap (\`scripts/sample-story-pairs.ts --nearest 130 --below 0.7 --seed 11\`):
  anchors at random from records in no earlier pair, the day-hours with the fewest labelled records first, each paired
  with its nearest item of another feed within 30 minutes by IDF-weighted character-pair cosine (a measure no rule
  uses), keeping only anchors whose nearest item is under 0.7, that is with no word-for-word copy: what is left is
  copies written apart and the look-alikes that pass for them
  (${pairs.filter((p) => p.split === "blind4" && p.same).length} are copies). Labelled by reading both texts without
  the code's decisions, before any session-11 change. Measured held out first, on main cc153d7: **0.971 / 0.764**
  grouped (68 found, 2 wrongly joined, 21 missed); pair by pair 0.986 / 0.798.
- **blind5** (all seven days): ${pairs.filter((p) => p.split === "blind5").length} pairs labelled in session 12 by the
  same sampler (\`scripts/sample-story-pairs.ts --nearest 100 --below 0.7 --seed 12\`), records in no earlier pair
  (${pairs.filter((p) => p.split === "blind5" && p.same).length} are copies), labelled by reading both texts without
  the code's decisions **after** the session-12 change was made and before it was measured on them. Measured held
  out on this tree and on 0570a7a (the session's base): **0.977 / 0.764** grouped on both (42 found, 1 wrongly
  joined, 13 missed); pair by pair 0.957 / 0.800 on both.
- **blind6** (all seven days): ${pairs.filter((p) => p.split === "blind6").length} pairs labelled in session 13 by the
  same sampler (\`scripts/sample-story-pairs.ts --nearest 110 --below 0.7 --seed 13\`), records in no earlier pair
  (${pairs.filter((p) => p.split === "blind6" && p.same).length} are copies), labelled by reading both texts without
  the code's decisions and committed **before** any session-13 change. Measured held out first, on main 43bb53f:
  **0.978 / 0.789** grouped and pair by pair (45 found, 1 wrongly joined, 12 missed).
- **blind7** (all seven days): ${pairs.filter((p) => p.split === "blind7").length} pairs labelled in session 14 by the
  same sampler (\`scripts/sample-story-pairs.ts --nearest 110 --below 0.7 --seed 14\`), records in no earlier pair
  (${pairs.filter((p) => p.split === "blind7" && p.same).length} are copies), labelled by reading both texts without
  the code's decisions and committed **before** any session-14 change. Measured held out first, on main f0b1e0e:
  **1.000 / 0.898** grouped and pair by pair (53 found, 0 wrongly joined, 6 missed).
- **blind8** (all seven days): ${pairs.filter((p) => p.split === "blind8").length} pairs labelled in session 15 by the
  same sampler (\`scripts/sample-story-pairs.ts --nearest 115 --below 0.7 --seed 15\`), records in no earlier pair
  (${pairs.filter((p) => p.split === "blind8" && p.same).length} are copies), labelled by reading both texts without
  the code's decisions and committed **before** any session-15 change. Measured held out first, on main b2bf267:
  **1.000 / 0.843** grouped (59 found, 0 wrongly joined, 11 missed); pair by pair 1.000 / 0.871.
- **blind9** (all seven days): ${pairs.filter((p) => p.split === "blind9").length} pairs labelled in session 16 by the
  same sampler (\`scripts/sample-story-pairs.ts --nearest 115 --below 0.7 --seed 16\`), records in no earlier pair
  (${pairs.filter((p) => p.split === "blind9" && p.same).length} are copies), labelled by reading both texts without
  the code's decisions and committed **before** any session-16 change. Measured held out first, on main 35cb6ef:
  **1.000 / 0.906** grouped and pair by pair (58 found, 0 wrongly joined, 6 missed).
- **blind10** (all seven days): ${pairs.filter((p) => p.split === "blind10").length} pairs labelled in session 17 by the
  same sampler (\`scripts/sample-story-pairs.ts --nearest 110 --below 0.7 --seed 17\`), records in no earlier pair
  (${pairs.filter((p) => p.split === "blind10" && p.same).length} are copies), labelled by reading both texts without
  the code's decisions and committed **before** any session-17 change. Measured held out first, on main 54787e7:
  **1.000 / 0.913** grouped and pair by pair (42 found, 0 wrongly joined, 4 missed).
- **blind11** (all seven days): ${pairs.filter((p) => p.split === "blind11").length} pairs labelled in session 18 by the
  same sampler (\`scripts/sample-story-pairs.ts --nearest 110 --below 0.7 --seed 18\`), records in no earlier pair
  (${pairs.filter((p) => p.split === "blind11" && p.same).length} are copies), labelled by reading both texts without
  the code's decisions and committed **before** any session-18 change. Measured held out first, on main 51c9869:
  **1.000 / 0.926** grouped (63 found, 0 wrongly joined, 5 missed); pair by pair 1.000 / 0.956.
- **blind12** (all seven days): ${pairs.filter((p) => p.split === "blind12").length} pairs labelled in session 19 by the
  same sampler (\`scripts/sample-story-pairs.ts --nearest 110 --below 0.7 --seed 19\`), records in no earlier pair
  (${pairs.filter((p) => p.split === "blind12" && p.same).length} are copies), labelled by reading both texts without
  the code's decisions and committed **before** any session-19 change. Measured held out first, on main 26c1254:
  **0.977 / 0.857** grouped (42 found, 1 wrongly joined, 7 missed); pair by pair 0.977 / 0.878 (43, 1, 6).
- **blind13** (all seven days): ${pairs.filter((p) => p.split === "blind13").length} pairs labelled in session 20 by the
  same sampler (\`scripts/sample-story-pairs.ts --nearest 110 --below 0.7 --seed 20\`), records in no earlier pair
  (${pairs.filter((p) => p.split === "blind13" && p.same).length} are copies), labelled by reading both texts without
  the code's decisions and committed **before** any session-20 change. Measured held out first, on main c3d8e19:
  **0.978 / 0.882** grouped (45 found, 1 wrongly joined, 6 missed); pair by pair 1.000 / 0.882 (45, 0, 6).
- **blind14** (all seven days): ${pairs.filter((p) => p.split === "blind14").length} pairs labelled in session 21 by the
  same sampler (\`scripts/sample-story-pairs.ts --nearest 110 --below 0.7 --seed 21\`), records in no earlier pair
  (${pairs.filter((p) => p.split === "blind14" && p.same).length} are copies), labelled by reading both texts without
  the code's decisions and committed **before** any session-21 change. Measured held out first, on main ce39e70:
  **1.000 / 0.941** grouped and pair by pair (48 found, 0 wrongly joined, 3 missed).
- **blind15** (all seven days): ${pairs.filter((p) => p.split === "blind15").length} pairs labelled in session 22 by the
  same sampler (\`scripts/sample-story-pairs.ts --nearest 110 --below 0.7 --seed 22\`: only 87 anchors are left whose
  nearest item is under 0.7), records in no earlier pair
  (${pairs.filter((p) => p.split === "blind15" && p.same).length} are copies), labelled by reading both texts without
  the code's decisions and committed **before** any session-22 change. Measured held out first, on main b240b70:
  **1.000 / 0.925** grouped and pair by pair (37 found, 0 wrongly joined, 3 missed).
- **blind16** (all seven days): ${pairs.filter((p) => p.split === "blind16").length} pairs labelled in session 24 by a
  third sampler, since the nearest-item one is used up (\`scripts/sample-story-pairs.ts --scored 25 --seed 24\`): each
  record in no earlier pair is paired with its highest-scoring item of another feed within 30 minutes by the comparison's
  own score (\`Verdict.score\`, the containment that decides most pairs), and up to 25 pairs are drawn in each of five
  bands of that score (0.05–0.2, 0.2–0.35, 0.35–0.5, 0.5–0.7, ≥ 0.7), the least-labelled day-hours first. The middle
  bands are nearly used up by the earlier sets (3 and 12 pairs were left there, so the set has 90, not 125):
  most pairs are clearly apart (the bottom bands) or clearly copies (the top one), with the look-alikes among them
  (${pairs.filter((p) => p.split === "blind16" && p.same).length} are copies). The sampler prints neither the
  code's decisions nor the score; the pairs were labelled by reading both texts and committed with their first
  measure. Measured held out first, on stories24 a1409a1 (this session's first change): **1.000 / 0.892** grouped
  and pair by pair (33 found, 0 wrongly joined, 4 missed).
- **blind17** (all seven days): ${pairs.filter((p) => p.split === "blind17").length} pairs labelled in session 25 by the
  same sampler with a count per band (\`scripts/sample-story-pairs.ts --scored-bands 25,40,0,0,45 --seed 25\`): the
  middle bands (0.35–0.7) hold no candidate left, so the look-alikes come from the 0.2–0.35 band (40 pairs, of 117
  candidates: one company's two announcements, two answers of one briefing, one bank's two target prices, one
  market's open and a later alert), the copies from the top band (45) and the clearly apart from the bottom one (25)
  (${pairs.filter((p) => p.split === "blind17" && p.same).length} are copies). The sampler prints neither the code's
  decisions nor the score; the pairs were labelled by reading both texts and committed with their first measure, and
  \`--misses\` does not list this set's misses (\`HELD_OUT_SPLITS\`). Measured held out first, on main d398d88:
  **1.000 / 0.957** grouped (45 found, 0 wrongly joined, 2 missed); pair by pair 1.000 / 0.979 (46, 0, 1).
- **blind18** (all seven days): ${pairs.filter((p) => p.split === "blind18").length} pairs labelled in session 26 by the
  same sampler, its bands weighted to the look-alikes (\`scripts/sample-story-pairs.ts --scored-bands 25,60,0,0,50
  --seed 26\`): 33 pairs of the 0.2–0.35 band (all its 60 candidates that share no record with a pair drawn before
  them: two snapshots of one index, two brokers' target prices, the ETFs' open against a later ETF move, a KOSDAQ
  sidecar told twice), 50 of the top band and 25 of the bottom one
  (${pairs.filter((p) => p.split === "blind18" && p.same).length} are copies). The sampler prints neither the code's
  decisions nor the score; the pairs were labelled by reading both texts and committed before any session-26 change,
  and \`--misses\` does not list this set's misses (\`HELD_OUT_SPLITS\`; blind17 is a tuning set since). Measured held
  out first, on stories26 f12e0af (main fe88897 with the labels): **1.000 / 0.980** grouped and pair by pair (50 found,
  0 wrongly joined, 1 missed).

**How the flash pairs are labelled.** Two items are one story when a user counting stories would count them
once: the labeller reads both texts, not the code's decisions. Rules the sets share:
- **Snapshots**: one instrument or figure read at two moments with other numbers is two stories (\`涨超6%\` at
  18:30, \`涨超8%\` at 18:45; a turn, \`转涨\`, and a later \`现涨1%\`); so is a later alert after a report.
- **A market's open is one moment** (settled in session 15): two feeds' reports of one session's open, each
  published at the bell, are one story whatever readings each took (\`道指跌0.81%\` at 21:30:42 and \`道指跌0.76%\`
  at 21:30:56) and whichever indexes it lists, unless they state opposite directions. A feed reads the indexes in
  the first seconds of trading, the fastest of the day; what a user counts is "the US market opened lower".
  A later alert (\`涨幅扩大至1%\`, \`下跌1.1%至\`), another market's open (index futures against the cash
  market, the Nikkei's futures against the Nikkei) and a piece about the open later on are other stories.
  Two earlier labels broke this and were changed: tune's European open of 2026-07-31 (cls:2442491 /
  eastmoney:202607313828257880) and blind4's US open of 2026-07-29 (ths:678530244 / cls:2440522), both
  labelled two snapshots before; blind2, blind5 and blind7 had labelled such pairs one story.
- **A market's close** is one moment too (session 16): two feeds' reports of one day's close, each published
  at the close, are one story whichever figures and stocks each lists.
- **One board's move** told by two feeds minutes apart is one story, whichever stocks each lists. **One rally
  under two boards** (settled in session 20): two feeds' board flashes minutes apart, in one direction, that lead
  with one stock (the first each names, the rally's limit-up leader) are one story, whatever each calls the board
  (a board, its sub-board, a concept: \`硅料硅片板块走高，通威股份涨停\` / \`光伏概念持续反弹 通威股份涨停\`); two
  boards led by two stocks are two, however many stocks further down their lists they share. Before, the sets
  disagreed: blind7 had labelled \`非银金融\` / \`大金融\` led by 华林证券 one story, blind8 \`硅料硅片\` / \`光伏\` led by
  通威股份 two. Five labels were changed to one story (blind6 \`免税\` / \`零售\`, 南宁百货; blind8 \`硅料硅片\` /
  \`光伏\`, 通威股份; blind10 \`日化用品\` / \`美容护理\`, 朗姿股份; blind13 \`元件\` / \`PCB\`, 中京电子, and
  \`医疗服务\` / \`创新药\`, 药明康德); unseen's \`医疗服务\` (led by 百花医药) / \`创新药\` (药明康德) stays two.
- **Parts of one release**: two figures or two answers of one release or press conference, each a flash of its
  own, are two stories (core PCE and PCE, two spokesmen's answers); a flash that tells only a sentence the other
  flash also tells, from the same release and within minutes, is a copy of it (a results flash and its
  forecast line alone). A roundup or a digest and one of its items are two stories, unless one is the other's
  headline or cut.

"Pair by pair" asks \`compareFeatures\` about the two items alone; "grouped" groups all ${records.length} records of
the seven days and asks whether the two landed in one story. Precision is reported on every set.

${HEADER}
${PAIR_SPLITS.map((split) => row(`${split}, pair by pair`, pairwise[split])).join("\n")}
${PAIR_SPLITS.map((split) => row(`${split}, grouped`, grouped[split])).join("\n")}

**The labelled pairs the comparison calls one that grouping puts apart** (session 57, stories57): four on the seven
days before this change (found pair by pair, missed grouped; blind18's were not read), each read for which story each
copy went to and why (\`scripts/story-pair-signals.ts\`' signals, the story's copies asked one by one):
- tune, eastmoney 202607313828650452 / ths 678597758: ths's flash is two flashes in one (the Philadelphia
  semiconductor index at 13:45, then SanDisk at 13:46) and copies both; it joined the index's story (cls 2443022,
  eastmoney 202607313828649422), with which it shares as many figures (3) and whose founder is earlier. An item of two
  stories goes in one of them; left.
- blind8, eastmoney 202607313828046479 / cls 2442291: the NDRC briefing's AI answers. cls's flash at 11:03 matches one
  of the AI-law story's three copies (0.513) and reads apart from the other two (\`different-text\`, 0.16), under the
  half of a story's copies an item must match (the rule that keeps a briefing's answers from chaining through one
  look-alike); it joined the AI-growth answer (ths 678576824). Left: the half is what parts the briefing's answers.
- blind17, ths 678548913 / eastmoney 202607303826627487: eastmoney's flash puts the Politburo's policy headline over
  the text of its first flash (the fifth plenum), word for word; it went to the story of its text. Left, as the first.
- blind11, eastmoney 202607313828119998 / cls 2442340: **fixed**. eastmoney's daily midday column (\`【午盘播报】沪指上涨0.76%，报3833.65点；…，两市半日合计成交17853亿。\`,
  the column tag out of the comparison text) names no session in its first sentence, which ends at the first \`；\`, so
  it carried no session anchors and shared 10 text anchors with cls's \`午评\`, under the 10.7 it needed: grouping never
  compared the two, though \`compareFeatures\` calls them one. A text that opens with the A-share indexes and states the
  half day's turnover (\`两市半日\`, \`三市半日\`) before its first full stop now reports the midday session
  (\`moves.ts\` \`halfDaySessionOf\`), as the reviews do, and carries its anchors. An ETF's half-day turnover, the
  midday tally of limit moves and the close's column (no \`半日\`) are not session reports. The other days' columns
  had joined their reviews through their figures (07-29, 07-30, 08-04); on 08-03 the column and ths's review are one
  story and cls's review and its eastmoney copy another, before and after (no labelled pair holds them).
Before (88a38dc3) and after: blind11 grouped 0.971 → 0.985 (67 found, 0 wrongly joined, 1 missed); every other figure
of every set, pair by pair and grouped, unchanged; the seven days' 11,338 records 6,655 → 6,654 stories (that one
join). The two loose constants of candidate finding are story settings since this session
(\`StorySettings.figureAnchors\`, 4, and \`nearCopyPriors\`, 3), read by grouping and the store from that one home.

Session 26 (2026-12-03), precision / recall before (stories26 2a541e6: main fe88897 with blind18's labels; blind18's
"before" is its held-out measure) and now (\`pnpm eval:stories\`; "now" is the table above). The misses of every set
but blind18 were listed with \`pnpm eval:stories --misses\` and read (blind17 is a tuning set since this session);
blind18's were not (\`--misses\` leaves the held-out set out). Every set is now at 0.90 grouped recall or over
(blind16, the one under, 0.892 → 0.973; the lowest, blind8, 0.901) with precision 0.97 or over (the lowest, new,
0.975), and the articles at 1.000 / 1.000 in the corpus and both parts of the dev set:

${bothBeforeNow([
  ["tune", "0.987 / 0.975", "0.988 / 0.988"],
  ["held", "1.000 / 0.987", "0.974 / 0.987"],
  ["new", "0.974 / 0.950", "0.974 / 0.950"],
  ["fresh", "1.000 / 0.927", "1.000 / 0.902"],
  ["unseen", "1.000 / 0.972", "1.000 / 0.972"],
  ["blind", "1.000 / 1.000", "1.000 / 1.000"],
  ["blind2", "1.000 / 0.967", "1.000 / 0.967"],
  ["blind3", "1.000 / 0.914", "1.000 / 0.897"],
  ["blind4", "0.988 / 0.911", "0.988 / 0.911"],
  ["blind5", "0.980 / 0.909", "0.980 / 0.909"],
  ["blind6", "0.981 / 0.914", "0.981 / 0.914"],
  ["blind7", "1.000 / 0.932", "1.000 / 0.932"],
  ["blind8", "1.000 / 0.901", "1.000 / 0.915"],
  ["blind9", "1.000 / 0.984", "1.000 / 0.984"],
  ["blind10", "1.000 / 0.936", "1.000 / 0.915"],
  ["blind11", "1.000 / 0.971", "1.000 / 0.985"],
  ["blind12", "1.000 / 0.939", "1.000 / 0.939"],
  ["blind13", "1.000 / 0.943", "1.000 / 0.943"],
  ["blind14", "1.000 / 0.961", "1.000 / 0.961"],
  ["blind15", "1.000 / 0.975", "1.000 / 0.975"],
  ["blind16", "1.000 / 0.892", "1.000 / 0.892"],
  ["blind17", "1.000 / 0.957", "1.000 / 0.979"],
  ["blind18", "1.000 / 0.980", "1.000 / 0.980"],
])}

**Two outlets' flashes of one second** (\`compare.ts\` \`repost\`, \`StorySettings.repostContainment\`): a feed that
carries another's flash posts it in the same second under its own headline, often cut to a line (eastmoney's
\`美国财政部公布可交易债务融资预估\` beside cls's write-up of the estimate, both at 03:04:44). The story key now
holds the outlet an Article came through (\`StoryKey.outlet\`: \`Article.via\`'s last, else its source), so two
items of one stated second (\`statedSecond\`: not on a whole minute, where a time stated to the minute or a date
alone lands every item) from two outlets are one news, whatever their wording (\`repostContainment\` 0.05), when a
title names something the other names (a rare character pair), the shorter states no figure the longer does not,
and they do not state two events (\`EVENT_ACTIONS\`: a military statement's drones and missiles, blind4); every
guard still applies. One outlet's two pieces of one second, the trap of session 25's try, are never joined by it.
A story's copies are counted without such cuts (\`comparableCopies\`: a copy of a stated second with one at least
twice as long) when a new item is asked to match half of them: GlobalFoundries' write-up at 18:44 matches cls's
flash, not eastmoney's line of it (blind6 kept its pair). Grouping compares the items of one stated second: each
carries one anchor for it (\`assign.ts\` \`storyAnchors\`; eastmoney's line of the Treasury's estimate shares no text
anchor with cls's flash). One anchor, not \`signalWeight\`'s sixteen: sixteen raised the share of anchors every
other pair needs and parted eight found pairs (tune, fresh, blind7, blind8, blind9, blind11, blind14). Found: blind16's Trump post, Iran's
Hormuz route and the Treasury's estimate, the new set's and the fresh set's yen interventions. Over the seven days
stories 6662 → 6654 (each changed story read: SK hynix's remark, GlobalFoundries' funding, Rebecca's ST notice and
its next-morning write-up, the two interventions, Trump's post, Iran's route, the Treasury's estimate); the corpus
and the dev set, whose items share whole minutes and days, are unchanged.

**A briefing's document names no answer** (\`particulars.ts\` \`sharedNames\`): the one wrong join on the seven days
that named-party evidence made (\`minLeadNames\`, session 25) was the postal bureau's 2030 targets with its drone
answer at one briefing: both lead with \`《邮政业发展“十五五”规划》\` and shared four names, the bureau's three runs
and the plan's \`邮政业\`. Runs within a document both items lead with are no longer counted: the document is what
the briefing is about, which each of its answers names. The two answers part (three names, under \`minLeadNames\`),
and ths's drone piece joins cls's and eastmoney's; no labelled pair changes, and every pair the names found in
session 25 (ForgeStencil, Seedance 2.5, the Zhongmiao agreement, ExxonMobil's quarter…) is still found. Tried and
left out: counting a chain of overlapping runs (\`家邮政\`, \`邮政局\`, \`政局举\`) as one name parts the postal answers too,
but loses found pairs at every \`minLeadNames\` tried (blind3, blind6 and blind12 at 4; blind6 and blind12 at 3;
blind12 at 2, where held and fresh look-alikes are joined too). Over the seven days one story is split in two
and one copy moved.

Session 25 (2026-12-03), precision / recall before (d398d88; blind17's "before" is its held-out measure) and now
(\`pnpm eval:stories\`; "now" is the table above). The misses of blind3, blind5, blind6 and blind16 (the tuning sets
under 0.90) were listed with \`pnpm eval:stories --misses\` and read; blind17's were not (\`--misses\` leaves the
held-out set out):

${bothBeforeNow([
  ["tune", "0.987 / 0.975", "0.988 / 0.988"],
  ["held", "1.000 / 0.987", "0.974 / 0.987"],
  ["new", "0.974 / 0.950", "0.974 / 0.950"],
  ["fresh", "1.000 / 0.927", "1.000 / 0.902"],
  ["unseen", "1.000 / 0.972", "1.000 / 0.972"],
  ["blind", "1.000 / 1.000", "1.000 / 1.000"],
  ["blind2", "1.000 / 0.967", "1.000 / 0.967"],
  ["blind3", "1.000 / 0.897", "1.000 / 0.879"],
  ["blind4", "0.988 / 0.911", "0.988 / 0.911"],
  ["blind5", "0.980 / 0.873", "0.980 / 0.873"],
  ["blind6", "0.981 / 0.879", "0.981 / 0.879"],
  ["blind7", "1.000 / 0.932", "1.000 / 0.932"],
  ["blind8", "1.000 / 0.901", "1.000 / 0.915"],
  ["blind9", "1.000 / 0.984", "1.000 / 0.984"],
  ["blind10", "1.000 / 0.915", "1.000 / 0.915"],
  ["blind11", "1.000 / 0.971", "1.000 / 0.985"],
  ["blind12", "1.000 / 0.918", "1.000 / 0.918"],
  ["blind13", "1.000 / 0.943", "1.000 / 0.943"],
  ["blind14", "1.000 / 0.941", "1.000 / 0.941"],
  ["blind15", "1.000 / 0.950", "1.000 / 0.950"],
  ["blind16", "1.000 / 0.892", "1.000 / 0.892"],
  ["blind17", "1.000 / 0.957", "1.000 / 0.979"],
])}

**A party named alike** (\`particulars.ts\` \`sharedNames\`, \`compare.ts\`): two flashes within
\`particularsWindowHours\` that share a name (a run of three rare characters, counted as \`particularsAgree\` counts
who, or a Latin word of \`minLatinNameLetters\` letters or more) need \`namedContainment\` (0.42) of the wording
instead of \`minContainment\` (0.5); sharing \`minLeadNames\` (4) names, their first sentences need
\`namedLeadContainment\` (0.45) instead of 0.6. A market's alerts are left out (they name one index at every moment:
tune's \`韩国KOSPI指数跌破5500点\` / \`日内重挫9%\` was joined pair by pair by a first form), and every guard still
applies. Found: blind5's ForgeStencil (0.44, eight minutes apart), blind3's Seedance 2.5 (first sentences 0.51,
six names), blind6's Zhongmiao–ZhongAn agreement, and one pair each of blind10, blind12 (ExxonMobil's quarter),
blind14 and blind15; the corpus's "all" reposts 80 → 81 of 93 and the dev set's 110 → 112 (tune) and truncated
48 → 49 (holdout) of their originals, with no two different files joined. Over the seven days stories 6677 → 6665
(\`groupKeys\` with \`namedContainment\` and \`namedLeadContainment\` at 1 and at their values, each of the 13 changed
stories read): joined are SK hynix's ADR remark, the Zhongmiao agreement, Samsung's DRAM guidance, Sunway's (\`信维通信\`)
clarification, LHAASO's gamma-ray source, Seedance 2.5, Lanshi's warning letter, ExxonMobil's quarter, Lianhuan's
procurement bids, ForgeStencil and Rubio's Hormuz remark (each one news), an Iranian report of a missile in West
Azerbaijan with the US strike reported there four minutes later (likely one); wrongly, the postal bureau's
2030 targets with its drone answer at one briefing (\`国家邮政局…\` four names in common, first sentences 0.51).
Tried and left out: a name in common with 0.40 of the wording joined a KOSPI close to the foreign buying it
quotes (0.40); any one name lowering the first sentence's share joined two answers of one briefing (NDRC's, MIIT's
two figures), two dollar-yen snapshots and two embassies' warnings (fresh, blind7, blind8, held, unseen); items
published in the same second by two feeds (eastmoney relays cls's flashes at cls's second) found Vale's dividend
and Iran's Hormuz statement, but a key holds no feed, and one outlet's two pieces of one second (Shenzhen's banking
and insurance figures, two pieces on the social-security fund's holdings) were joined with them. Left under 0.90:
blind16 (three pairs of one
second, the KOSDAQ sidecar).

**A figure its own title states** (\`compare.ts\` \`titleStates\`): the number guard lets a figure of the shorter text
be when the longer item's own stated title states it (in one of its magnitudes, with its unit, not as the end of a
longer number, with at least three significant digits), whatever the longer item's text reads: eastmoney's Seagate
flash states \`36.29亿美元\` in its title as ths does and \`36.5亿美元\` in its text (blind5). The key's title keeps
content characters only, so \`36.29\` is looked for as \`3629\`. Over the seven days stories 6665 → 6664: Seagate's
three copies are one story (the only changed story).

**One amount in both first sentences** (\`compare.ts\` \`leadAmountShared\`): with a name in common (as
\`namedContainment\` counts them), one amount in one unit stated in both first sentences (not a percentage),
however round, corroborates the first sentence as a distinctive number does (\`corroboratedContainment\`):
SoftBank's stake in Seven & i (\`约3000亿日元\`, \`seven\`; first sentences 0.59; blind6). Over the seven days stories
6664 → 6662: that stake's three copies, and Anthropic's \`100亿美元\` compute deal told by ths 22 minutes after cls
and eastmoney (both one news; the only changed stories).

Session 24b (2026-12-03), precision / recall before (d317c41) and now (\`pnpm eval:stories\`; "now" is the table
above). The misses of blind3, blind5 and blind6 (the tuning sets under 0.90) and the grouped-only misses were listed
with \`pnpm eval:stories --misses\` and read; blind16's were not read:

${bothBeforeNow([
  ["tune", "0.987 / 0.975", "0.988 / 0.988"],
  ["held", "1.000 / 0.987", "0.974 / 0.987"],
  ["new", "0.974 / 0.950", "0.974 / 0.950"],
  ["fresh", "1.000 / 0.927", "1.000 / 0.902"],
  ["unseen", "1.000 / 0.972", "1.000 / 0.972"],
  ["blind", "1.000 / 1.000", "1.000 / 1.000"],
  ["blind2", "1.000 / 0.967", "1.000 / 0.967"],
  ["blind3", "1.000 / 0.879", "1.000 / 0.862"],
  ["blind4", "0.988 / 0.911", "0.988 / 0.911"],
  ["blind5", "0.979 / 0.855", "0.980 / 0.873"],
  ["blind6", "0.981 / 0.879", "0.981 / 0.879"],
  ["blind7", "1.000 / 0.932", "1.000 / 0.932"],
  ["blind8", "1.000 / 0.901", "1.000 / 0.915"],
  ["blind9", "1.000 / 0.984", "1.000 / 0.984"],
  ["blind10", "1.000 / 0.915", "1.000 / 0.915"],
  ["blind11", "1.000 / 0.971", "1.000 / 0.985"],
  ["blind12", "1.000 / 0.918", "1.000 / 0.918"],
  ["blind13", "1.000 / 0.943", "1.000 / 0.943"],
  ["blind14", "1.000 / 0.941", "1.000 / 0.941"],
  ["blind15", "1.000 / 0.950", "1.000 / 0.950"],
  ["blind16", "1.000 / 0.892", "1.000 / 0.892"],
])}

**An editor's note is not the news** (\`features.ts\` \`withoutEditorsNote\`): a sentence opening with \`小财注：\`,
\`编者注：\`, \`编注：\` or \`注：\` and what follows it give the number guard no figures (51 of the seven days' 11,338
records carry one: a holding at an earlier date, a quarter worked out from a half year, a streak of flows). Zhaoyi's
finished sale was split from itself in grouping: cls's copy, which tells the holder's pledge too, ends with its note of
his holding in May (\`小财注：截至5月25日…持股比例为5.13%\`), which the number guard read against ths's holding today
(\`持股比例为4.94%\`), so cls's copy joined the pledge's story and eastmoney's followed it; now the sale's three copies
are one story and the pledge another (blind5 grouped). **One title in the same seconds** (\`compare.ts\` \`oneFlash\`):
two items under one stated title (at least \`minHeadlineCharacters\`) within \`repeatWindowHours\` (36 seconds) are one
flash whatever figures each text reads, unless the title tells a move (a market alert's figures are its snapshot, read
within one move's drift or another moment's); opposite moves and every other guard still part them. Over the seven
days, two feeds' items under one title within a minute that compared apart were four pairs: two of the energy
bureau's briefing (cls's and eastmoney's excerpt against ths's other one under
\`国家能源局：上半年充换电服务业用电量同比增长56.9%\`, 9 seconds apart; blind3), joined; an oil alert read to the third
decimal by each feed (\`国际油价持续走低 美油跌破76美元/桶\`, \`79.556\` / \`79.650美元/桶\`, 22 seconds), left to the
drift rule (a first form joined it, and a test's Dow read at 1.29% and 1.8% under one alert's title); and a
semiconductor rally that cls opens with the Nasdaq's level (instruments guard; waiving that guard too moved
eastmoney's copy away from ths's identical text). Over the seven days stories 6678 → 6677 (\`groupKeys\` before and
after, every changed story read: Zhaoyi's sale regrouped, the briefing joined; nothing parted). Tried and
left out: a shared name and a shared Latin name in place of an event word (\`particularsAgree\`) took the seven days
from 6678 to 6663 stories, the FOMC statement's three passages (\`美联储fomc声明…\`) into one among them, and cost
blind10 and blind15 a wrongly joined pair each, without finding Seedance 2.5 (eastmoney's copy opens as ByteDance's
announcement); the CMA's two names (\`竞争和市场管理局\` / \`竞争与市场管理局\`) as one (\`names.ts\`) leave its pair
apart on its lead (0.50 → 0.51). Left: NDRC's AI answer is two stories of three copies each (cls's copy of the second
excerpt matches one copy of the first, not half of them), Seagate's revenue is stated 36.29 in eastmoney's title and 36.5 in its text (the key keeps no title figure),
and the paraphrases that share a party and no event word (BMW, LG, the CMA, Seedance, ForgeStencil, Tianlian III).

Session 24 (2026-12-02), precision / recall before (983fe6c) and now (\`pnpm eval:stories\`; "now" is the table
above; blind16's "before" is its held-out measure, on a1409a1). The misses of the sets under 0.90 (blind3, blind5,
blind6, blind8, fresh) and blind4's EIA pair were listed with \`pnpm eval:stories --misses\` and read as classes;
blind16's were not read:

${bothBeforeNow([
  ["tune", "0.987 / 0.975", "0.988 / 0.988"],
  ["held", "1.000 / 0.987", "0.974 / 0.987"],
  ["new", "0.974 / 0.950", "0.974 / 0.950"],
  ["fresh", "1.000 / 0.878", "1.000 / 0.854"],
  ["unseen", "1.000 / 0.972", "1.000 / 0.972"],
  ["blind", "1.000 / 1.000", "1.000 / 1.000"],
  ["blind2", "1.000 / 0.967", "1.000 / 0.967"],
  ["blind3", "1.000 / 0.879", "1.000 / 0.862"],
  ["blind4", "0.988 / 0.900", "0.988 / 0.900"],
  ["blind5", "0.979 / 0.855", "0.980 / 0.873"],
  ["blind6", "0.981 / 0.879", "0.981 / 0.879"],
  ["blind7", "1.000 / 0.932", "1.000 / 0.932"],
  ["blind8", "1.000 / 0.887", "1.000 / 0.901"],
  ["blind9", "1.000 / 0.984", "1.000 / 0.984"],
  ["blind10", "1.000 / 0.915", "1.000 / 0.915"],
  ["blind11", "1.000 / 0.971", "1.000 / 0.985"],
  ["blind12", "1.000 / 0.918", "1.000 / 0.918"],
  ["blind13", "1.000 / 0.943", "1.000 / 0.943"],
  ["blind14", "1.000 / 0.941", "1.000 / 0.941"],
  ["blind15", "1.000 / 0.950", "1.000 / 0.950"],
  ["blind16", "1.000 / 0.892", "1.000 / 0.892"],
])}

**A commodity's quantity is no instrument** (\`names.ts\` \`INDICATOR_AFTER\`): a name of the comparison's name
classes followed by \`库存\`, \`产量\`, \`产能\`, \`出口\`, \`进口\`, \`储备\` or \`钻井\` stays as written, so
\`美国原油库存\` (EIA's inventories) is no longer read as \`美油\`, WTI's price, in one feed and as words in the other.
**A title's figure** (\`features.ts\` \`headlineFigure\`): two flash titles within \`crossHeadlineWindowHours\` that
state one figure of at least \`distinctiveDigits\` significant digits (not a date's) and the same numbers and Latin
names (\`titleTokensAgree\`) need share only \`closeHeadlineShare\` of their rare words, as two paraphrases of the
same minute do: \`EIA：美国上周原油库存减少716.7万桶\` / \`EIA：美国原油库存上周减少716.7万桶\` (blind4). **Who and
what happened, in the same minute** (\`particulars.ts\` \`particularsAgree\` \`whoRequired\`): within
\`closeHeadlineWindowHours\` two flashes that share an event word and a name (three rare characters, or a Latin
word) are one event, one kind fewer than \`minParticularKinds\` asks later, unless either is a company's
announcement (a company files several at once, each naming itself and an event word: blind9's 长源东谷 and
blind13's *ST萃华 pairs, wrongly joined by a first form without that exception). An event word and a place do not
suffice: the dev set's reposted articles, all given one time, joined \`美国…签署\` (a trade deal, a House bill) so;
that also leaves out new's yen intervention (\`日本…干预\`), which a first form had found. Found fresh's Joe Tsai
divorce and US military denial; with \`出售\` among the event words (\`EVENT_ACTIONS\`; alone in session 23 it found
nothing), blind8's BP North Sea sale (\`bp启动北海业务出售程序\` / \`BP宣布将启动流程以寻求出售北海业务\`, 67 seconds
apart). **A fund's code** (\`features.ts\` \`leadCodes\`, \`compare.ts\` subjects guard):
two flashes whose first sentences each give one six-digit code in brackets, neither named in the other text, are
about two listed things, whether or not the securities reader knows the code (\`纳指ETF国泰(513100)\` /
\`中韩半导体ETF华泰柏瑞(513310)\`, each suspended at the open); a sentence listing several codes reports on a market
and gives none (a first form parted blind7's two ETF-turnover reports). Over the seven days stories 6667 → 6678
(\`groupKeys\` before and after, every changed story read): four stories join their copies (the EIA release, the
US military's denial, the divorce, BP's sale) and seven stories of cls's fund-suspension notices, which had gathered
different funds of one evening, part into one story per fund. Tried and left out: reading an untitled item's
first sentence as its title for the same-minute headline share (cls states none) found no labelled pair and joined
one of blind15's; one announcer as corroboration (\`corroboratedContainment\` instead of \`minContainment\` when both
open with one company's announcement) found blind10's 信维通信 clarification but, on the seven days, joined 交大昂立's
penalty notice to its risk-warning announcement. What is left in the tuning sets under 0.90 (blind3, blind5, blind6):
paraphrases that share a party but no event word, figure or title words (BMW's severance offer, Seedance 2.5, LG's
talks, the CMA's Microsoft probe written \`竞争和市场管理局\` / \`竞争与市场管理局\`), one figure quoted apart by one feed
(Seagate's revenue, 36.5 in eastmoney's text under its own title's 36.29), snapshots read seconds apart
(\`日元兑美元日内涨3.1154%\` / \`日内跌幅达3%\`), and stories split where a copy tells two announcements.

Session 23 (2026-12-02), precision / recall before (27aca9a) and now (\`pnpm eval:stories\`; "now" is the table
above). Every set is a tuning set now (their held-out figures stand above); the misses of the sets under 0.90 were
listed with \`pnpm eval:stories --misses\` and read as classes:

${bothBeforeNow([
  ["tune", "0.987 / 0.975", "0.988 / 0.988"],
  ["held", "1.000 / 0.987", "0.974 / 0.987"],
  ["new", "0.974 / 0.950", "0.974 / 0.950"],
  ["fresh", "1.000 / 0.878", "1.000 / 0.854"],
  ["unseen", "1.000 / 0.972", "1.000 / 0.972"],
  ["blind", "1.000 / 1.000", "1.000 / 1.000"],
  ["blind2", "1.000 / 0.967", "1.000 / 0.967"],
  ["blind3", "1.000 / 0.879", "1.000 / 0.862"],
  ["blind4", "0.988 / 0.889", "0.988 / 0.889"],
  ["blind5", "0.978 / 0.818", "0.979 / 0.855"],
  ["blind6", "0.980 / 0.845", "0.980 / 0.845"],
  ["blind7", "1.000 / 0.932", "1.000 / 0.932"],
  ["blind8", "1.000 / 0.887", "1.000 / 0.901"],
  ["blind9", "1.000 / 0.984", "1.000 / 0.984"],
  ["blind10", "1.000 / 0.915", "1.000 / 0.915"],
  ["blind11", "1.000 / 0.971", "1.000 / 0.985"],
  ["blind12", "1.000 / 0.918", "1.000 / 0.918"],
  ["blind13", "1.000 / 0.943", "1.000 / 0.943"],
  ["blind14", "1.000 / 0.941", "1.000 / 0.941"],
  ["blind15", "1.000 / 0.950", "1.000 / 0.950"],
])}

**A repeat goes where its copy went** (\`assign.ts\` \`repeats\`, \`StorySettings.repeatWindowHours\`, 0.01): an
item under the same title as a copy of a story, whose whole comparison text opens that copy's (or the other way),
published within 36 seconds of it, joins that copy's story even when it is no copy of half the story's copies in
its window; founder and copies must still agree. The half keeps a story from chaining through one look-alike; a
feed carrying another's flash in the same seconds is that flash again. It found blind5's mining truck (eastmoney's
cut of cls's flash of 21:12:30, which had joined the afternoon's write-ups). Tried and left out: containment alone
(\`Verdict.score\` ≥ 0.95) joined tune's Apple guidance to the share drop (eastmoney's guidance flash carries cls's
drop text under another title); without the window, the defence ministry's preamble-only flash took the next
answer into the previous answer's story. **What happened, for two more events** (\`particulars.ts\`
\`EVENT_ACTIONS\`: \`涨价\`, \`降价\`, \`豁免\`): found blind6's MLCC price rises and FAA exemption. \`开源\` found
blind5's ForgeStencil but joined blind8's MiniMax open-sourcing to a GPU maker's adaptation of it, so it stays out;
\`出售\`, \`发射\`, \`拆分\` / \`分拆\` found nothing. **The Shanghai exchange's crude** (\`names.ts\` \`NAME_CLASSES\`,
\`instruments.ts\` \`shanghai\`): \`上期所原油\` is SC crude, so ths's \`上期所原油主力合约大涨5%\` and cls's
\`国内SC原油期货主力合约涨幅扩大至5.07%\` lead with one move (blind4); and \`资本支出\` is \`资本开支\`, capital
expenditure (blind5's SK Hynix guidance). Over the seven days stories 6674 → 6667 (\`groupKeys\` before and after,
every changed story read): the truck, two same-second eastmoney repeats of cls flashes (MIIT's software figures, the
Southern Theater's Huangyan drill) that join where cls's went, and the four labelled pairs; nothing parted. Tried and left out: counting two separate names both state (\`particulars.ts\`
names apart in the text) as a second kind found fresh's Joe Tsai divorce, blind3's Gaoling approval and blind4's yen
pair, but joined blind13's two *ST Cuihua holders under investigation: the shared "names" are runs such as
\`立案告\` and \`因其涉\`, not parties. The rest of the misses are paraphrases that share under half their words and no figure
(\`韩国财政部：正在内部审查…\` / \`韩国财政部称，正内部研究…\`: cls states no title of its own, and its first sentence
read as one finds 2 of the other title's 7 rare pairs), one briefing's two excerpts under one title whose figures
differ (the energy bureau's power-use pair), and grouped-only misses where the press conference's answers split the copies.

Session 22 (2026-12-02), precision / recall before (b240b70 with blind15 labelled and measured first) and now
(\`pnpm eval:stories\`; "now" is the table above). blind15 was measured held out before any change; its misses were
read with every other set's, as classes, before the change was written:

${bothBeforeNow([
  ["tune", "0.987 / 0.963", "0.987 / 0.975"],
  ["held", "1.000 / 0.987", "0.974 / 0.987"],
  ["new", "0.974 / 0.950", "0.974 / 0.950"],
  ["fresh", "1.000 / 0.878", "1.000 / 0.854"],
  ["unseen", "1.000 / 0.972", "1.000 / 0.972"],
  ["blind", "1.000 / 1.000", "1.000 / 1.000"],
  ["blind2", "1.000 / 0.967", "1.000 / 0.967"],
  ["blind3", "1.000 / 0.879", "1.000 / 0.862"],
  ["blind4", "0.988 / 0.889", "0.988 / 0.889"],
  ["blind5", "0.978 / 0.818", "0.979 / 0.855"],
  ["blind6", "0.980 / 0.845", "0.980 / 0.845"],
  ["blind7", "1.000 / 0.932", "1.000 / 0.932"],
  ["blind8", "1.000 / 0.887", "1.000 / 0.901"],
  ["blind9", "1.000 / 0.969", "1.000 / 0.969"],
  ["blind10", "1.000 / 0.915", "1.000 / 0.915"],
  ["blind11", "1.000 / 0.971", "1.000 / 0.985"],
  ["blind12", "1.000 / 0.918", "1.000 / 0.918"],
  ["blind13", "1.000 / 0.943", "1.000 / 0.943"],
  ["blind14", "1.000 / 0.941", "1.000 / 0.941"],
  ["blind15", "1.000 / 0.925", "1.000 / 0.925"],
])}

**Tokyo's and Seoul's closes told by their indexes** (\`moves.ts\` \`SESSION\`, \`MARKET_OF\`): \`日经225指数收涨0.71%\` is
Tokyo's close and \`韩国KOSPI指数\` / \`韩国综指\` / \`韩国综合指数\` + \`收涨\` / \`收跌\` / \`开盘\` Seoul's session, as
\`香港恒生指数收跌\` is Hong Kong's (cls, eastmoney and ths tell each day's Japan–Korea close and open so). **A level read
at an open or a close** (\`compare.ts\`, \`priceDrift\`): two reports of one session's open or close may state an index's
level as far apart as \`openDriftPoints\` (1) of it, as they may state its change a point apart: Seoul's close of
2026-07-30 at \`收跌1.23%，报5593.56点\` (cls) and \`收跌1.35%，报5586.81点\` (eastmoney, ths), the tune pair the number
guard parted. Over the seven days stories 6678 → 6676, both changed stories read: the Japan–Korea open of 07-30 08:01
(cls, eastmoney, ths: \`韩国KOSPI指数开盘上涨0.3%\` / \`0.76%\` / \`韩国综指高开0.33%\`, one open under the labelling rules)
and its close at 14:31–14:32 (the same three feeds); none parted. The open's story holds a pair the number guard
parts, a second story of readings (\`mixedStories\`, beside WTI's 78.67 / 78.59): ths leads with Tokyo's open
(\`日经225指数低开0.29%\`, no session named) and reads Seoul's at \`高开0.33%\`, eastmoney's at \`上涨0.76%\`; it joined
through cls's report, which agrees with both. Tried and left out, each measured pair by pair on all
sets: dropping a scene-setting opener (\`据报道，\`, \`据…消息，\`, \`7月31日，\`, \`记者…从…获悉，\`) from the comparison text
found blind3's Seedance launch and lost three found copies (blind5's ST Qihuan sale, blind8's NDRC answer, blind14's
TSMC report: both feeds wrote the opener, which was shared evidence) and joined blind6's NBS release with its
statistician's reading; with the reported-speech openers alone, it lost blind14's TSMC pair and joined the NBS pair.
Reading only the first sentence's figures of two flashes under one title found nothing more (blind3's energy-bureau
pair is one sentence long). The rest of the misses are independent write-ups (paraphrased headlines and
leads that share no passage and under three figures), two PMI flashes that write \`采购经理指数\` for \`PMI\` after
\`标普全球…发布数据显示，\` (blind9, blind15: \`EQUIVALENT_NAMES\` would make them one, but the parse's fingerprint
reads that table), and grouped-only misses where one copy joined a story another copy's guard objects to.

Session 22, later (2026-12-02, stories3), before (52c1869, the changes above) and now:

${bothBeforeNow([
  ["tune", "0.987 / 0.975", "0.988 / 0.988"],
  ["held", "1.000 / 0.987", "0.974 / 0.987"],
  ["new", "0.974 / 0.950", "0.974 / 0.950"],
  ["fresh", "1.000 / 0.878", "1.000 / 0.854"],
  ["unseen", "1.000 / 0.972", "1.000 / 0.972"],
  ["blind", "1.000 / 1.000", "1.000 / 1.000"],
  ["blind2", "1.000 / 0.967", "1.000 / 0.967"],
  ["blind3", "1.000 / 0.879", "1.000 / 0.862"],
  ["blind4", "0.988 / 0.889", "0.988 / 0.889"],
  ["blind5", "0.978 / 0.818", "0.979 / 0.855"],
  ["blind6", "0.980 / 0.845", "0.980 / 0.845"],
  ["blind7", "1.000 / 0.932", "1.000 / 0.932"],
  ["blind8", "1.000 / 0.887", "1.000 / 0.901"],
  ["blind9", "1.000 / 0.969", "1.000 / 0.969"],
  ["blind10", "1.000 / 0.915", "1.000 / 0.915"],
  ["blind11", "1.000 / 0.971", "1.000 / 0.985"],
  ["blind12", "1.000 / 0.918", "1.000 / 0.918"],
  ["blind13", "1.000 / 0.943", "1.000 / 0.943"],
  ["blind14", "1.000 / 0.941", "1.000 / 0.941"],
  ["blind15", "1.000 / 0.925", "1.000 / 0.925"],
])}

**The comparison's own names** (\`names.ts\`, \`NAME_CLASSES\`, applied by \`featuresOf\` to the key's text and title, so
neither the parse's fingerprint nor a stored key changes): each class lists one instrument's, indicator's or body's
names, the first the one the others become (\`采购经理指数\` → \`pmi\`, \`韩国综指\` / \`韩国综合指数\` → \`韩国kospi指数\`,
\`道琼斯指数\` → \`道指\`, \`纳斯达克综合指数\` → \`纳指\`, \`标普500\` → \`标普500指数\`, \`日经指数\` → \`日经225指数\`, \`联储\` →
\`美联储\`, Brent's and WTI's, CPI's and PPI's apart). Alone it joined no labelled pair: the two PMI misses share too
little text even with one name (a calendar feed's \`英国7月制造业PMI终值51.9，预期52.8，前值52.8\` against
\`标普全球8月3日发布数据显示，英国7月制造业采购经理指数报51.9\`), and with bare \`kospi\` / \`kospi指数\` in the KOSPI
class it joined a chip-ETF promotion (\`韩股KOSPI指数涨超18%\`, eastmoney 07-31 13:37) to the KOSPI alert of 13:30 through
one lead move (two wrong joins over the seven days; those two names were taken out). **A data release** (\`releases.ts\`,
\`compare.ts\` \`sameRelease\`): a text that opens in the calendar template (indicator, reading, \`预期\` or \`前值\`)
and a flash within \`strongWindowHours\` whose title opens with that indicator (names made one) and states the same
reading are one release; it found blind9's US and blind15's UK manufacturing-PMI pairs. Over the seven days stories
6676 → 6674: the two newly joined cross-feed pairs (\`groupKeys\` before and after) are exactly those two, both copies;
nothing parted. French and German, manufacturing and services or non-manufacturing releases stay apart (tests).

Session 21 (2026-12-02), precision / recall before (ce39e70 with blind14 labelled and measured first) and now
(\`pnpm eval:stories\`; "now" is the table above). blind14 was measured held out before any change; its misses were
read with every other set's, as classes, before the changes were written:

${bothBeforeNow([
  ["tune", "0.987 / 0.963", "0.987 / 0.975"],
  ["held", "1.000 / 0.974", "0.974 / 0.974"],
  ["new", "0.974 / 0.950", "0.974 / 0.950"],
  ["fresh", "1.000 / 0.878", "1.000 / 0.854"],
  ["unseen", "1.000 / 0.944", "1.000 / 0.944"],
  ["blind", "1.000 / 1.000", "1.000 / 1.000"],
  ["blind2", "1.000 / 0.967", "1.000 / 0.967"],
  ["blind3", "1.000 / 0.879", "1.000 / 0.862"],
  ["blind4", "0.988 / 0.878", "0.988 / 0.878"],
  ["blind5", "0.978 / 0.818", "0.979 / 0.855"],
  ["blind6", "0.980 / 0.845", "0.980 / 0.845"],
  ["blind7", "1.000 / 0.932", "1.000 / 0.932"],
  ["blind8", "1.000 / 0.887", "1.000 / 0.901"],
  ["blind9", "1.000 / 0.906", "1.000 / 0.922"],
  ["blind10", "1.000 / 0.915", "1.000 / 0.915"],
  ["blind11", "1.000 / 0.971", "1.000 / 0.985"],
  ["blind12", "1.000 / 0.918", "1.000 / 0.918"],
  ["blind13", "1.000 / 0.887", "1.000 / 0.887"],
  ["blind14", "1.000 / 0.941", "1.000 / 0.941"],
])}

**Tallies of one set of figures** (\`compare.ts\` \`sameFigures\`, \`StorySettings.minSharedFigures\`, 3): two flashes
within \`strongWindowHours\` that state at least three distinctive figures alike (value and unit, three significant
digits or more each) tell one story however each opens; a figure one of them writes a step apart
(\`85.70亿\` / \`85.71亿\`, unqualified) is the other's rounded, and only their first sentences' figures are read
against each other, as an article's are: further in, one feed's figure (\`毛利…同比增长43.2%\`) meets another quantity
of one measure (\`经调整利润…同比增长41.6%\`), while a later snapshot states its lead figure anew (the chip stocks'
open at 3.66% and their move past 5% minutes later, blind7, stay apart). Each day's southbound close comes as ths's and cls's
total with its leading stocks and eastmoney's list of the ten without the total
(\`南向资金今日净买入25.70亿港元。其中，阿里巴巴-W…15.49亿港元…\` / \`南向十大成交股中，阿里巴巴-W…15.49亿港元…\`), and ths
writes the total 25.71 where cls writes 25.70; the morning's margin balances likewise (\`减少297.59亿元\` / \`297.60亿元\`);
GAC's monthly sales (held) and Auntea Jenny's half year (blind9). **One close, whatever figures** (\`compare.ts\`
\`sameClose\`): two reports of one session's close within \`leadMoveWindowHours\` read their figures with
\`openDriftPoints\`, as two opens do, since the labels count one close as one story (a storage ETF \`暴涨近16%\` /
\`16.7%\` in two feeds' US closes of 2026-07-31). **Hong Kong's close told by its index** (\`moves.ts\` \`SESSION\`):
\`香港恒生指数收跌0.6%\` is the market's close, as \`港股收盘，恒生指数跌0.6%\` is (cls tells each day's close so).
**A period as a comparison's base** (\`instruments.ts\` \`COMPARED_WITH\`): \`占比较一季度提高0.9个百分点\` in MIIT's
half-year figures names no period the flash reports, so it no longer parts it from cls's \`上半年\` (blind13).
**Two agencies' bulletins of one quake** (\`quakes.ts\`, \`StorySettings.quakeMagnitudeSpread\`, 0.5): a first
sentence that states a magnitude (\`5.3级地震\`) and a minute is a quake; two such within \`particularsWindowHours\`,
naming a place in common, magnitudes at most 0.5 apart, are one quake when their minutes agree, at one time of day
when both state one clock, in any whole hour when one states the place's time (\`当地时间\`) and the other Beijing's:
the Japan Meteorological Agency's Kumamoto 5.8 at \`22时19分\` local time and the China Earthquake Networks Center's
5.3 at \`21时19分\`, Peru's institute's 5.7 at \`19时58分\` and the network's 5.6 at \`08时58分\` the next morning. A
bulletin carries its minute as a candidate signal (\`assign.ts\`), since two agencies' texts share few anchors. Over the
seven days stories 6699 → 6678, every changed story read: the five southbound closes and four margin-balance
mornings whose copies now join, a land auction's two cls write-ups (one lot, \`49.77亿元\`), Bayer's quarter, GAC's
sales, Auntea Jenny's results, the US close of 07-31 (three feeds), three Hong Kong closes (07-29, 07-31, 08-04: three
feeds each), MIIT's half-year 5G figures, the Kumamoto and Peru quakes; none parted.

Session 20 (2026-12-02), grouped precision / recall before (c3d8e19 on today's labels: blind13 labelled and
measured first, then five board labels changed, above) and now (\`pnpm eval:stories\`; "now" is the table above).
blind13's misses and its wrong join were read after it was measured and before the changes were written, so its
"now" is not a held-out figure:

${beforeNow([
  ["tune", "0.987 / 0.963"],
  ["held", "1.000 / 0.974"],
  ["new", "0.974 / 0.950"],
  ["fresh", "1.000 / 0.878"],
  ["unseen", "1.000 / 0.944"],
  ["blind", "1.000 / 1.000"],
  ["blind2", "1.000 / 0.967"],
  ["blind3", "1.000 / 0.879"],
  ["blind4", "0.988 / 0.878"],
  ["blind5", "0.978 / 0.818"],
  ["blind6", "0.979 / 0.810"],
  ["blind7", "1.000 / 0.932"],
  ["blind8", "1.000 / 0.873"],
  ["blind9", "1.000 / 0.906"],
  ["blind10", "1.000 / 0.894"],
  ["blind11", "1.000 / 0.971"],
  ["blind12", "1.000 / 0.898"],
  ["blind13", "0.978 / 0.849", "blind13 (labelled before the change, its errors read)"],
])}

**A bound passed, read seconds apart** (\`compare.ts\` \`readingsAgree\`): two flashes of one lead move
(\`sameLeadMove\`, within \`leadMoveWindowHours\`) may read their other percentages \`leadMoveDriftPoints\` (0.2) apart;
the drift is now measured between the intervals the wording allows, not between the values: \`SK海力士涨超25%\` and
\`涨超26%\` (\`[25, 26)\`, \`[26, 27)\`) touch, one stock crossing a bound between two feeds' readings of the KOSPI's 15%
(blind12) and of its 5% (\`三星电子涨超6%\` / \`涨超7%\`, blind6); \`涨超28%\` would not. **An hour stated alone**
(\`features.ts\` \`clockTimesIn\`): after a day (\`30日21时\`), an hour is a time of day, any of its minutes, and two
texts whose times never meet tell two events: Gansu's own flood response (\`30日11时\`) leaves the ministry's response
for Shaanxi and Gansu (\`30日21时\`, cls:2441884 and its copy), the wrong join session 19 left. **Whom a decision is
against** (\`features.ts\` \`decisionTargetsIn\`, \`compare.ts\` \`decisionTargetConflict\`): \`对X采取 / 出具 / 作出 /
给予 / 立案\` in a title or first sentence names the party; two items naming two parties, neither within the other,
are two decisions, though the officer's warning repeats the firm's findings word for word (blind13's wrong join:
\`证监会对国元证券采取责令改正措施\` / \`证监会对李洲峰采取出具警示函措施\`). **One rally's leader**
(\`moves.ts\` \`sameLeadBoard\`, \`assign.ts\` a \`board-leader\` signal): two board flashes in one direction whose first
listed stock is one are one move, under any two board names of one market (\`marketOf\`: the A-share \`医疗服务\` and
Hong Kong's \`港股医药外包\`, both led by 药明康德, stay apart); \`走出\` ends a stock's name in a list
(\`朗姿股份走出4天2板\`), \`扩大涨幅\` tells a board up, and an item naming the part that led (\`CXO方向领涨\`) is no
stock. Grouped blind6 0.810 → 0.845, blind8 0.873 → 0.887, blind10 0.894 → 0.915, blind12
0.898 → 0.918, blind13 0.978 / 0.849 → 1.000 / 0.887; pair by pair blind6 0.810 → 0.845, blind8 0.887 → 0.901, blind10 0.894 → 0.915,
blind13 0.849 → 0.887; no set loses a pair or gains a wrong join. Over the seven days stories 6704 → 6699, every
changed story read. Parted, each rightly: the Gansu response from the ministry's; the CSRC's warning to 李洲峰 from
its order to 国元证券; the EU's anti-dumping ruling on 苯甲醇 from its sunset review of 硅铁 (two targets, one minute);
the US strike that ended at \`29日22时\` from the one that began at \`29日20时\`; the rain warning issued at
\`3日18时\` from the one at \`4日06时\`, which ths's \`4日6时\` copy now joins; the 呼兰河 flood (\`2时30分\`) from the
黑龙江 one (\`18时\`); a 4.4 quake in Kumamoto (\`14时06分\`) from a 4.6 one off Miyagi (\`23时\`). Joined, each
rightly: the KOSPI's 15% and 5% moments (their stocks a bound apart), the SOX's 7% moment (\`涨约20%\` / \`20.80%\`), a
game rally (\`冰川网络涨超10%\` / \`11%\`), and under two board names with one leader the finance rally (ths's
\`证券\` joins \`非银金融\` and \`大金融\`: the non-bank / securities split), the PV, PCB, robot-reducer, beauty, CXO
(\`医疗服务\` / \`创新药\`) and two retail rallies. Left, read: copies written apart (paraphrases that share neither
wording, figures, nor particulars: most of the misses left in every set).

Session 19 (2026-12-02), grouped precision / recall before (26c1254, blind12 labelled and measured first) and now
(\`pnpm eval:stories\`; "now" is the table above). blind12's misses and its wrong join were read after it was measured
and before the changes were written, so its "now" is not a held-out figure:

${beforeNow([
  ["tune", "0.987 / 0.963"],
  ["held", "1.000 / 0.974"],
  ["new", "0.974 / 0.950"],
  ["fresh", "1.000 / 0.878"],
  ["unseen", "1.000 / 0.944"],
  ["blind", "1.000 / 1.000"],
  ["blind2", "1.000 / 0.967"],
  ["blind3", "1.000 / 0.879"],
  ["blind4", "0.988 / 0.878"],
  ["blind5", "0.978 / 0.818"],
  ["blind6", "0.979 / 0.807"],
  ["blind7", "1.000 / 0.915"],
  ["blind8", "1.000 / 0.871"],
  ["blind9", "1.000 / 0.906"],
  ["blind10", "1.000 / 0.913"],
  ["blind11", "1.000 / 0.971"],
  ["blind12", "0.977 / 0.857", "blind12 (labelled before the change, its errors read)"],
])}

**One board's move under two names** (\`moves.ts\` \`sameLeadBoard\`): a feed names a rally's board, another the
board's other name or the sub-board that led it (\`普钢板块\` / \`钢铁板块\`, \`输变电设备板块\` / \`电网设备板块\`,
\`非银金融板块\` / \`大金融板块\`). Read from the seven days first: every two feeds' board flashes under two names
within ten minutes that list a stock alike (65 pairs) were listed, with the labels seven of them carry. Shared stocks
do not tell one board from two (\`美容护理\` / \`日化用品\`, labelled two, list five alike with one limit-up leader;
\`普钢\` / \`钢铁\`, labelled one, four); the names do: names of one board share its head, the last character of one
name ending or opening the other (钢, 备, 融), while the boards labelled apart are named apart (\`光伏\` / \`硅料硅片\`,
\`医疗服务\` / \`创新药\`, \`免税\` / \`零售\`). So two board flashes in one direction under such names are one move when
they list at least \`minSharedBoardMembers\` (2) stocks alike (\`LeadBoard.members\`, the stocks after the first clause);
a board's first and last characters are candidate signals (\`assign.ts\`), so the grid rally's copies, which share
few text anchors, are compared. \`回升\` and \`上扬\` now tell a board up (\`电网设备板块震荡回升\` told no direction). A
first form, any character of one name in the other, also joined cls's A-share \`创新药\` board with Hong Kong's
\`港股医药外包\` (药 modifies 外包 there), and was not kept. **One broker's target prices for two companies**
(\`features.ts\` \`leadTargets\`, the subjects guard of \`compare.ts\`): \`富国银行将亚马逊目标股价…，将苹果目标股价…\` and
\`富国银行将壳牌目标价…\` eight minutes later compared alike (other subjects, so no figure disagreed); each text now
names a company whose target price the other never names, and the two are parted (blind12's wrong join). **A figure
worded apart** (\`compare.ts\` \`statesEvery\`): a results flash's \`同比增长18.48%\` is another feed's \`较上年同期增加18.48%\`,
and the measure words paired it with the longer text's one \`同比增长\`, its 扣非 43.78%; when the longer text states
every figure of the shorter exactly, a figure of at least \`distinctiveDigits\` significant digits no longer parts
them (First Capital's and Ferrari's results in blind12). A first form, the one figure stated anywhere in the longer
text, also joined an ETF-flows roundup with a piece on one ETF whose scale it states (\`860.57亿元\`, not the piece's
growth), and was not kept. Grouped blind6 0.807 → 0.825, blind7 0.915 → 0.932, blind8 0.871 → 0.886, blind12
0.977 / 0.857 → 1.000 / 0.898; pair by pair blind8 0.886 → 0.900, blind12 0.878 → 0.918; no set loses a pair. Over the
seven days stories 6711 → 6704, all read: the steel rally (ths's \`普钢\`), the finance rally (eastmoney's \`非银金融\`,
cls's \`大金融\`) and the grid rally join their other names; Wells Fargo's Amazon and Apple raise (two copies) leaves its
Shell raise (two copies); Meta's capex guidance, the insurers' half year, Ferrari's quarter, First Capital's half year
and 嘉亨家化's tender-offer result join a copy each that words a figure apart.
**A commentator named later in the text is left**: in the seven days a text names an institution's view after its
opening (\`…。消息面上，机构研报指出，…\`, \`…。分析人士指出，…\`) in 33 stories whose other copies never name it, and every one
was read: all but one are a copy that goes on past the other's text (cls's board flashes add the news behind the move,
a central bank's decision its analysts' reading), one story; the one other is a wrong join of another kind, left for
the next session (ths:678548443, Gansu's own flood response at 11:00, with the ministry's response for Shaanxi and
Gansu at 21:00, cls:2441884 and its copy), the view in it a weather bureau's. No text opens with a preamble and then the view
(\`针对…，中金认为，…\`). A guard on such a later view would part those copies; none is wanted.

Session 18 (2026-12-02), grouped precision / recall before (51c9869, blind11 labelled and measured first) and now
(\`pnpm eval:stories\`; "now" is the table above). blind11's misses were read with the others before the change
was written, so its "now" is not a held-out figure; blind10 is the one set no session-18 rule was read on:

${beforeNow([
  ["tune", "0.987 / 0.963"],
  ["held", "1.000 / 0.974"],
  ["new", "0.974 / 0.950"],
  ["fresh", "1.000 / 0.878"],
  ["unseen", "1.000 / 0.944"],
  ["blind", "1.000 / 1.000"],
  ["blind2", "1.000 / 0.967"],
  ["blind3", "1.000 / 0.879"],
  ["blind4", "0.987 / 0.867"],
  ["blind5", "0.978 / 0.818"],
  ["blind6", "0.979 / 0.807"],
  ["blind7", "1.000 / 0.915"],
  ["blind8", "1.000 / 0.857"],
  ["blind9", "1.000 / 0.906"],
  ["blind10", "1.000 / 0.913"],
  ["blind11", "1.000 / 0.926", "blind11 (labelled before the change, its misses read)"],
])}

**The misses of blind5, blind6 and blind8 by class** (31 grouped on 51c9869, every one read): 22 are **write-ups
apart** that share no title, figure or passage the rules could read (\`BP宣布将启动流程以寻求出售北海业务\` /
\`bp启动北海业务出售程序\`, \`1拆3的股票分拆\` / \`3比1的股票拆分\`, a speech's title and one passage of it, a
dividend flash and a results list that carries it, a Politburo readout led by its capital-market passage); 4 are
**grouping losses**, pairs that compare alike but land in two stories: a copy whose text anchors fall short of a
candidate (CICC's note on the Fed, one title, 6 of 63 text anchors shared), the half rule (the mining truck's copy
matches one of three earlier copies; the NDRC's AI answer one of three of the first answer's story) and a middle copy
a figure parts (兆易创新's holder's sale, \`持股比例4.94%\`); 3 are **one moment's readings a guard parts**
(Samsung \`涨超6%\` / \`涨超7%\` in one KOSPI alert, a SOX alert that lists the Dow first, a Seagate flash whose
title and text state two revenues); 2 are **one rally under two board names** (\`普钢板块\` / \`钢铁板块\`,
\`输变电设备板块\` / \`电网设备板块\`). blind11's five were two A-share reviews, a meeting's closing lines under its
title, a BMW offer written twice and one of the midday reviews again.
**A title's words find candidates** (\`storyAnchors\`): a title's character triples count with its text's, so two
feeds that copy one title and write their texts apart are compared (the BSE meeting: eastmoney gives its closing
lines, cls its opening, 3 of 42 text anchors in common; CICC's note). A title's words are mostly its text's, so the
share two texts need barely moves; tried first as \`signalWeight\` anchors for the whole title, which raised that
share for every two items under different titles and parted four labelled copies (tune's Russian fuel ban,
blind4's midday review, blind6's Kioxia fall, blind7's Coinbase drop). **An A-share review is a session report**
(\`moves.ts\`): a review that names no market (\`午评：…\`, \`收评：…\`) is the A-share market's, and a market may
name its index group before the session (\`A股三大指数收涨\`); two reports of one session are not parted by the
session words their texts go on to use (\`compare.ts\`: cls ends its midday review \`截至收盘，…\`, a review tells the
morning's \`高开\`), which parted them when session 17 tried the first half alone. Pair by pair blind3 0.845 →
0.862, blind4 0.867 → 0.878, blind5 0.836 → 0.855, blind11 0.956 → 0.985; grouped blind4 0.867 → 0.878, blind8 0.857
→ 0.871, blind11 0.926 → 0.971; no set loses a pair or gains a wrong join. Over the seven days stories 6719 → 6710,
all read: the A-share midday reviews of 07-29, 07-31 and 08-04 and the closes of 07-29, 07-30 and 08-03 each
gather their feeds' reports (eastmoney's \`【午盘播报】\` of 07-31 is left alone: its title names no session and
the tag is dropped with the headline brackets, and ths's review, which it had joined, now joins the other three);
the BSE meeting, a cross-border parcel piece under
one title, and Trump's and Bessent's confirmations of one yen intervention join. One grows a wrong join: CICC's
note (four copies) joins the story its ths copy had joined on base, an overnight Fed-decision piece 57 minutes
earlier that states the note's figures (\`9比3\`, \`3.5%至3.75%\`: corroborated within \`strongWindowHours\`); the
mixed-story check still finds no story about two things (the two copies compare alike). Grouping the seven days
asks \`compareFeatures\` 99,080 times, 102,138 on 51c9869 (0.970×): the titles that share the text's words add
few candidates, and under different titles a pair now needs a little more in common.
**A note on an event is not the event** (\`announcer.ts\`: \`leadingCommentator\`, \`compare.ts\`: \`commentary\`): a
text that opens with an institution's view (\`中金指出，…\`, \`中金公司研报称，…\`: a name, then a research note
saying or a verb of judgement — \`指出\`, \`认为\`, \`预计\`; not \`表示\`, \`称\` or an agency's \`发布报告称\`, the
event itself) is another story than a report whose title and text never name that institution, and two
institutions' views are two stories (\`银河证券\` is \`中国银河证券\`). It is a guard (\`aboutAnotherThing\`), so a
note cannot join a story through a copy it agrees with. The seven days 6710 → 6711: CICC's note (four copies)
leaves the Fed-decision piece, and nothing else moves; tried first with \`报告称\` and one-way name containment, it
also parted a Japanese earthquake's copies (\`日本气象厅…发布报告称\`) and 银河证券's note from its own copy. No
labelled pair's verdict moves in any set (every set's figures as above).
**Rallies under two board names are left** (\`普钢板块\` / \`钢铁板块\` in blind6, \`输变电设备板块\` / \`电网设备板块\` in
blind8): no table in the project relates board names (no sector vocabulary holds \`普钢\` or \`电网设备\`), and two
board names in one flash are boards listed side by side, different boards, so their co-occurrence cannot say two
names are one board. The evidence a data-driven rule would read is the stocks each alert lists (the steel pair
shares 4: 柳钢股份, 安阳钢铁, 本钢板材, 马钢股份; the grid pair 2: 双杰电气, 三变科技), but two boards do share
limit-up stocks at one moment (\`compare.ts\` keeps two boards' flashes apart for that reason), and a threshold set on
the only two labelled pairs would be tuned on them: label board pairs under different names first.

Session 17 (2026-12-01), grouped precision / recall before (54787e7, blind10 labelled and measured first; blind10
was never tuned on) and now (\`pnpm eval:stories\`; "now" is the table above):

${beforeNow([
  ["tune", "0.975 / 0.963"],
  ["held", "1.000 / 0.974"],
  ["new", "0.974 / 0.950"],
  ["fresh", "1.000 / 0.878"],
  ["unseen", "1.000 / 0.944"],
  ["blind", "1.000 / 1.000"],
  ["blind2", "1.000 / 0.967"],
  ["blind3", "1.000 / 0.879"],
  ["blind4", "0.975 / 0.856"],
  ["blind5", "0.978 / 0.818"],
  ["blind6", "0.979 / 0.807"],
  ["blind7", "1.000 / 0.915"],
  ["blind8", "1.000 / 0.857"],
  ["blind9", "1.000 / 0.906"],
  ["blind10", "1.000 / 0.913", "blind10 (labelled before the change)"],
])}

The wrong joins the seven days' stories hold, read as classes (session 16 found them when a copy followed its
twin). **A dated announcement** (\`announcer.ts\`): a feed that dates an announcement names its company after
the date (\`8月3日，华北制药公告，…\`, \`7月29日晚间，兆日科技发布公告称，…\`: 83 items of the seven days open so),
which the announcer guard did not read, so two companies' wins in one national tender (华北制药, 中国医药), two
companies' buyback loans from one bank (长源东谷, 矩子科技) and two companies' risk warnings (*ST椰岛, 瑞贝卡) were
one story each. **A snapshot's headline after its moment** (\`compare.ts\`): a market's alerts share their
headline words at every moment (\`韩国KOSPI指数…SK海力士跌超…\`), and a headline lowered the containment a copy
needs; after \`leadMoveWindowHours\` (a quarter of an hour) a flash that tells a market's state (\`marketSnapshot\`)
is no longer corroborated by its headline, only by its wording or a distinctive figure, so the KOSPI below 6000
at 09:14 no longer chains to the KOSPI down 5% at 10:01, whose copies now join it. Stories 6713 → 6715: the four
stories parted and the one joined were all read; no labelled pair changes.
**A company's share move quoting its report** (\`compare.ts\`, \`aboutCompanyMove\`): a flash that opens with a
company's or a contract's move (\`namedMoveOf\`) under a title that tells the move (or no title) and a flash whose
first sentence tells no move were kept apart only when the second never names the company; the report the move
quotes always names it, so the move joined the report's story and chained its copies there (Microsoft's move during
the call with its guidance, Apple's after-hours fall with its guidance: blind4's and tune's wrong joins). They are
now two stories whether or not it is named, as the labels count them; a flash titled with the report that opens
with the move (\`高通第三季度经调整营收99.5亿美元\` over \`高通盘后跌超4%，公司第三季度…\`, blind9) is the report.
Tried first for every move (an index's, a board's, a turnover milestone's): it parts two feeds' turnover milestones
where one opens with \`据同花顺iFinD数据，\` and a KOSDAQ circuit breaker, 13 labelled copies across nine sets.
tune grouped 0.975 → 0.987 precision, blind4 0.975 / 0.856 → 0.987 / 0.867 (Microsoft's move joins its copy); no
other set moves. Over the seven days stories 6715 → 6719, all read: Microsoft, Apple and Amazon (AWS's backlog,
then the after-hours rise) each part into the report and the move; Caterpillar's results and its premarket rise,
Corvex's agreement and its premarket jump, Bezos's planned sale and the after-hours fall that quotes it part too.
**A dated session report** (\`moves.ts\`): a title that dates a session first (\`8月4日港股收盘：恒指跌0.6%…\`)
reports it, as \`港股收评：…\` does: blind9's Hong Kong close of 08-04 is found pair by pair (0.906 → 0.922), not
grouped (the third feed's close joined first and parts from it on a figure); over the seven days one close of
07-31 regroups (its three reports are one close; ths now joins eastmoney instead of cls). Tried with it and
dropped: a review that names no market (\`午评：…\`, \`收评：…\`) as the A-share one, which parts blind3's and
blind4's midday reviews from the stories they joined (grouped 0.879 → 0.862, 0.867 → 0.856).

Session 16 (2026-12-01), grouped precision / recall before (35cb6ef, blind9 labelled and measured first; blind9
was never tuned on) and now (\`pnpm eval:stories\`; "now" is the table above):

${beforeNow([
  ["tune", "0.975 / 0.963"],
  ["held", "1.000 / 0.974"],
  ["new", "0.974 / 0.950"],
  ["fresh", "1.000 / 0.878"],
  ["unseen", "1.000 / 0.944"],
  ["blind", "1.000 / 1.000"],
  ["blind2", "1.000 / 0.967"],
  ["blind3", "1.000 / 0.879"],
  ["blind4", "0.974 / 0.844"],
  ["blind5", "0.978 / 0.800"],
  ["blind6", "0.979 / 0.807"],
  ["blind7", "1.000 / 0.915"],
  ["blind8", "1.000 / 0.843"],
  ["blind9", "1.000 / 0.906", "blind9 (labelled before the change)"],
])}

**Paraphrases of one flash in the same minutes** (\`closeHeadlineShare\`, \`closeHeadlineWindowHours\`): two
flashes published within 3 minutes whose titles each find half their rare character pairs in the other item
(not 0.7, as \`crossHeadlineShare\` asks within 18 minutes) are strongly corroborated, provided both titles
write the same numbers when both write any and both lead with one board or move when both lead with one (two
boards sharing a limit-up stock, blind6); every guard still applies. blind4, blind5 and blind8 gain a pair
each (a Houthi strike, Citi's note on Kingboard, the Gansu warning); blind9 stays 1.000 / 0.906. blind3–8's misses were read by class
first: 45 of 63 are independent write-ups the texts do not show alike, 8 copies the pair finds but grouping
puts apart, 10 figures or leads a guard parts. A second feed writing one flash up seconds to a minute later
keeps its parties and swaps a verb or a noun (\`打击一艘沙特籍油轮\` / \`用弹道导弹袭击了一艘沙特船只\`); two
statements of one briefing come further apart, or share the speaker alone. Tried and dropped: the half share
within 6 minutes (it joins the statistics bureau's release with its statistician's reading, blind6 precision
0.958) and 0.4 (it joins two countries' anti-dumping rulings and two people's investigations of one company);
without the numbers check the half share joined two positions of one CFTC report (held) and two targets of one
power plan. Over the seven days it joins 6 more (stories 6716 → 6710), all read: a Houthi strike, the Gansu
warning, Citi's note on Kingboard, Ant's rumour denial, two companies' announcements told twice (明新旭腾;
东阳光's support plan, where the increase joined the buyback flash that tells both); and one A-share close
regroups (ths now with cls instead of eastmoney: all three are one close, an order loss left as it was).
**Digests of a day** (\`compare.ts\`): two digests (numbered lists) are one piece only on one day under titles that
agree (\`headlineCorroboration\`). The mixed-story check cannot see a two-copy story (its copies joined because the
pair compared alike), so the seven days' stories whose copies span two days were read instead (27): two held two
digests of one feed on two days (cls's evening and next-morning digests; its premarket roundup of 07-30 and 07-31,
long enough to be compared in the article window), and parting them showed a third, one day's overnight roundup
with the morning's digest. Stories 6710 → 6713; no labelled pair changes. The rest are copies and next-morning
write-ups of one announcement.
**A copy follows its twin** (tried, dropped): letting an item that contains, or is contained in, one copy of
a story (containment ≥ 0.95) join it past the half rule found 2 labelled pairs (Microsoft's move, the mining
truck) but grew 6 of the 9 stories it touched through an earlier look-alike join (a KOSPI alert chained to the
next snapshot, two companies' procurement wins, two drills of one theatre 8 hours apart) and joined two answers
of one press conference through a copy whose text is the briefing's preamble alone.

Session 15 (2026-12-01), grouped precision / recall before (b2bf267, blind8 labelled and measured first; every
set on the settled labels, so tune and blind4 differ from session 14's "now") and now (\`pnpm eval:stories\`; "now"
is the table above):

${beforeNow([
  ["tune", "0.974 / 0.950"],
  ["held", "1.000 / 0.974"],
  ["new", "0.974 / 0.950"],
  ["fresh", "1.000 / 0.878"],
  ["unseen", "1.000 / 0.944"],
  ["blind", "1.000 / 1.000"],
  ["blind2", "1.000 / 0.967"],
  ["blind3", "1.000 / 0.879"],
  ["blind4", "0.974 / 0.833"],
  ["blind5", "0.977 / 0.782"],
  ["blind6", "0.979 / 0.807"],
  ["blind7", "1.000 / 0.898"],
  ["blind8", "1.000 / 0.843", "blind8 (labelled before the change)"],
])}

**Reports of one open** (\`moves.ts\`, \`openDriftPoints\`, \`openWindowHours\`): an index group's open
(\`美股三大指数集体低开\`, \`欧洲主要股指开盘集体上涨\`, \`日韩股市集体高开\`), in the first sentence or in the title
alone (\`欧洲主要股指集体高开\` over a text that opens with the Stoxx 50's figure), reports that market's open, as
\`美股开盘\` did; \`美股高开高走，三大指数集体收涨\` tells the day at the close. Two reports of one open within
\`openWindowHours\` (0.1 h: on the seven days every feed's report of an open came within 2 minutes of the others)
may read their figures \`openDriftPoints\` (1 point) apart and list the indexes in their own order (the
markets-in-order guard is for flashes led by two members of a family; here the session names the market).
Over the seven days (\`groupKeys\` on b2bf267 against this tree) it joins 16 cross-feed pairs within 30 minutes and
parts none; all 16 were read: two or three feeds' reports of one open, four US opens and three European ones. Tried
first with the drift window of a lead move (0.25 h), it also joined an ETF's write-up about the Hong Kong open
14 minutes after the reports (\`港股高开！机构：…\`), and read \`美股高开高走\` as an open. tune, blind4, blind5
and blind7 each gain their open pair; blind8 has none.
It also parts, further apart than the 30 minutes looked at, the US close (04:00, which opens by restating the Fed's
decision) from the decision's story (02:00): with its title read as \`美股:close\`, the close is a reaction, as the
labels count it.
**Stories whose copies disagree** (\`test/mixed-stories.ts\`; the count is in the last paragraph of this section
and a test): every two copies of each story of the seven days asked of \`compareFeatures\`. On b2bf267, 6 stories
held two copies a guard parts: 3 about two things (an overnight digest's headline with the next morning's digest,
twice; the euro area's, the UK's and the US's July PMIs, joined through one figure, 51.9) and 3 with figures or
times apart (the Fed's decision with the US close, Microsoft's guidance with the call's share move, three feeds' WTI
alert with quotes 0.08 apart). An item joined a story when it was a copy of half its copies and agreed with its
founder; now it must also not be about another thing (\`aboutAnotherThing\`: a digest and a single story, two
instruments, announcers, places, documents, securities or companies, one instrument moving two ways) than any
copy of the story. Figures and times are still asked of the founder alone: two feeds' readings of one moment differ
in a figure (\`78.67\` / \`78.59美元/桶\`), which parts a pair, not a story. The euro area (\`欧元区\`) is a place
(\`places.ts\`). Now 0 stories hold copies about two things and 3 hold copies whose figures or times disagree (the
US close's Micron at 9% read apart, the WTI alert, and Microsoft's story, where the call's share move is a copy of the
guidance by wording: what the labels call two flashes of one call is not a guard's call). Over the seven days this
parts the digests and the PMIs (stories 6713 → 6716) and changes no labelled pair and no cross-feed pair within 30
minutes.


Session 14 (2026-12-01), grouped precision / recall before (f0b1e0e, blind7 labelled and measured first) and now
(\`pnpm eval:stories\`; "now" is the table above):

${beforeNow([
  ["tune", "0.974 / 0.962"],
  ["held", "1.000 / 0.974"],
  ["new", "0.974 / 0.950"],
  ["fresh", "1.000 / 0.878"],
  ["unseen", "1.000 / 0.944"],
  ["blind", "1.000 / 1.000"],
  ["blind2", "1.000 / 0.967"],
  ["blind3", "1.000 / 0.879"],
  ["blind4", "0.973 / 0.820"],
  ["blind5", "0.977 / 0.782"],
  ["blind6", "0.979 / 0.807"],
  ["blind7", "1.000 / 0.898", "blind7 (labelled before the change)"],
])}

**The move grammar** (\`moves.ts\`): a move told in two clauses, a verb that says which way it went and no
figure, then a clause of its size that opens with the direction after at most a word of when
(\`苹果盘后下挫，现跌2%\`, \`韩国综指继续下跌，日内大跌10%\`, \`恒生科技指数延续下跌，跌幅扩大至1.0%\`), is the lead move of
its instrument or named company, as \`苹果美股盘后跌超2%\` is; so is a move after a clause that says after what
it came (\`财报公布后，\`). It is then an anchor that proposes the two alerts to each other (they share no anchor
of their text) and a same move to \`compareFeatures\`; every guard still decides. Not read as a move's size: a
clause that names another thing (\`…走强，哔哩哔哩涨超5.5%\`), an earlier move (\`此前一度跌超9%\`), another
direction, or a turn (\`盘初快速转跌，现跌超1.2%\`: the labels count a turn and a move's threshold as two moments,
tune's KOSPI pair at 1.2% and 1%). \`ADR\` after a name is a listing, like a share class (\`SK海力士ADR\`). Over the
seven days it joins 11 cross-feed pairs, all read: 9 are two feeds' alerts of one move (KOSPI at 8% and at 10%,
the Hang Seng Tech at 1%, Apple after its results, Novo Nordisk premarket) and 2 are doubtful (the Nikkei's
\`涨幅扩大至2%\` at 08:09 and 08:11 and \`扩大涨幅，上涨2.8%\` at 08:15: a threshold and a later reading inside it,
which \`sameLeadMove\` already lets meet when told in one clause); it parts 4, CXMT's intraday rise and its
reprints 70 minutes and 3.5 hours later, now held to \`marketSnapshotWindowHours\` as a market snapshot. blind4
gains Apple's after-hours fall and the KOSPI at 8%; no other set changes. blind7's six misses are write-ups worded
apart (the financials rally led by Hualin Securities, two ETFs past 10 billion, SK Hynix's and Standard
Chartered's results, OpenAI's investors) and two feeds' readings of one US open, each index 0.06 to 0.14 points apart.
Tried and not kept, measured on every set: **an index group's open as a session** (\`美股三大指数集体高开\`,
\`欧洲主要股指开盘集体上涨\` read as \`美股:open\`, \`欧股:open\`) joins blind4's US open 14 seconds apart, labelled two
snapshots (every index figure differs), while blind5 labels the European open seconds apart one story: the sets
disagree on two feeds' readings of one open, so no rule is kept. **Write-ups worded apart told by their
particulars without an event word** (\`particulars.ts\` asks for one): a rare name and a distinctive figure in
common within 30 minutes gains no grouped pair and joins a blind3 pair wrongly, with three or more names within 18
minutes it changes no pair (the misses written apart share no distinctive figure); four rare names in common within
18 minutes and no figure finds one to three pairs a set but joins wrong ones in blind, blind3, blind5 and blind6 (grouped precision down to 0.939).
**Opposite moves** (\`compareFeatures\`): two flashes that lead with one instrument or name moving two ways are
two moments (\`韩国KOSPI指数跌幅扩大至2%\` at 08:43, \`韩国KOSPI指数涨幅扩大至2%，此前一度跌2%\` at 09:10, which shared the
figure and the chip makers and were one story). No labelled pair changes; over the seven days it moves that one
flash from the fall's story to the rise's, and changes nothing else.
**A copy that follows its twin** (\`assignStory\`): an item whose text is found whole in the opening of one member
of a story, within the hour, joins that story even when it is a copy of fewer than half of the story's copies
(blind5's mining truck and blind4's Microsoft move are cut off from their twin so, by copies the twin joined first).
It gains those two pairs with precision unchanged on every set, but 7 of its 9 merges over the seven days carry an
item into a story that already holds two (the KOSPI at −2% and at +2%, Microsoft's move and its guidance, two
answers of one press conference, Apple's guidance and its after-hours fall): it waits for a grouping that keeps
such stories apart.

Session 13 (2026-12-01), grouped precision / recall before (43bb53f, blind6 labelled and measured first) and now
(\`pnpm eval:stories\`; "now" is the table above):

${beforeNow([
  ["tune", "0.974 / 0.962"],
  ["held", "1.000 / 0.974"],
  ["new", "0.974 / 0.950"],
  ["fresh", "1.000 / 0.878"],
  ["unseen", "1.000 / 0.944"],
  ["blind", "1.000 / 1.000"],
  ["blind2", "1.000 / 0.967"],
  ["blind3", "1.000 / 0.862"],
  ["blind4", "0.973 / 0.809"],
  ["blind5", "0.977 / 0.764"],
  ["blind6", "0.978 / 0.789", "blind6 (labelled before the change)"],
])}

Two general changes, designed on the misses of tune and the earlier sets, none keyed to a pair. **Markets told
in another order** (\`instrumentConflict\`): two flashes that lead with different members of one family are two
stories unless each text names the member the other leads with, as one moment's two-market report does
(\`韩国KOSPI指数开盘下跌3.6%…；日经225指数低开0.82%…\` / \`日经225指数低开0.82%…韩国综指低开3.60%…\`); their figures
then decide. Either text naming the other's lead would do more (blind6's SOX rally under a Dow-led US roundup) but
joined a held and a blind2 pair wrongly, so both must. **A central bank's rates** are instruments of one family
(\`policyRate\`: the policy rate, the discount rate, the rate on reserves, the reserve ratio, LPR): one decision's
policy-rate and discount-rate flashes a minute apart (blind5's one pair-by-pair wrong join) are two stories.
Over the seven days the two change nine stories, all joins of one moment's reports read as copies (Japan and Korea's
opens on five days, A-share midday and close reviews), and part none (one copy of 07-31's midday review moves
between the two stories that day's reviews still make). blind6 held out moves 0.789 → 0.807.
**Grouping that keeps what pairs find** was built and measured, and not kept: a merge of two open stories when an item
is a copy of members of both, at least half of the two stories' cross pairs are copies and no guard parts any of them
(checked apart from wording, which hides the guards). It found blind4's KOSPI 8% pair, and over the seven days merged
20 stories of which about half were wrong (a Politburo readout with the next hour's symposium, a completed buyback
with a new plan, Taiwan's index at 6.6% and 7%, two warnings of one evening): merging exposes pair-by-pair false
joins that the rule an item joins a story by (half of the story's copies, and its founder) keeps out; counted without
the linking item it still merged the Politburo pair; a strict majority left three merges and no labelled gain. A store
assigns stories without regrouping, so a merge would also have to relabel stored copies. What the grouping order
loses on the labelled sets (blind4 3, blind5 2) is mostly not order: a copy no anchor proposes (Apple's after-hours
fall worded \`财报公布后，苹果盘后下挫，现跌2%\`), a truncation that matches one of three members, figures that disagree.
**Figures read apart**: figures already agree by their rounding (\`2.6%\` is \`[2.55, 2.65)\` and meets \`2.63%\`;
\`涨超16%\` meets \`16.56%\`); of the eight pairs of all sets missed on figures, none is a rounding of the other
(\`36.5亿\` / \`36.29亿\`, \`0.2%\` / \`0.36%\`, KOSPI's close \`5593.56\` / \`5586.81\`, Samsung \`涨超6%\` / \`涨超7%\`):
they are two readings, which only a per-pair tolerance would join. blind6's 11 misses after the change: eight write-ups
worded apart (Seven & i's stake, the FAA rule, MLCC prices, the CMA's probe, LG Energy, a steel rally, Zhongmiao,
Vale's dividend inside its results), Wu Qing's speech title and a passage of it, the SOX rally under a Dow-led
roundup, and the KOSPI moment with Samsung at 6% and 7%; its wrong join: Pulit's two announcements of one evening.

Session 12 (2026-12-01), grouped precision / recall before (0570a7a) and now (\`pnpm eval:stories\`; "now" is the
table above):

${beforeNow([
  ["tune", "0.974 / 0.962"],
  ["held", "1.000 / 0.961"],
  ["new", "0.974 / 0.950"],
  ["fresh", "1.000 / 0.878"],
  ["unseen", "1.000 / 0.917"],
  ["blind", "1.000 / 1.000"],
  ["blind2", "1.000 / 0.933"],
  ["blind3", "1.000 / 0.828"],
  ["blind4", "0.973 / 0.809"],
  ["blind5", "0.977 / 0.764", "blind5 (labelled after the change)"],
])}

The change, for the class of independent write-ups of one event, was designed on the misses of tune and the earlier
sets and on the seven days' new joins, and is general: **the particulars of one event** (\`particulars.ts\`). Two
flashes within \`particularsWindowHours\` (0.5 h) that use one event word (\`EVENT_ACTIONS\`: \`空袭\`, \`袭击\`,
\`地震\`, \`认证\`, \`漏洞\`, \`收购\`…; not \`表示\` or \`发布\`) and state at least \`minParticularKinds\` (3) kinds of
particulars alike, counting that word, among who (a three-character run of their title or first sentence none of
whose character pairs is a common word: \`精确打\`, \`高精度\`, \`适航认\`), a name in Latin letters (\`coldcard\`,
\`faa\`), where (\`PLACES\`) and a distinctive figure, are strongly corroborated: neither wording nor first
sentences need agree, and every guard still decides. What one event's write-ups share and two stories of one kind
do not: who speaks is kept apart from the particulars (one official's two statements share only the speaker), two
items whose first sentences each name a speaker the other names nowhere are two statements (Japan's finance
minister and its top currency official, each \`对外汇干预不予置评\`; two regions' governors on two drone attacks),
first sentences that state figures of one unit and none alike tell two events (one maker's two recalls,
\`86,543辆\` / \`47587辆\`), and a digest, or a roundup's headline given alone (\`…要闻：A，B，C\`), has no
particulars. Tried first without those three exclusions, it joined 20 cross-feed pairs within 30 minutes on the
seven days, 7 of them wrong (the two officials, the two governors, the two recalls, one official's two statements, a
roundup's headline and one of its items); with them, \`groupKeys\` over the 11,338 records (0570a7a against this
tree) newly joins 9 and parts none, and all 9 were read as copies: the Iraq strike, US strikes on Iran reported
through Axios (cls and eastmoney each with ths), the blasts in Kyiv (the same), US precision missiles used up, the
Coldcard theft, the 737 MAX 7 certification and Zijin's ended takeover. A name counts when one of the two states it
outside who speaks (\`美国阿克西奥斯新闻网站…报道称\` names as its speaker the outlet the other reports through). It
finds a held, an unseen, two blind2 and two blind3 pairs, and no labelled pair is newly joined wrongly. Still missed:
write-ups that share no event word, or fewer than three kinds of particulars (a divorce, a drug procurement opening,
BMW's severance offer, Lei Jun's post, Michigan sentiment, the Houthi strike).
**blind5**, labelled after the change and measured on this tree and on 0570a7a alike, gives the honest figure:
0.977 / 0.764 grouped on both; the change finds none of its 13 missed copies, and joins none of its pairs wrongly.
Its misses are not mostly write-ups of one event: two copies a pair by pair finds that the grouping order puts in
two stories (a holder's sale, a mining truck), one open and one results flash whose figures two feeds read apart
(\`富时100指数涨0.2%\` / \`涨0.36%\`, \`36.5亿美元\` in one text and \`36.29亿美元\` in both titles), one remark quoted
in other words (Warsh on inflation expectations, OpenAI's CFO), a copy under a headline of its own (Citi on Kingboard,
SK Hynix's capex, ForgeStencil, the A-share close, the US indices after the Fed), Brent at 87 told through Trump's
remarks, and one launch written as Wenchang's 50th. Its wrong join: core PCE and PCE, two figures of one release that
state \`环比…0.1%\` alike.

Session 11 (2026-11-30), grouped precision / recall before (main at cc153d7, blind4 labelled and measured first) and
now (\`pnpm eval:stories\`; "now" is the table above):

${beforeNow([
  ["tune", "0.987 / 0.962"],
  ["held", "1.000 / 0.961"],
  ["new", "0.974 / 0.950"],
  ["fresh", "1.000 / 0.878"],
  ["unseen", "1.000 / 0.917"],
  ["blind", "1.000 / 1.000"],
  ["blind2", "1.000 / 0.933"],
  ["blind3", "1.000 / 0.828"],
  ["blind4", "0.971 / 0.764"],
])}

blind4's 21 held-out misses: eleven independent write-ups of one event (Michigan sentiment at 55.2, the yen's surge
and talk of intervention, a joint letter of AI staff, a Houthi strike on a tanker, the ChiNext's year-to-date gain
erased, gold-jewellery prices, Apple after hours, a White House AI meeting, Lei Jun's post, the *ST Nandu sale, one
Kumamoto quake under two agencies' magnitudes), two A-share midday reviews told two ways, four market moments with
the same figure (KOSPI down 8%, WTI up 7%, SC crude up 5%, US indices up over 1%), a roundup and its truncation, an
evening-news digest and its opening line, an EIA release told in full and in one line, and one Microsoft move told
twice. Its 2 wrong joins: two passages of one plan (Sichuan's 2028 and 2026 computing targets) and Microsoft's move
against its guidance, two flashes of one earnings call.
Then the misses were read as classes, and three general changes made, none keyed to a pair. **A price read a little
apart within one move** (\`leadMovePriceDrift\`, 0.001 of the value): two feeds' alerts that lead with the same move
(instrument, direction, figure) within \`leadMoveWindowHours\` read its quote seconds apart
(\`WTI原油大涨7%，现报84.82美元/桶\` / \`WTI原油日内涨7%，现报84.81美元/桶\`, a Nikkei level 60491.81 / 60490.58); a later
snapshot states another move, which the number guard still parts. **One moment under one title**: two flashes within
\`leadMoveWindowHours\` that state the same title telling a move (\`美股三大指数均涨超1%\`) may read their other
percentages \`leadMoveDriftPoints\` apart (\`道琼斯指数涨1.29%\` / \`道指涨1.30%\`), as alerts of one lead move already
could. **A digest and its cut under one title**: two items that state the same title within \`strongWindowHours\` are
one piece whichever of them is a digest (a roundup and its truncation, an evening-news summary and a feed's item that
gives only its opening line, \`今天《新闻联播》主要内容如下。\`). On the seven days (\`groupKeys\` over the 11,338 records,
main at cc153d7 against this tree) 20 cross-feed pairs within 30 minutes are newly in one story and none apart; all 20
were read: 19 are copies (KOSPI, Nikkei, spot gold and WTI alerts seconds apart, the two digests, the US indices' moment)
and one is a bridge: a KOSPI alert joined its copy that also tells SK Hynix's move, whose story holds SK Hynix's own
alert, so a tune pair labelled different (the KOSPI alert and SK Hynix's) is now in one story: tune's grouped precision
0.987 → 0.974. The independent write-ups are still missed: surface measures of the particulars two texts share (the
share of each title's rare character pairs found in the other, of the whole texts' rare pairs) were measured on every
labelled pair the text checks part, and neither separates the write-ups from two statements of one briefing, two CFTC
reports or two rulings of one kind: titles' shares of 0.4–0.6 both ways would find 1–11 missed copies and join 3–11
pairs labelled different; the missed copies share 0.1–0.8 of the shorter text's rare pairs, pairs labelled different
up to 0.78.

Session 10 (2026-11-30), grouped precision / recall before (main at 1705f54, blind3 labelled and measured first) and
now (\`pnpm eval:stories\`; "now" is the table above):

${beforeNow([
  ["tune", "0.987 / 0.962"],
  ["held", "1.000 / 0.935"],
  ["new", "0.974 / 0.925"],
  ["fresh", "1.000 / 0.854"],
  ["unseen", "1.000 / 0.917"],
  ["blind", "1.000 / 1.000"],
  ["blind2", "1.000 / 0.933"],
  ["blind3", "1.000 / 0.793"],
])}

blind3's 12 held-out misses: six independent write-ups of one event with little wording in common (BMW's severance
offer, a US-Saudi strike in Iraq, US strikes on Iran reported through Axios, Korea's finance ministry on stabilising
its market, ByteDance's Seedance 2.5, a defence agency's approval of a deal), one instrument named two ways
(\`日经225指数期货\` / \`日经平均指数期货\`), one move told from each side of the pair (\`日元兑美元涨3.1154%\` /
\`美元兑日元…跌幅达3%\`), one company under its old and its new short name (\`*ST大立\` / \`大立科技\`), one midday review
told two ways, one board's open told through different stocks, and one briefing's headline over two excerpts.
Then every miss of all eight sets was read as a class. The changes, each general: **a delisting warning read in
lower case** (the comparison text is lower case, so \`*ST大立\` reached the announcer guard as \`*st大立\` and was set
against its new name \`大立科技\`; the prefix is now dropped whatever its case); **an index's other name**
(\`日经平均\` for the Nikkei 225, data in \`INSTRUMENT_FAMILIES\`); **a figure of a list told \`分别\`**
(\`A、B客户订单金额分别为5.42亿元、0.87亿美元\`: it measures one of the things listed, which its clause's words do not
say, so the number guard leaves it; on the seven days it joined two copies of one order announcement and nothing else);
**a shared passage after openings of their own** (\`minSharedPassage\`, 50 characters: two flashes within the hour
that share a passage word for word are copies whatever their containment and first sentences: a piece rewritten at
its opening, a paraphrase that quotes a spokesman's answer. The longest run two different stories share on the
labelled pairs is 45 characters, a plan's or a briefing's preamble, at both starts; a flash quoted whole after a
board's move shares a passage from its own start, and an excerpt of a communiqué shares its opening too, so neither
counts; both items must be flashes: the corpus has a daily briefing that quotes another post of its blog). It found a
fresh, a held and a new pair (the MLCC piece, Amazon's 3 trillion, a foreign-ministry answer) and more truncated
reposts of the corpus and dev sets (truncated ones start with a new headline). Tried first without the two
exclusions, it joined a board's move with the statement it quotes and a communiqué with its excerpts: 21 joins on
the seven days, 9 of them wrong.
**a headline published alone** (a feed's item whose whole text is the title another item states, within the hour,
is that item's headline: one story even when the other is a digest, \`周六你需要知道的隔夜全球要闻：…\` given whole
by one feed and as its headline by another; a held pair, and on the seven days the three mornings' roundups).
On the seven days (\`groupKeys\` over the 11,338 records, main at 1705f54 against this tree) 17 cross-feed pairs within
30 minutes are newly in one story and none apart. All 17 were read: 16 are copies (three mornings' roundups and their
headlines published alone, the order announcement twice, the Nikkei futures, the *ST company's two copies, the
foreign-ministry answer twice, the MLCC piece, the S&P 500 earnings outlook
twice, Amazon's 3 trillion three times, one of them a later alert already in that story) and one is arguable: two
write-ups of one commerce-ministry spokesman's report on development zones under two headlines.
Measured and not built: **merging two stories that one copy matches in both** (the brief's idea for corpus grouping).
Of the labelled pairs grouped apart, 2 copies have such a bridge between their stories, and 8 pairs labelled
different have one too (a results flash and the share move after it, two passages of one plan, two statements of one
briefing, a KOSPI move and the minister's remarks it cites; in tune, held, new and unseen): merging would cost more
than it finds, so neither the
grouper nor the store's incremental assignment merges; a copy joins the one story whose figures it states, as before.
Also tried and dropped: waiving the first-sentence check for flashes that state three figures alike (6 significant
digits or more): it found a Coldcard and a memory-chip pair but moved copies between stories (tune and new each lost
one) and, on the seven days, joined 35 pairs and parted 5; and a headline found in the other item one way only (not
both ways, as \`crossHeadlineShare\` asks): 3 more copies found, 6 more pairs wrongly joined. Surface measures of
paraphrase were read on every labelled pair left apart (the share of one item's rare character pairs found in the
other, the share of its first sentence tiled by runs found in the other's title and first sentence, runs of rare
pairs shared): none separates the paraphrases from two passages of one plan or two statements of one briefing, which
share as much wording. Still missed: independent write-ups that share no passage and no figure (blind3's BMW, Axios,
Seedance, Korea's finance ministry; fresh's Joe Tsai, the procurement opening, the yen sale), a move told from each
side of a currency pair, and write-ups of one market moment that lead with different figures.

Session 9 (2026-11-30), grouped precision / recall before (main at 030f338) and now (\`pnpm eval:stories\`; "now" is
the table above):

${beforeNow([
  ["tune", "0.987 / 0.949"],
  ["held", "1.000 / 0.935"],
  ["new", "0.974 / 0.925"],
  ["fresh", "1.000 / 0.854"],
  ["unseen", "1.000 / 0.889"],
  ["blind", "1.000 / 0.972"],
  ["blind2", "1.000 / 0.883"],
])}

blind2 was labelled and measured first (its 7 misses: two feeds' alerts of one turnover milestone, one night
session's close told twice, a port's record written up twice, a US-open moment, HSBC's results told by quarter and by
half, US missile stocks run down, Kyiv explosions); then every miss of all seven sets was read as a class. The changes,
each a general mechanism: **a turnover's amount without its currency** (\`沪深两市成交额突破1.5万亿\` beside
\`沪深京三市成交额超1.5万亿元\`: an amount in 亿 or 万亿 with no unit is money when an instrument measures it; other
amounts without a unit stay unread, since each feed quotes the change on the day before from its own data,
\`缩量近200亿元\` / \`缩量超100亿\`), **a crossed level is a threshold** (\`突破\`, \`站上\`, \`超过\` qualify a number as
\`超\` does: \`突破2万亿\` is 2 trillion or more, not a rounding that agrees with 1.5 trillion, which is what chained
two milestones when session 7 tried reading amounts without a unit), **a streak is not the move's figure**
(\`成交额连续第7个交易日突破2万亿\`: the move is what follows the streak); **one market moment by the moves it lists**
(\`listedMovesOf\`: each clause that names things, set off by \`、\`, then one direction and a percentage, \`瓶片、丙烯跌超3%\`;
two flashes within \`leadMoveWindowHours\` that list \`minListedMoves\`, 3, alike report one moment, as one lead move
does, but every other figure must still agree exactly: two readings of bond futures 2.5 minutes apart list three
moves alike and differ in the fourth; and two reports that each open with an index named in full, one the other does
not name, are of two indices, \`利弗莫尔中概股龙头指数\` / \`纳斯达克中国金龙指数\` listing the same members); **event
figures that round alike** (an independent write-up's first-sentence figure may be the other's rounded, when both
have three significant digits or more: \`203881标准箱\` / \`20.39万标准箱\`; \`标准箱\`, \`箱\` and \`个交易日\` are units);
**a copy that matches several stories joins the one whose figures it states** (\`assignStory\` ranks the matching
copies by the figures, value and unit, they state in common, then by containment as before: a buyback's completion
that recalls the plan before it matched the company's new plan by wording, 0.65, and the completion's copies by
\`854.73万股\` and \`8.95亿元\`); **candidates by what an alert leads with** (\`storyAnchors\`: an item that leads with
a market move, near the start of its first sentence, a board's move or a session report carries
\`CANDIDATES.signalWeight\`, 16, anchors for it, so two feeds' alerts of one move are compared however little wording
they share: \`沪深京三市成交额超2万亿元…\` and \`沪深两市成交额突破2万亿…\` had one text anchor in common, and were never
compared; treasury futures' close, \`国债期货收盘\`, is no longer read as the commodity futures' close, which these
candidates brought to light).
Last, a number's subject is read from at most \`5 × quantitySubjectLength\` characters before it, so a clause of
numbers without a break costs linear time (30,000 × \`1亿\` took 30.7 s, now 0.1 s; it is bounded by
\`maxComparisonLength\` in a key, where it cost up to 0.2 s an item).

On the seven days (\`groupKeys\` over the 11,338 records, main at 030f338 against this tree), 34 cross-feed pairs within
30 minutes are newly in one story and 2 newly apart. All were read. The 34 joins are copies: 15 two feeds' alerts of
one turnover milestone, 10 two feeds' reports of one futures session (opens and night closes), 3 of one board's
rally (零售 twice, 美股存储), a Qualcomm premarket alert, the Shanghai port's record, 3 pairs of the buyback above (the
new plan's two copies, the completion's three) and a KOSPI alert at 11:04 / 11:05. Of the 2 parted, one is right (the new plan and the
completion) and one is the KOSPI alert's third copy, now in a story of its own beside its two twins (the choice moved
it, one pair found and one lost). Still missed, on every set: independent write-ups with no figure
in common (Kyiv explosions, US missile stocks, the Boeing 737 MAX 7 certification, a cargo ship near Hormuz), a
results flash told by quarter and another by half year, the three US indices' open quoted through the one that
crossed 1%, and a chip-stock update that one feed tells together with the SOX move (found pair by pair, grouped with
the SOX story). Tried and dropped:
a phrase with no common word, 7 characters or more, shared by two titles or first sentences within 18 minutes, as an
event's signature (\`高精度远程导弹\`): at 7 characters it found a fresh and a blind2 pair and joined a wrong pair in held
(two statements of one speaker) and in unseen (two boards whose lists name the same stocks); at 8 or 10 it found none.
Cut at punctuation and after a speaker (\`…表示\`, \`…称\`), it kept the fresh and blind2 pairs without those wrong joins,
but of the 17 pairs it newly joined on the seven days, 4 were two officials' or two bodies' statements
(\`对外汇干预不予置评\` from Japan's finance minister and from its top currency official; a port's and a cabinet's
statements on one fire), so it was dropped too.

Session 8 (2026-11-30), grouped precision / recall before (main at c7054bd) and now, each set measured after every
change (\`pnpm eval:stories\`; "now" is the table above):

${beforeNow([
  ["tune", "0.987 / 0.937"],
  ["held", "0.958 / 0.883"],
  ["new", "0.971 / 0.850"],
  ["fresh", "1.000 / 0.829"],
  ["unseen", "1.000 / 0.889"],
  ["blind", "1.000 / 0.722"],
])}

The blind set was labelled and measured first; then every miss and wrong join of all six sets was read as a class,
so no set is unseen any more: the blind figure after the changes is a design figure, the before figure (0.722) is
the honest one for text no rule was shaped on. The changes, each a general mechanism: **numbers by role** (a value
of the longer text that another quantity of the shorter one states too is that quantity's reading, not a
contradiction: \`营业收入同比增长34.89%\` is not contradicted by the profit's \`同比增长282.48%\`; a value is claimed when
stated exactly with two significant digits or more, agreeing with three or more, or of the same measure, so
\`跌超5%\` of the chip makers claims nothing of the KOSPI's 5%), and an instrument's key names that instrument alone
(\`@chinaIndex:chinext\` and \`@chinaIndex:shanghai\`, spelled alike, were read as one measure); **drift** (two flashes
that lead with one move read its other percentages minutes apart: they may differ by \`leadMoveDriftPoints\`, 0.2
points, \`上证指数跌0.52%\` / \`沪指跌0.49%\`); **more moves and sessions** (an open above or below the last close is a
direction, \`高开\` / \`低开\`; a flash led by a name the instrument tables lack, a company or a contract, leads with
that name's move, compared without venue, exchange, manner words and share class: \`谷歌A美股盘前涨超2%\` /
\`谷歌美股盘前涨超2%\`, \`广期所多晶硅主力合约大涨6%\` / \`多晶硅期货主力合约强势上涨超6%\`; two such flashes of two
names that share no character pair and name each other nowhere are two stories; the futures market's sessions under
each feed's name, \`期市早盘开盘\` / \`国内商品期货开盘\`, \`期货收评\` / \`国内商品期货多数收跌\`); **market snapshots**
(a flash that leads with a move, a board's move or a session report has its copies within
\`marketSnapshotWindowHours\`, 1 h: the same words at 11:32 and at the night open tell two sessions); **a digest after
an introduction** (\`今天《新闻联播》主要内容有：1、…\`); **events** (two flashes within 18 minutes whose first sentences
state the same figures, at least two significant digits, and share two rare character pairs:
\`欧佩克+…上调约18.8万桶/日\` / \`欧佩克+…上调18.8万桶\`, \`哥伦比亚央行维持利率在12%不变\` / \`哥伦比亚中央银行决定将隔夜利率维持在12%的水平不变\`; one
figure of one digit, \`阿里巴巴涨4%\` in a roundup and in one stock's alert, is no event); **subjects** (two items whose first sentences each name a
document, \`《…》\`, or a place as a word of its own, that the other names nowhere lead with two subjects: two draft
rules, \`伊朗和巴基斯坦外长通话\` / \`伊朗和阿曼外长通话\`; a place inside a name, \`华泰国际\`, is no place); **periods
in the first sentence** (a results flash is about the period its first sentence reports: a note further on,
\`小财注：公司Q2净利润…\`, no longer sets \`Q2\` against a copy's \`上半年\`; \`半年度\` is \`上半年\`); **reactions** (a
flash that opens with a market's move, its instrument or name within the first 8 characters, or with a board's
move, and a statement (a flash whose first sentence tells no move) that never names what moved, in its text or its
title, are two stories, whichever is shorter:
\`WTI原油期货跌幅扩大至4%。美国财政部长贝森特称…\` is not the statement it quotes). Tried and
dropped: a distinctive value stated anywhere in the other text as agreement (it joined an ETF-flow flash with a
fund-size flash, as in session 5).

On the seven days (\`groupKeys\` over the 11,338 records, main against this tree), 131 cross-feed pairs within 30
minutes are newly in one story and 19 newly apart. All 131 joins were read: 130 are two feeds' copies (index alerts,
futures and Hong Kong opens and closes, A50 opens, oil alerts, half-year results (19 of them through the periods
rule), sales, announcements, digests, OPEC+, Colombia's rate, Japan's food tax, a takeover), one is a share
move with the results it quotes (an Adidas Tradegate flash, already judged a copy pair by pair before this session,
now grouped with the results instead of with its identical twin). Of the 19 parted, 15 are right (two draft rules,
two foreign ministers' calls, and 9 market moves apart from the statement or the funding news they react to: oil
after the US Treasury secretary on Hormuz, GlobalFoundries after its grant) and 4 are copies that the grouping order
now puts in two stories (a KOSPI alert, one order announcement, the Adidas twin, and a 新闻联播 item that gives only
its introduction).

Session 7 changes, measured on the unseen set only after it was labelled and measured (0.967 / 0.806 grouped).
**Flashes that lead with one market move** (\`moves.ts\`): the first instrument a flash's first sentence names, the
direction told in that instrument's own clause (\`涨\`/\`升\` or \`跌\`/\`降\`, not both) and the figure that measures it
(\`科创50指数涨幅扩大至5%\` / \`科创50指数涨超5%\`; \`韩国KOSPI指数跌逾2%\` / \`韩国综指跌幅扩大至2%\`). Two flashes at most
\`leadMoveWindowHours\` (0.25 h) apart that lead with the same move are strongly corroborated, like a same headline, and
their first sentences need not agree; every guard still decides. A whole percentage in an alert is read as a
threshold crossed (2% stands for 2 up to 3), so \`涨逾14%\` and \`暴涨15%\` ten minutes later, or an open at \`涨0.7%\` and
\`上涨1%\` nine minutes later, stay two snapshots. On the seven days it joins 67 more cross-feed pairs within 30
minutes; all 67 were read: each is two feeds' alert of one move (KOSPI, Nikkei, STAR 50, Hang Seng, SOX, Dow futures)
or one open / midday report, none a snapshot with another figure. The A-share market's turnover (\`沪深两市成交额\`,
\`沪深京三市成交额\`; not \`ETF两市成交额\`) is an instrument too, and a level crossed on the way up (\`突破\`, \`站上\`, \`超\`)
or lost (\`失守\`) is a direction: two feeds' alerts of one turnover milestone (\`超1万亿元\` / \`突破1万亿元\`) lead with one move;
it joins 2 more cross-feed pairs on the seven days, both such alerts (a feed that writes \`突破2万亿\` without its
currency is not read: reading amounts without a unit as figures let \`突破2万亿\` agree with \`突破1.5万亿\` as a rounding,
which chained two milestones into one story, and was dropped). **Flashes that lead with one board's move**: a first
sentence that opens with a concept or board (\`算力租赁概念\`, \`午后MLCC概念\`, \`电力板块\`; at most 10 characters before
\`概念\`/\`板块\`) and tells in that clause one way it went (\`走高\`, \`活跃\`, \`反弹\`… or \`走低\`, \`走弱\`, \`跳水\`…) leads with
that board's move; two flashes within the same 0.25 h that lead with one board's move in one direction are corroborated
the same way (the labels count one board's rally told by two feeds minutes apart as one story, whichever stocks each
lists). It joins 16 more cross-feed pairs on the seven days; all 16 were read, each one board's rally told twice
(乳业, 零售, 白酒, 汽车整车, 电力, 半导体设备, 美股存储, 算力租赁, MLCC), none two boards or two directions. **Reports of one market session**: a flash that opens by naming a market and a
session together (\`夜盘收盘\`, \`港股开盘\`, \`美股收盘\`, after at most 8 characters saying who reports:
\`大商所、郑商所夜盘收盘\`, \`国内商品期货夜盘开盘\`; not \`中际旭创港股上市首日开盘\`, a stock's debut) reports that session, and two
flashes within 0.25 h that report one session are corroborated the same way. It joins 17 more cross-feed pairs on
the seven days, all read: every one two feeds' reports of one night session's open or close. **Warning levels** (\`红/橙/黄/蓝色预警\`) are a family of
\`INSTRUMENT_FAMILIES\`: two bulletins of one office in one minute at two levels (\`暴雨黄色预警\` / \`强对流天气蓝色预警\`) are
two warnings; on the seven days it parts 5 cross-feed pairs, all two different warnings, and joins none. Together:
unseen 0.967 / 0.806 → ${ratio(grouped.unseen.tp, grouped.unseen.tp + grouped.unseen.fp)} / ${ratio(grouped.unseen.tp, grouped.unseen.tp + grouped.unseen.fn)} grouped, new 0.970 / 0.800 → ${ratio(grouped.new.tp, grouped.new.tp + grouped.new.fp)} / ${ratio(grouped.new.tp, grouped.new.tp + grouped.new.fn)} (a turnover
milestone and a night-session open), held 0.957 / 0.870 → ${ratio(grouped.held.tp, grouped.held.tp + grouped.held.fp)} / ${ratio(grouped.held.tp, grouped.held.tp + grouped.held.fn)} (the MLCC rally), fresh 1.000 / 0.780 → ${ratio(grouped.fresh.tp, grouped.fresh.tp + grouped.fresh.fp)} / ${ratio(grouped.fresh.tp, grouped.fresh.tp + grouped.fresh.fn)} (two night-session closes); no pair of tune changes, and the
corpus's shorter reposts gain two (both in the \`all\` column: retitled, resourced, with boilerplate and truncated at once). Tried and dropped: two
titles sharing at least 5 (or 4) rare character pairs as corroboration (independent write-ups name one event's
parties alike): it joined 127 (256) more cross-feed pairs and a wrong pair in tune and in held, and found one
fresh pair. Still missed on the unseen set: independent write-ups (the Boeing 737 MAX 7
certification, a cargo ship hit near Hormuz), a turnover milestone whose figures carry no unit in one feed and whose
first figure is a count of days (\`连续第7个交易日突破2万亿\`), and southbound flows whose leads state the total two ways (\`25.70亿港元\` / \`近26亿港元\`
in a title only).

Session 6 change: **headlines that name what the other text tells**. Two feeds' paraphrases of one flash differ in
wording but name the same parties and things in their headlines (\`贵金属板块震荡反弹 招金黄金涨停\` /
\`贵金属板块震荡走高 招金黄金涨停\`; \`恒瑞医药：中国首个长效胰岛素类似物获批\` / \`恒瑞医药：舒地胰岛素注射液获批上市\`),
while two statements of one briefing share the speaker and the occasion, not what each headline says. Each title's
rare character pairs — no digit, and not among the 2,412 pairs found in at least 0.5% of the design days' flashes
(\`COMMON_PAIRS\`, built by \`scripts/build-story-common-pairs.ts\` from 2026-07-29…31 only) — must be found, at
least 3 of them and 70% of all, in the other item's title or text; both titles must have 8 characters, must not
name places with none in common (\`上海…\` / \`北京…\` of one recurring headline; \`PLACES\`), and the two flashes must
be at most 0.3 h (18 min) apart. Then wording and the first sentence no longer decide, and every guard (numbers,
instruments, announcers, securities, companies, digest, template days) still does. The thresholds were set on
the design days and the project's article tests: no tune pair changes; of the 29 cross-feed pairs of
2026-07-29…31 it newly joins, a reading found 28 copies and 1 doubtful (two quotes of a yen move a minute apart
with other figures); at a 60% share it joined 35, among them two quotes of that move and a statistician's reading
beside the release, and in the dev set it joined 0！上海昨日本土无新增 with 0！北京昨日本土无新增 (hence the share, the
places and the digits). The same session fixed the companies guard, which read \`广发证券股份有限公司\` and
\`红塔证券股份有限公司\` both as \`证券股份\`, and added a guard on **times of day**: two texts that each state when
something happened (\`03时29分\`, \`13时00分\`) and share no time within a minute tell of two events (two tremors in
one county hours apart, which chained a morning's bulletins into one story); on the design days it parts 5
cross-feed pairs, all two earthquakes in one prefecture 12 hours apart, and joins none. Last, the number guard
and the shared figures read counting units (\`32名\`, \`5000个\`, \`1755枚\`, \`8例\`, \`3项\`…): on the design days
that joins one paraphrase by its figures (\`1134名\` AI researchers' petition) and parts two write-ups of a mine
blast whose toll was updated 1.5 h later (\`32名\` / \`34名\`, snapshots by the labels' rule); no labelled pair changes.

Before (main at 01fa382), grouped: held 0.956 / 0.844, new 0.970 / 0.800, fresh 0.967 / 0.707 (precision /
recall). Measured three times, each change designed before it was measured: first the headlines with a 60% share
and without the place and digit conditions (held 0.943 / 0.857, new 0.971 / 0.825, fresh 0.970 / 0.780 grouped);
then, after the article tests showed the two-places join, with them (held 0.957 / 0.857, new 0.970 / 0.800, fresh
0.970 / 0.780); then with the times of day, as in the table. The held set gains the Egypt earthquake and the
Sichuan earthquake's automatic and formal bulletins (no longer chained to other tremors); the fresh set gains the
Damietta fire (two pairs) and a company's FCC statement, and loses its one wrong join (two tremors in one county);
the corpus's shorter items gain the two versions of one post whose excerpts differ (recall 0.945 → 0.950). Still
missed on the fresh set: paraphrases whose headlines share too few rare words
(\`哥伦比亚央行维持利率在12%不变\` / \`哥伦比亚中央银行决定将隔夜利率维持在12%的水平不变\`), two night-session closes
where one feed lists two exchanges, a divorce, a denial of aircraft losses, a procurement opening and a talent-gap
figure written up independently, and the MLCC piece with a rewritten opening.

Session 5 changes (each a general rule, none keyed to a pair): paraphrased flashes that two feeds wrote up in the
same hour share their **headline** or their **figures**, not their wording. Two flashes published within
\`strongWindowHours\` (1 h) that state the same headline (≥ 95% of the shorter one's character pairs, at least
8 characters) or at least two figures in common whose significant digits add up to 4 (\`0.48%\` and \`0.96%\`;
\`6%\` and \`5653.02点\`; not \`1亿元\` and \`2亿元\`) no longer need their wording to agree: every guard
(numbers, instruments, announcers, securities, companies, digest, template days) still decides. Outside the hour
the same figures are a reaction (the market after a rate decision, a share move after results), and wording
decides as before. Before (main at d8fb04a) the three sets measured,
grouped: tune 0.987 / 0.937, held 0.954 / 0.805, new 0.968 / 0.750 (precision / recall). On the whole seven days
the change joins 87 more cross-feed pairs and parts 1; a read of 49 of the joined pairs found 44 copies (index
opens, closes and midday reports, results, announcements and briefings under one headline) and 5 reactions joined
through a story's other copies (a rate decision and the market close that opens with it, a broker's note on it).
A rule tried and dropped: reading a figure the other text states anywhere as no disagreement (it found one more
held pair, and joined index snapshots whose figures belong to other indices).

What still misses: paraphrases that share neither a headline nor figures (an earthquake with and without its
magnitude, a hack, a broker's upgrade, a market milestone written up independently), a first sentence that differs
(a spokesman's preamble), figures quoted at two moments that the session-2 labeller read as one story, two
write-ups whose figures sit in other clauses, a
digest beside one of its items, and a copy found pair by pair that joined another copy's story first.

The seven days grouped: ${records.length} records → ${stories.length} stories; ${withCopies.length} stories have
copies (${copies} records), so ${(((records.length - stories.length) / records.length) * 100).toFixed(1)}% of the
records are copies of a story already told; the largest story has ${Math.max(...stories.map((s) => s.length))} copies.
Stories whose copies disagree (\`test/mixed-stories.ts\`: every two copies of each story asked of
\`compareFeatures\`): ${mixed.about.length} hold two copies a guard says are about two things, ${mixed.readings.length} hold two copies whose
figures or times a guard parts.
Grouping speed is measured in docs/benchmarks.md.`);
  }

  const sets: [string, string, CorpusArticle[] | null, readonly (readonly [string, string, string])[]][] = [
    ["shared corpus", "`../shared/corpus`", HAS_CORPUS ? repostsOfSet(CORPUS) : null, CORPUS_SAME_STORY],
    [
      "dev set, tuning part",
      "`datasets/dev/tune`",
      existsSync(join(DEV, "tune")) ? repostsOfSet(join(DEV, "tune")) : null,
      [],
    ],
    [
      "dev set, held-out part",
      "`datasets/dev/holdout`",
      existsSync(join(DEV, "holdout")) ? repostsOfSet(join(DEV, "holdout")) : null,
      [],
    ],
  ];
  const kinds: Repost["kind"][] = ["retitled", "resourced", "boilerplate", "truncated", "all"];
  const repostRows: string[] = [];
  const pairRows: string[] = [];
  for (const [name, where, items, sameStoryPairs] of sets) {
    if (items === null) {
      console.error(`${where} is absent: its reposted articles are not measured`);
      continue;
    }
    const originals = items.map((item) => features(storyKey(item.article, settings)));
    const byKind = new Map<string, { articles: Confusion; short: Confusion }>();
    for (const [n, item] of items.entries()) {
      for (const repost of item.reposts) {
        const entry = byKind.get(repost.kind) ?? { articles: empty(), short: empty() };
        byKind.set(repost.kind, entry);
        const same = compareFeatures(
          originals[n]!,
          features(storyKey(repost.article, settings)),
          settings,
        ).same;
        count(
          originals[n]!.key.size >= settings.flashMaxCharacters ? entry.articles : entry.short,
          same,
          true,
        );
      }
    }
    const sameStory = new Set(sameStoryPairs.map(([a, b]) => `${a}\n${b}`));
    const distinct = { articles: empty(), short: empty() };
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        const actual =
          sameStory.has(`${items[i]!.file}\n${items[j]!.file}`) ||
          sameStory.has(`${items[j]!.file}\n${items[i]!.file}`);
        const bothArticles =
          originals[i]!.key.size >= settings.flashMaxCharacters &&
          originals[j]!.key.size >= settings.flashMaxCharacters;
        count(
          bothArticles ? distinct.articles : distinct.short,
          compareFeatures(originals[i]!, originals[j]!, settings).same,
          actual,
        );
      }
    }
    const nArticles = originals.filter((f) => f.key.size >= settings.flashMaxCharacters).length;
    repostRows.push(
      `| ${name} (${nArticles} articles, ${items.length - nArticles} shorter) | ${kinds
        .map((kind) => {
          const entry = byKind.get(kind)!;
          return `${entry.articles.tp}/${entry.articles.tp + entry.articles.fn} · ${entry.short.tp}/${entry.short.tp + entry.short.fn}`;
        })
        .join(" | ")} |`,
    );
    pairRows.push(
      row(`${name}: articles`, sum([...[...byKind.values()].map((e) => e.articles), distinct.articles])),
      row(`${name}: shorter items`, sum([...[...byKind.values()].map((e) => e.short), distinct.short])),
    );
  }
  if (repostRows.length > 0) {
    sections.push(`### Articles: reposts built from real files

Every file of the shared corpus and of the project's dev set with a body is reposted the way mirrors do it,
written out as a plain-text file and parsed again (\`packages/core/test/story-reposts.ts\`): **retitled** (a new
headline), **resourced** (another outlet's source line and credit), **boilerplate** (a copyright, disclaimer,
follow-us and editor tail), **truncated** (the first 60% and "阅读全文"), and **all** of these at once. A repost
must land in its original's story. Every pair of two different files of a set is judged too: in the corpus
${CORPUS_SAME_STORY.length} of them are the same story (two versions of one post, the same news posted twice; listed with
reasons in the test), every other pair must stay apart. "Articles" have at least ${settings.flashMaxCharacters}
characters of comparison text; the shorter items are mostly flashes. None of these files was read while the
story rules were written.

Reposts found (articles · shorter items):

| set | retitled | resourced | boilerplate | truncated | all |
|---|---|---|---|---|---|
${repostRows.join("\n")}

Reposts and every pair of files together:

${HEADER}
${pairRows.join("\n")}`);
  }
  const report = `## Stories

Measured by \`pnpm eval:stories --write\` on ${new Date().toISOString().slice(0, 10)} with the default
\`StorySettings\`. Targets: precision ≥ 0.97 and recall ≥ 0.90 on flashes, both ≥ 0.98 on articles.

${sections.join("\n\n")}`;
  console.log(report);
  if (write) {
    writeSection(join(repo, "docs/accuracy.md"), "stories", report, "Accuracy");
    console.log("\nwrote the stories section of docs/accuracy.md");
  }
  return report;
}

function sum(list: Confusion[]): Confusion {
  return list.reduce(
    (a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn, tn: a.tn + c.tn }),
    empty(),
  );
}

/** One wrongly decided labelled pair, for reading: the set, the label, both decisions and both items' openings. */
function describeError(
  pair: LabelledPair,
  verdict: Verdict,
  together: boolean,
  a: DumpRecord,
  b: DumpRecord,
): string {
  const decision = `${pair.same ? "MISSED" : "WRONGLY JOINED"} (${pair.split}): pair by pair ${verdict.same ? "same" : "apart"} (${verdict.reason}${verdict.detail ? `: ${verdict.detail}` : ""}, score ${verdict.score.toFixed(2)}), grouped ${together ? "together" : "apart"}`;
  const item = (record: DumpRecord) =>
    `  ${record.id} ${record.publishedAt ?? "undated"} ${record.title} | ${record.text.slice(0, 220).replace(/\s+/g, " ")}`;
  return [decision, `  label: ${pair.reason}`, item(a), item(b)].join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  runStoriesEval(process.argv.includes("--write"), process.argv.includes("--misses"));
