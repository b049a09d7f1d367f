/**
 * Recurring templates (人民币中间价, 股指期货早盘收盘, CME FedWatch): flashes that open with the same
 * words every day and only change their numbers. A template skeleton (`StoryKey.skeleton`) is a
 * recurring template on a day when it was seen on at least `templateDays` distinct days among that
 * day and the `templateHorizonDays` days before it. Only the past counts, so grouping a corpus in
 * time order and a store assigning one new item decide alike, and the history kept is bounded by
 * the horizon, not by the corpus.
 */

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` as a day number (days since the epoch). */
export function dayNumber(day: string): number {
  return Math.floor(Date.parse(day) / DAY_MS);
}

/** The first day (`YYYY-MM-DD`) whose sightings count for a template on `day`. */
export function horizonStart(day: string, horizonDays: number): string {
  return new Date((dayNumber(day) - horizonDays) * DAY_MS).toISOString().slice(0, 10);
}

/** The days each skeleton was seen on, within the horizon of the newest day seen. */
export class TemplateHistory {
  /** Skeleton → the distinct day numbers it was seen on, ascending. */
  private readonly days = new Map<string, number[]>();
  private newestDay = Number.NEGATIVE_INFINITY;
  private sinceSweep = 0;

  constructor(
    private readonly minDays: number,
    private readonly horizonDays: number,
  ) {}

  /**
   * Records that `skeleton` was seen on `day` and says whether it is a recurring template there.
   * Days come in order (never earlier than the newest day recorded, as in a time-ordered pass).
   */
  see(skeleton: string, day: string): boolean {
    const today = dayNumber(day);
    if (today > this.newestDay) this.newestDay = today;
    let seen = this.days.get(skeleton);
    if (seen === undefined) {
      seen = [];
      this.days.set(skeleton, seen);
    }
    if (seen[seen.length - 1] !== today) seen.push(today);
    const from = today - this.horizonDays;
    while (seen.length > 0 && seen[0]! < from) seen.shift();
    if (++this.sinceSweep === 4096) this.sweep();
    return seen.length >= this.minDays;
  }

  /** How many skeletons are kept (for tests and measurements). */
  get size(): number {
    return this.days.size;
  }

  /** Forgets the skeletons last seen before the horizon of the newest day. */
  private sweep(): void {
    this.sinceSweep = 0;
    const from = this.newestDay - this.horizonDays;
    for (const [skeleton, seen] of this.days) if (seen[seen.length - 1]! < from) this.days.delete(skeleton);
  }
}
