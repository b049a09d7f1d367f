import type { PatternWork } from "./pattern-runs.js";
import { STAGES, type Stage, type StageShare } from "./stages.js";

/** What one stage of a parse may cost. */
export interface StageBudget {
  /** Percent of a parse's CPU time in the bench's profile (a figure of the report, never a test). */
  share: number;
  /** Pattern runs a file on the repository's inputs (`countPatternRuns`; held by a test). */
  runs: number;
  /** Characters those runs search, a file (held by the same test). */
  characters: number;
  /** Wide openings those runs try, a file (`PatternWork.wide`; held by the same test). */
  wide: number;
}

/**
 * Each stage's budget. The defaults are session 11's figures on main cc153d7 (the profile of
 * 2026-11-30 22:46 UTC at load 6, the pattern counts of the same core) with room of about half
 * again, and at least 6 runs and 2,000 characters more; the wide openings, session 17's figures
 * (`patterns` on 6fa8ed2) with half again and at least 6 more, so that a rule which doubles a stage's
 * work goes over and a small one does not — and so does a rule that opens wide with no word to run
 * behind, tried on every block or line (a block adds one, and a file has dozens). Going over is a question for review (is the rule worth
 * its cost? can it run behind a gate, or as a lead of the line scanner?), answered by raising the
 * budget here in the same change, or by making the rule cheaper.
 */
