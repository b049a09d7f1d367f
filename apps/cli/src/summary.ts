/** Counts of a run, for the one-line summary on stderr. */
export interface RunCounts {
  parsed: number;
  withWarnings: number;
  failed: number;
}

export function summaryLine(counts: RunCounts, elapsedMs: number): string {
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? counts.parsed / seconds : 0;
  return (
    `${counts.parsed} parsed (${counts.withWarnings} with warnings), ${counts.failed} failed, ` +
    `${seconds.toFixed(1)} s, ${rate.toFixed(1)} articles/s`
  );
}
