// Dump records read by parseAll, scored against the records themselves (../shared/dumps): the fields
// a record states (id, datetime, title) and the rules for the rest (a derived title is whole and never
// starts with punctuation; the text does not repeat a 【title】 prefix), and the digest of each day
// against its JSON Lines: same stories, ids, dates and titles. Per feed. Called by `pnpm eval`;
// `--write` records it in docs/accuracy.md (section dumps). No hand labels: the reference is the
// feeds' own fields, so `source` and `via` (what a credit names) are not judged here.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { writeSection } from "@caixun/docs-writer";
import type { Article } from "../src/article.js";
import { parseAllSync } from "../src/parse-all.js";
import { FEEDS } from "./feed-lists.js";

const repo = resolve(import.meta.dirname, "../../..");
const dumps = resolve(repo, "../shared/dumps");
/** Punctuation a title never starts with (opening quotes and brackets may). */
const BAD_TITLE_START = /^[\s，,。．.、；;：:！!？?）)】」』”’]/u;
const CHECKS = ["records", "id", "publishedAt", "stated title", "derived title", "text", "digest"] as const;
type Check = Exclude<(typeof CHECKS)[number], "records">;

interface Tally {
  judged: number;
  correct: number;
}

function articlesOf(path: string): Article[] {
  return [...parseAllSync(gunzipSync(readFileSync(path)), { filename: path.replace(/\.gz$/, "") })].flatMap(
    (result) => (result.ok ? [result.article] : []),
  );
}

function recordsOf(path: string): Record<string, unknown>[] {
  return gunzipSync(readFileSync(path))
    .toString("utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");

function scoreFeed(feed: string): { records: number; checks: Map<Check, Tally>; misses: string[] } {
  const checks = new Map<Check, Tally>(
    CHECKS.filter((c) => c !== "records").map((c) => [c as Check, { judged: 0, correct: 0 }]),
  );
  const misses: string[] = [];
  const judge = (check: Check, ok: boolean, what: () => string) => {
    const tally = checks.get(check)!;
    tally.judged++;
    if (ok) tally.correct++;
    else misses.push(`${feed} ${check}: ${what()}`);
  };
  const dir = join(dumps, feed, "data/2026");
  let records = 0;
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith(".jsonl.gz"))
    .sort()) {
    const path = join(dir, file);
    const raw = recordsOf(path);
    const articles = articlesOf(path);
    records += raw.length;
    const byId = new Map(articles.map((article) => [article.id, article]));
    raw.forEach((record, index) => {
      const article = articles.find((a) => a.ref === `line ${index + 1}`);
      const where = `${file} line ${index + 1}`;
      judge("id", article?.id === `${feed}:${String(record.id)}`, () => `${where}: ${article?.id}`);
      judge(
        "publishedAt",
        article?.publishedAt === record.datetime,
        () => `${where}: ${article?.publishedAt}`,
      );
      const title = article?.title ?? "";
      if (text(record.title) !== "") {
        judge(
          "stated title",
          title === text(record.title),
          () => `${where}: ${title} ≠ ${text(record.title)}`,
        );
      } else {
        const content = text(record.content) || text(record.brief);
        const whole = content.includes(title) || content.includes(`【${title}】`);
        judge(
          "derived title",
          title !== "" && !BAD_TITLE_START.test(title) && whole,
          () => `${where}: ${title}`,
        );
      }
      // A record whose content is its headline alone has no text (and an `empty-body` warning).
      const body = article?.text ?? "";
      const headlineOnly = /^【[^】]*】$/.test(text(record.content) || text(record.brief));
      judge(
        "text",
        (body !== "" || headlineOnly) && !body.startsWith(`【${title}】`),
        () => `${where}: ${body.slice(0, 40)}`,
      );
    });
    const digestPath = path.replace(/\.jsonl\.gz$/, ".md.gz");
    if (!existsSync(digestPath)) continue;
    for (const section of articlesOf(digestPath)) {
      const record = byId.get(section.id);
      judge(
        "digest",
        record !== undefined && record.publishedAt === section.publishedAt && record.title === section.title,
        () => `${file} ${section.ref}: ${section.id} ${section.title} ≠ ${record?.title}`,
      );
    }
  }
  return { records, checks, misses };
}

const pct = ({ correct, judged }: Tally) =>
  judged === 0 ? "—" : `${((100 * correct) / judged).toFixed(1)}% (${correct} / ${judged})`;

export function runDumpsEval(write: boolean): void {
  if (!existsSync(dumps)) {
    console.error(`no dumps at ${dumps}: dump records not measured`);
    return;
  }
  const rows: string[] = [];
  const misses: string[] = [];
  for (const feed of FEEDS) {
    const scored = scoreFeed(feed);
    misses.push(...scored.misses);
    rows.push(
      `| ${feed} | ${scored.records} | ${CHECKS.filter((c) => c !== "records")
        .map((c) => pct(scored.checks.get(c as Check)!))
        .join(" | ")} |`,
    );
  }
  const table = [
    `| feed | ${CHECKS.join(" | ")} |`,
    `|${CHECKS.map(() => "---").join("|")}|---|`,
    ...rows,
  ].join("\n");
  console.log(`dump records against their own fields\n${table}\n`);
  for (const miss of misses.slice(0, 20)) console.log(`  miss: ${miss}`);
  if (!write) return;
  writeSection(
    join(repo, "docs/accuracy.md"),
    "dumps",
    `
## Dump records against their own fields

Measured by \`pnpm eval --write\` on ${new Date().toISOString().slice(0, 10)}: every record of the seven days of
three feeds in \`../shared/dumps\`, read by \`parseAll\` with the feed packs, against what the record itself
states. \`id\`: the feed's namespace and the record's id. \`publishedAt\`: the record's \`datetime\`, offset
included. \`stated title\`: records with a title get it unchanged. \`derived title\`: records without one
(most of cls) get a title that is non-empty, whole (found in the content as written, never cut) and never
starts with punctuation. \`text\`: non-empty (unless the content is the headline alone) and never opening with
the \`【title】\` it was derived from.
\`digest\`: each section of the day's digest Markdown is the same story as its record — same id, date
and title. These are the feeds' own fields, not hand labels: the outlet a credit names (\`source\`,
\`via\`) is not judged here, and securities are scored against the feeds' lists in their own section.

${table}
`,
    "Accuracy",
  );
}