export const STAGE_BUDGETS: Readonly<Record<Stage, StageBudget>> = {
  decode: { share: 10, runs: 8, characters: 10_200, wide: 6 },
  // runs 88 → 100 in session 51: the inputs gained fresh-86's to fresh-88's files (news-app responses kept in code,
  // beans and scripts of many records a file, each read as one); the session's base core (9f05c6c0) counts 96.6 runs a
  // file on them (`pnpm patterns --baseline 9f05c6c0`), the merged train 97.9 with its readers' new rules.
  // runs 100 → 110 in session 52: the inputs gained fresh-89's to fresh-91's files (stories kept in code, SQL rows,
  // JSON exports); the session's base core (dbbdaec6) counts 103.9 runs a file on them, the merged train 103.9.
  // runs 110 → 116 and wide 14 → 16 in session 53: the inputs gained fresh-92's files (stories in other projects'
  // code and fixtures), on which the session's base core (79b6744a) counts 108.4 runs and 14.8 wide openings a file
  // (collect53); the merged train 113.5 and 15.7 with code91's keyed records and template literals and fix89's
  // page-state scripts and headline lists.
  // wide 16 → 18 in session 54: the inputs gained fresh-93's files (Jekyll feed mirrors, SQL clients' rows, a page's
  // text) and fix92's readers try a component's markup and statement lines; the merged train counts 113.8 runs and
  // 17.0 wide openings a file.
  // characters 31,400 → 33,000 in session 55: gen55's clipping exports look once through an HTML page for a story's
  // anchor (`<a name="body.…">`, WiseNews) and the inputs gained fresh-94's files (dashboards' JSON caches); the merged
  // train counts 32,229 characters a file.
  // runs 116 → 120 in session 57: the inputs gained fresh-97's files (dashboards' and digests' feed JSON, bilingual
  // monitors) and nest57's reader looks further down a list's entries for the story (`nestedHeadline`); the merged
  // train counts 116.8 runs a file.
  // runs 120 → 124 and wide 18 → 20 in session 58: the inputs gained fresh-98's files (a Navicat SQL dump's rows,
  // WeChat articles saved as Markdown) and fix97's reader looks for numbered digest sections closed by a linked credit;
  // the merged train counts 119.0 runs and 18.2 wide openings a file.
  // runs 124 → 136, characters 33,000 → 35,000 and wide 20 → 23 in session 59: the inputs gained fresh-99's files (API
  // references' sample responses, Python lists of news items, a saved page inside a test string), fix98's record
  // reader looks for a news table's teaser column by its comment and lift62's for a feed's own issues; the merged train
  // counts 130.5 runs, 33,069 characters and 21.6 wide openings a file.
  read: { share: 7, runs: 136, characters: 35_000, wide: 23 },
  // characters 5,300 → 6,400 in session 42: the packs' `bodyIncludes` are searched as two patterns, each opening with
  // at most 16 entries of V8's skip table (`stringScan`), so a body is read twice, each time more cheaply (5,995 a
  // file measured; the parse 0.9806× 10638860 by instructions with the credit word's split below).
  detect: { share: 4.5, runs: 9, characters: 6_400, wide: 6 },
  readBody: { share: 26, runs: 316, characters: 20_800, wide: 30 },
  // 181 → 500 runs, 11,700 → 25,400 characters in session 17: a rule that opens wide runs behind its words,
  // which one scan of each block finds, and the scan is a run (and its characters) at each place a word
  // starts (331.2 runs, 16,963 characters a file measured); the wide openings tried fell from 53.1 to 6.8.
  // wide 13 → 14 in session 37: the same core (main 53ef188c) measures 13.1 a file on the inputs session 37 added
  // (fresh-52 … fresh-55; `pnpm patterns --baseline 53ef188c`), the train 13.1 with every new rule gated.
  // wide 14 → 20 in session 52: gen52's Reuters footer run on after the wire's closing credit (`…报道；…编辑我们的标准：…`,
  // `Reporting by …; editing by … Our Standards: …`) opens with the credit's free run, tried at every line the footer's
  // words do not gate out: 12.6 → 19.2 a file (`pnpm patterns --baseline dbbdaec6`) — to be made cheaper (the footer
  // found first, the credit read before it), not a cost to keep.
  // wide 20 → 13 in session 53: the footer is a rule behind a look at the line's last words (`isStandardsFooter`), read
  // from its start only on a line that ends as the footer does: 19.2 → 12.6 a file (`pnpm patterns`, speed53).
  // wide 13 → 14 in session 59: the merged train measures 13.1 a file (fresh-99's inputs, lift60's subscribe plugs and
  // hashtag lines, fix98's WeChat reader toggles kept at a page's top).
  boilerplate: { share: 12, runs: 500, characters: 25_400, wide: 14 },
  captions: { share: 2, runs: 15, characters: 2_300, wide: 6 },
  // runs 260 → 280, characters 14,800 → 16,000 in session 42: the credit word is tested as three patterns that V8
  // skips ahead by (`openingSplitTest`), not one that tried every word at every position (263.9 runs, 15,071
  // characters a file measured; the credit word 6.94 → 4.07 M instructions a pass of the check's inputs).
  // characters 16,000 → 16,500 in session 45: the merged train (16,038 a file measured) — its inputs gained fresh-70's
  // and fresh-71's files and its grammar a glued reporter's lead, a page credit's opening and a proofreader's closing.
  // characters 16,500 → 17,000 in session 46: the merged train (16,613 a file measured) — its inputs gained fresh-72's
  // and fresh-73's files and its grammar the review chain behind a bar, bracketed writers and relay-credit tails.
  // runs 280 → 290, characters 17,000 → 17,500 in session 49: the merged train (279.2 runs, 17,248 characters a file
  // measured) — its inputs gained fresh-79's, fresh-80's and fresh-81's files and its grammar a date line credited
  // behind a bar, an info bar's tail, an editor glued to a bracketed source and the stamp forms' table.
  // characters 17,500 → 18,000 in session 50: the merged train (280.7 runs, 17,665 characters a file measured) — its
  // inputs gained fresh-82's to fresh-85's files (long reprint exports, saved pages, Markdown mirrors) and its grammar
  // a newsroom before a stamp and learnt datelines with their `从…` part.
  // runs 290 → 310, characters 18,000 → 19,500 in session 52: the merged train (302.8 runs, 18,835 characters a file
  // measured; the base core dbbdaec6 286.8 and 18,130 on the same inputs) — its inputs gained fresh-89's to fresh-91's
  // files and its grammar the bracketed-names dateline, the Taiwan `【outlet／writer】` opener (`／` a dateline key) and
  // 中央社's reporter datelines and date codes.
  // runs 310 → 318 in session 59: the merged train (312.4 runs a file) — fix98's WeChat byline block, lift60's report
  // labels, lift61's reprint leave and lift62's staff blocks and bold datelines.
  credits: { share: 23, runs: 318, characters: 19_500, wide: 66 },
  text: { share: 2, runs: 6, characters: 2_000, wide: 6 },
  // 16 → 17 in session 16: a page title's site may be the outlet a credit names (`withoutSite`), 16.2 runs a file.
  // 17 → 18 in session 24: session 23's portal title parts and glued keywords and a record's first paragraph that
  // repeats its title, 17.1 runs a file measured on their merged train.
  title: { share: 6, runs: 18, characters: 2_200, wide: 15 },
  provenance: { share: 3.5, runs: 13, characters: 2_100, wide: 13 },
  // Raised in session 12 (20 → 37 runs): issue 12's agreeing date signals read a URL's date path and
  // every front-matter key whose value is only a date (24.5 runs a file measured).
  publishDate: { share: 5.5, runs: 37, characters: 6_400, wide: 15 },
  checks: { share: 2, runs: 13, characters: 2_100, wide: 6 },
  fields: { share: 2.5, runs: 7, characters: 2_100, wide: 6 },
  enrich: { share: 5, runs: 15, characters: 3_800, wide: 14 },
  securities: { share: 5, runs: 11, characters: 5_600, wide: 10 },
  assemble: { share: 19, runs: 51, characters: 8_800, wide: 11 },
  scrub: { share: 6.5, runs: 82, characters: 5_400, wide: 80 },
  other: { share: 3, runs: 6, characters: 2_000, wide: 6 },
};

