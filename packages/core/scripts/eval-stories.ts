// Accuracy of story grouping, measured on
//   - hand-labelled pairs of flash items from ../shared/dumps (test/fixtures/story-pairs.tsv),
//     decided pair by pair and through grouping the seven days whole;
//   - reposted-article pairs built from ../shared/corpus (test/story-reposts.ts) and every pair of
//     different corpus files.
//   pnpm eval:stories            print the tables (pnpm eval runs it too)
//   pnpm eval:stories --write    also write the stories section of docs/accuracy.md
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
} from "../src/stories/index.js";
import { DEV } from "../test/datasets.js";
import { dumpsPresent, labelledPairs, readDumps } from "../test/dumps.js";
import { CORPUS, HAS_CORPUS } from "../test/helpers.js";
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
const row = (label: string, c: Confusion) =>
  `| ${label} | ${c.tp + c.fn} / ${c.fp + c.tn} | ${c.tp} | ${c.fp} | ${c.fn} | ${precision(c)} | ${recall(c)} |`;
const HEADER =
  "| pairs | same / different | found | wrongly joined | missed | precision | recall |\n|---|---|---|---|---|---|---|";

export function runStoriesEval(write: boolean): string {
  const sections: string[] = [];

  if (!dumpsPresent()) {
    console.error("../shared/dumps is absent: the flash pairs are not measured");
  } else {
    const records = readDumps(parseAllSync);
    const keys = records.map((record) => storyKey(record, settings));
    const byId = new Map(keys.map((key, i) => [key.id, i]));
    const started = performance.now();
    const stories = groupKeys(keys, settings);
    const groupMs = performance.now() - started;
    const storyOf = new Map<string, number>();
    stories.forEach((members, s) => {
      for (const m of members) storyOf.set(keys[m]!.id, s);
    });

    const pairwise = { tune: empty(), held: empty(), new: empty() };
    const grouped = { tune: empty(), held: empty(), new: empty() };
    const pairs = labelledPairs();
    for (const pair of pairs) {
      const a = byId.get(pair.a);
      const b = byId.get(pair.b);
      if (a === undefined || b === undefined)
        throw new Error(`labelled record missing from the dumps: ${pair.a} ${pair.b}`);
      count(
        pairwise[pair.split],
        compareFeatures(features(keys[a]!), features(keys[b]!), settings).same,
        pair.same,
      );
      count(grouped[pair.split], storyOf.get(pair.a) === storyOf.get(pair.b), pair.same);
    }
    const withCopies = stories.filter((s) => s.length > 1);
    const copies = withCopies.reduce((sum, s) => sum + s.length, 0);
    sections.push(`### Flashes: labelled pairs from \`../shared/dumps\`

${pairs.length} pairs of flash items, labelled by reading both texts (\`packages/core/test/fixtures/story-pairs.tsv\`:
ids, label, reason). Pairs come from different feeds within 30 minutes, sampled across the whole range of text
overlap so that look-alikes are over-represented (same instrument with other numbers, Brent vs WTI, two statements
of one press conference, passages of one plan), plus recurring template flashes on different days. **tune** pairs
(2026-07-29…31) were read while the guards and thresholds were designed; **held** pairs (2026-08-01…04) only
measure them — with one exception: the announcer guard (two companies' alike announcements, \`announcer.ts\`) was
added after a held error showed the gap (it also splits 62 pairs of different companies' announcements across the
seven days, none of them copies), so that one held pair is no longer unseen. "Pair by pair" asks \`compareFeatures\` about the two items alone; "grouped" groups all
${records.length} records of the seven days and asks whether the two landed in one story.

${HEADER}
${row("tune, pair by pair", pairwise.tune)}
${row("held, pair by pair", pairwise.held)}
${row("new, pair by pair", pairwise.new)}
${row("tune, grouped", grouped.tune)}
${row("held, grouped", grouped.held)}
${row("new, grouped", grouped.new)}

The last 9 tune pairs (one broker's target prices for two companies, two brokers' for one, and copies of
each; 2026-07-29) were labelled after the measure rule below was written, found by searching the
template, so they are not unseen by it. Before this session's changes (at 3fc9870) the first 309 pairs measured: tune 0.986 / 0.921 pair by pair and 0.986 / 0.895
grouped, held 0.940 / 0.818 and 0.954 / 0.805 (precision / recall). What changed, each a general rule rather
than a fix for one pair: one figure written two ways reads alike (decimal zeros \`1.50%\` / \`1.5%\` when
wording is compared, thousands separators, a price's dropped denominator \`1173.5元/吨\` / \`1173.50元\`, a
4-digit number ending in 00 read as a rounding \`3600股\` / \`3620股\`), names written two ways
(\`EQUIVALENT_NAMES\`: CEO / 首席执行官), and in one-fact flashes the same measure of two companies with two
values is two stories (target prices, pre-market moves of different stocks). The held pairs did not move: their
misses are paraphrases sharing no distinctive number (7 of the 15 grouped misses, containment 0.07–0.38, where
different stories of the same minutes score alike), number disagreements the labeller read as one story
(5: a figure quoted at two moments), a digest, a different first sentence and one pair lost in grouping; the
grouped wrong joins are three. A recurring template
now counts only the days up to an item's own within \`templateHorizonDays\` (the store's rule too; grouping
keeps a bounded history): no labelled pair changed.

The seven days grouped: ${records.length} records → ${stories.length} stories; ${withCopies.length} stories have
copies (${copies} records), so ${(((records.length - stories.length) / records.length) * 100).toFixed(1)}% of the
records are copies of a story already told; the largest story has ${Math.max(...stories.map((s) => s.length))} copies.
Grouping took ${(groupMs / 1000).toFixed(1)} s here (speed is measured in docs/benchmarks.md).`);
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

if (process.argv[1] === fileURLToPath(import.meta.url)) runStoriesEval(process.argv.includes("--write"));
