import type { DayCounts } from "../pages/chart.js";

/** Articles per day per source, for the home page chart. Grows with days × sources, not articles. */
export class DayCounter {
  private readonly days = new Map<string, Map<string, number>>();

  add(day: string | null, source: string): void {
    if (day === null) return;
    let counts = this.days.get(day);
    if (counts === undefined) {
      counts = new Map();
      this.days.set(day, counts);
    }
    counts.set(source, (counts.get(source) ?? 0) + 1);
  }

  entries(): DayCounts[] {
    return [...this.days].map(([day, counts]) => ({ day, counts }));
  }
}
