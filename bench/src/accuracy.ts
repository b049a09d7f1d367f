import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Gold, loadGold } from "../../packages/core/test/gold.js";
import type { BenchInput, Contender, Extraction } from "./contenders/index.js";
import { benchInput } from "./inputs.js";
import { SHARED } from "./paths.js";

/** The fields every extractor can be asked for; caixun's other fields are judged by `pnpm eval`. */
export const JUDGED_FIELDS = ["title", "date", "textStart", "textEnd", "kept", "noLeaks"] as const;
export type JudgedField = (typeof JUDGED_FIELDS)[number];

export interface Score {
  correct: number;
  judged: number;
}

export interface AccuracyResult {
  contender: string;
  files: number;
  fields: Record<JudgedField, Score>;
  /** Boilerplate fragments (gold `mustNotContain`) found in the contender's text, over all files. */
  leakedFragments: number;
}

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** Labelled files of `../shared/corpus/gold`, or null when shared/ is absent. */
export function goldInputs(): Array<{ gold: Gold; input: BenchInput }> | null {
  if (!existsSync(join(SHARED, "corpus/gold"))) return null;
  return loadGold(SHARED).map(({ gold, path }) => ({
    gold,
    input: benchInput(path, new Uint8Array(readFileSync(path))),
  }));
}

/**
 * Scores each contender that extracts on the labelled files. Dates are compared as instants, so
 * `2022-04-09T13:05:33Z` and `2022-04-09T21:05:33+08:00` are both right; texts after collapsing
 * white space, as `pnpm eval` does.
 */
export async function scoreContenders(
  contenders: readonly Contender[],
  cases: ReadonlyArray<{ gold: Gold; input: BenchInput }>,
): Promise<AccuracyResult[]> {
  const results: AccuracyResult[] = [];
  for (const contender of contenders.filter((c) => c.extracts)) {
    const fields = Object.fromEntries(JUDGED_FIELDS.map((f) => [f, { correct: 0, judged: 0 }])) as Record<
      JudgedField,
      Score
    >;
    let leakedFragments = 0;
    for (const { gold, input } of cases) {
      let extraction: Extraction | null = null;
      try {
        extraction = await contender.extract(input);
      } catch {
        // A contender that throws gets every judged field of the file wrong.
      }
      for (const [field, ok] of judge(gold, extraction)) {
        fields[field].judged++;
        if (ok) fields[field].correct++;
      }
      const text = extraction?.text() ?? "";
      leakedFragments += (gold.mustNotContain ?? []).filter((fragment) => text.includes(fragment)).length;
    }
    results.push({ contender: contender.name, files: cases.length, fields, leakedFragments });
  }
  return results;
}

function judge(gold: Gold, extraction: Extraction | null): Array<[JudgedField, boolean]> {
  const verdicts: Array<[JudgedField, boolean]> = [];
  const rawText = extraction?.text() ?? "";
  const text = squash(rawText);
  const title = squash(extraction?.title ?? "");
  if (gold.title !== null && gold.title !== undefined) verdicts.push(["title", title === gold.title]);
  else if (gold.titleStartsWith) verdicts.push(["title", title.startsWith(gold.titleStartsWith)]);
  if ("publishedAt" in gold) verdicts.push(["date", sameInstant(gold.publishedAt, extraction?.date ?? null)]);
  if (gold.textStartsWith) verdicts.push(["textStart", text.startsWith(squash(gold.textStartsWith))]);
  if (gold.textEndsWith) verdicts.push(["textEnd", text.endsWith(squash(gold.textEndsWith))]);
  if (gold.mustContain?.length) {
    verdicts.push(["kept", gold.mustContain.every((fragment) => text.includes(squash(fragment)))]);
  }
  if (gold.mustNotContain?.length) {
    verdicts.push(["noLeaks", gold.mustNotContain.every((fragment) => !rawText.includes(fragment))]);
  }
  return verdicts;
}

/** A date the contender cannot turn into an instant counts as no date. */
function sameInstant(expected: string | null, actual: string | null): boolean {
  const actualTime = actual === null ? Number.NaN : Date.parse(actual);
  if (expected === null) return Number.isNaN(actualTime);
  return actualTime === Date.parse(expected);
}
