/**
 * Articles per day by source, as a stacked bar chart drawn at build time: plain SVG, no client
 * library, colours from the stylesheet (classes, not inline styles, so the CSP holds).
 */

const WIDTH = 720;
const HEIGHT = 220;
const PLOT = { left: 40, right: 8, top: 16, bottom: 36 };
/** Days the chart spans; the month listings cover the rest. */
export const CHART_DAYS = 90;
/** Sources drawn as their own series; the rest are summed as 其他. */
const SERIES_LIMIT = 5;
const OTHER = "其他";

export interface DayCounts {
  /** `YYYY-MM-DD` */
  day: string;
  /** Articles per source name that day. */
  counts: ReadonlyMap<string, number>;
}

interface Series {
  name: string;
  total: number;
}

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/**
 * The last day of the window of CHART_DAYS days that holds the most articles (the latest such
 * window on a tie). Scraped corpora have stray dates years away from the rest; a window that
 * simply ended at the newest date would often show one lonely bar.
 */
function busiestWindowEnd(sorted: DayCounts[]): string {
  const totals = sorted.map(({ counts }) => [...counts.values()].reduce((a, b) => a + b, 0));
  let best = { end: sorted.length - 1, total: -1 };
  let start = 0;
  let inWindow = 0;
  for (let end = 0; end < sorted.length; end++) {
    inWindow += totals[end]!;
    while (dayNumber(sorted[end]!.day) - dayNumber(sorted[start]!.day) >= CHART_DAYS)
      inWindow -= totals[start++]!;
    if (inWindow >= best.total) best = { end, total: inWindow };
  }
  return sorted[best.end]!.day;
}

function dayRange(last: string, days: number): string[] {
  const end = Date.parse(`${last}T00:00:00Z`);
  return Array.from({ length: days }, (_, i) =>
    new Date(end - (days - 1 - i) * 86_400_000).toISOString().slice(0, 10),
  );
}

/** The series to draw: the busiest sources of the window, then 其他 for everything else. */
function chooseSeries(days: DayCounts[]): Series[] {
  const totals = new Map<string, number>();
  for (const { counts } of days) {
    for (const [source, count] of counts) totals.set(source, (totals.get(source) ?? 0) + count);
  }
  const ranked = [...totals].map(([name, total]) => ({ name, total })).sort((a, b) => b.total - a.total);
  if (ranked.length <= SERIES_LIMIT) return ranked;
  const kept = ranked.slice(0, SERIES_LIMIT - 1);
  const rest = ranked.slice(SERIES_LIMIT - 1).reduce((sum, series) => sum + series.total, 0);
  return [...kept, { name: OTHER, total: rest }];
}

export function ArticlesPerDayChart({ days }: { days: DayCounts[] }) {
  if (days.length === 0) return null;
  const sorted = [...days].sort((a, b) => a.day.localeCompare(b.day));
  const lastDay = busiestWindowEnd(sorted);
  const window = dayRange(lastDay, CHART_DAYS);
  const byDay = new Map(sorted.map((entry) => [entry.day, entry.counts]));
  const shown = sorted.filter((entry) => entry.day >= window[0]! && entry.day <= lastDay);
  const series = chooseSeries(shown);
  const named = new Set(series.map((s) => s.name));
  const seriesIndex = new Map(series.map((s, i) => [s.name, i]));

  const stacks = window.map((day) => {
    const counts = byDay.get(day) ?? new Map<string, number>();
    const values = new Array<number>(series.length).fill(0);
    for (const [source, count] of counts) {
      const index = seriesIndex.get(named.has(source) ? source : OTHER)!;
      values[index]! += count;
    }
    return { day, values, total: values.reduce((a, b) => a + b, 0) };
  });
  const max = Math.max(1, ...stacks.map((stack) => stack.total));
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const slot = plotWidth / window.length;
  const barWidth = Math.max(1, slot * 0.8);
  const scale = (value: number) => (value / max) * plotHeight;
  const total = series.reduce((sum, s) => sum + s.total, 0);
  const description = `${window[0]} 至 ${lastDay}，共 ${total} 篇：${series
    .map((s) => `${s.name} ${s.total} 篇`)
    .join("，")}。`;

  return (
    <figure class="chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby="chart-title chart-desc"
        xmlns="http://www.w3.org/2000/svg"
      >
        <title id="chart-title">每日文章数（按来源）</title>
        <desc id="chart-desc">{description}</desc>
        <g class="axis">
          <line
            x1={PLOT.left}
            y1={PLOT.top + plotHeight}
            x2={WIDTH - PLOT.right}
            y2={PLOT.top + plotHeight}
          />
          <text x={PLOT.left - 6} y={PLOT.top + 4} text-anchor="end">
            {max}
          </text>
          <text x={PLOT.left - 6} y={PLOT.top + plotHeight} text-anchor="end">
            0
          </text>
          <text x={PLOT.left} y={HEIGHT - 6} text-anchor="start">
            {window[0]}
          </text>
          <text x={WIDTH - PLOT.right} y={HEIGHT - 6} text-anchor="end">
            {lastDay}
          </text>
        </g>
        {stacks.map((stack, i) => {
          if (stack.total === 0) return null;
          let top = PLOT.top + plotHeight;
          const x = PLOT.left + i * slot + (slot - barWidth) / 2;
          return (
            <g>
              <title>{`${stack.day}：${stack.total} 篇`}</title>
              {stack.values.map((value, index) => {
                if (value === 0) return null;
                const height = scale(value);
                top -= height;
                return (
                  <rect
                    class={`series-${index}`}
                    x={x.toFixed(1)}
                    y={top.toFixed(1)}
                    width={barWidth.toFixed(1)}
                    height={height.toFixed(1)}
                  />
                );
              })}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <span>
          每日文章数：{window[0]} 至 {lastDay}
        </span>
        <ul class="legend">
          {series.map((s, index) => (
            <li>
              <span class={`swatch series-${index}`} aria-hidden="true" />
              {s.name}（{s.total}）
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