/** A stage's figures against its budget; `over` names what went over. */
export interface StageReport {
  stage: Stage;
  share: number | null;
  work: PatternWork | null;
  budget: StageBudget;
  over: ("share" | "runs" | "characters" | "wide")[];
}

/** Each stage's share and pattern work (either may be missing) against `budgets`, in `STAGES` order. */
export function checkStageBudgets(
  shares: readonly StageShare[] | null,
  work: readonly PatternWork[] | null,
  budgets: Readonly<Record<Stage, StageBudget>> = STAGE_BUDGETS,
): StageReport[] {
  return STAGES.map((stage) => {
    const budget = budgets[stage];
    const share = shares?.find((s) => s.stage === stage)?.percent ?? null;
    const counted = work?.find((w) => w.stage === stage) ?? null;
    const over: StageReport["over"] = [];
    if (share !== null && share > budget.share) over.push("share");
    if (counted !== null && counted.runs > budget.runs) over.push("runs");
    if (counted !== null && counted.characters > budget.characters) over.push("characters");
    if (counted !== null && counted.wide > budget.wide) over.push("wide");
    return { stage, share, work: counted, budget, over };
  });
}

/** The reports as a Markdown table: stage, share of a parse, pattern runs and characters a file, each with its budget. */
export function renderStageBudgets(reports: readonly StageReport[]): string {
  const figure = (value: number | null, budget: number, digits: number, over: boolean) =>
    value === null
      ? `— (≤ ${budget.toLocaleString("en-US")})`
      : `${over ? "**" : ""}${value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits })}${over ? "** over" : ""} (≤ ${budget.toLocaleString("en-US")})`;
  const rows = reports.map((r) =>
    [
      `\`${r.stage}\``,
      figure(r.share, r.budget.share, 1, r.over.includes("share")),
      figure(r.work?.runs ?? null, r.budget.runs, 1, r.over.includes("runs")),
      figure(r.work?.characters ?? null, r.budget.characters, 0, r.over.includes("characters")),
      figure(r.work?.wide ?? null, r.budget.wide, 1, r.over.includes("wide")),
    ].join(" | "),
  );
  return [
    "| stage | % of a parse's CPU (budget) | pattern runs a file (budget) | characters they search, a file (budget) | wide openings they try, a file (budget) |",
    "|---|---|---|---|---|",
    ...rows.map((row) => `| ${row} |`),
  ].join("\n");
}
