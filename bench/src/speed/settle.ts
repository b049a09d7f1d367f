import type { SettleRule } from "./protocol.js";

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Whether a series of pass times has settled: the median of the last `window` passes is within
 * `tolerance` of the median of the `window` passes before them. Medians, so that one pass slowed
 * by a collection or by a neighbour on the machine neither settles nor unsettles the series.
 */
export function hasSettled(
  times: readonly number[],
  rule: Pick<SettleRule, "window" | "tolerance">,
): boolean {
  const { window, tolerance } = rule;
  if (times.length < 2 * window) return false;
  const last = median(times.slice(-window));
  const before = median(times.slice(-2 * window, -window));
  return Math.abs(last - before) <= tolerance * last;
}

/** The spread of timed passes: the interquartile range as a share of the median. */
export function relativeSpread(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => {
    const index = q * (sorted.length - 1);
    const low = Math.floor(index);
    const high = Math.ceil(index);
    return sorted[low]! + (sorted[high]! - sorted[low]!) * (index - low);
  };
  return (at(0.75) - at(0.25)) / median(sorted);
}
