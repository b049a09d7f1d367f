/**
 * Where `value` is, or would go, in `sorted`, which is in ascending order of `keyOf`: the first index
 * whose key is at or after `value` (`sorted.length` when none is). A binary search that reads each
 * item's key through `keyOf`, so that a list of numbers (`(n) => n`) and a list of records in order of
 * one of their fields (`(key) => key.at`) share it.
 */
export function lowerBound<T>(sorted: readonly T[], value: number, keyOf: (item: T) => number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (keyOf(sorted[middle]!) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
