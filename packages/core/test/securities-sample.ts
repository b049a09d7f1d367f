// The hand check of securities the parser finds in flash items but the feed's own list lacks: a
// random sample with a fixed seed, and the labels of test/fixtures/securities-unlisted.tsv. The
// sample is the SAMPLE_SIZE finds with the smallest seeded hash of (record id, security): every find
// has the same chance whatever its feed or day, and a change of the matcher that adds or removes a
// few finds changes the sample by those few only, so the labels stay valid and only the newcomers
// need judging (`tsx scripts/eval-securities.ts --sample` prints them).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

export const SAMPLE_SEED = "caixun-securities-2026-11-29";
export const SAMPLE_SIZE = 240;
export const LABELS = resolve(import.meta.dirname, "fixtures/securities-unlisted.tsv");

/** A found-but-unlisted security: the record (feed-namespaced id) and the `CODE.MARKET` found. */
export interface UnlistedFind {
  id: string;
  key: string;
}

export interface Label extends UnlistedFind {
  right: boolean;
  /** What kind of find it is (`named`, `actor`, `boundary`, `ordinary-word`…): the classes of the method in docs/accuracy.md. */
  kind: string;
  reason: string;
}

/** FNV-1a over the seed and the find: a stable pseudo-random rank. */
export function sampleRank(find: UnlistedFind): number {
  let hash = 0x811c9dc5;
  const text = `${SAMPLE_SEED}\t${find.id}\t${find.key}`;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The sample: the `size` finds of lowest rank, in rank order. */
export function drawSample<T extends UnlistedFind>(finds: readonly T[], size = SAMPLE_SIZE): T[] {
  return finds
    .map((find) => ({ find, rank: sampleRank(find) }))
    .sort((a, b) => a.rank - b.rank || (a.find.id < b.find.id ? -1 : 1))
    .slice(0, size)
    .map(({ find }) => find);
}

export const labelKey = (find: UnlistedFind) => `${find.id}\t${find.key}`;

/** The labels, by `id<TAB>key`. Columns: id, security, verdict (right/wrong), kind, reason, as written. */
export function readLabels(path = LABELS): Map<string, Label> {
  const labels = new Map<string, Label>();
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (line === "" || line.startsWith("#") || line.startsWith("id\t")) continue;
    const [id, key, verdict, kind, reason] = line.split("\t");
    if (!id || !key || (verdict !== "right" && verdict !== "wrong") || !kind) {
      throw new Error(`${path}: unreadable label line ${JSON.stringify(line)}`);
    }
    labels.set(`${id}\t${key}`, { id, key, right: verdict === "right", kind, reason: reason ?? "" });
  }
  return labels;
}

/**
 * Wilson score interval (95%) of a proportion `right / n`: unlike the normal approximation it stays
 * inside [0, 1] and is honest near 1, where this proportion is.
 */
export function wilson(right: number, n: number, z = 1.96): { low: number; high: number } {
  if (n === 0) return { low: 0, high: 1 };
  const p = right / n;
  const centre = p + (z * z) / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  const scale = 1 + (z * z) / n;
  return { low: (centre - spread) / scale, high: Math.min(1, (centre + spread) / scale) };
}
