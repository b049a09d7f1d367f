import type { StatsReport } from "./corpus-stats.js";
import { padEnd } from "./display-width.js";
import type { Style } from "./style.js";
import { lineSafe } from "./terminal-text.js";

/**
 * The stats report for a human; lists cut to `top` lines with a note of how many were left out.
 * What comes from the corpus (names, titles, file names) is `lineSafe` before it is styled: a file
 * named `a\x1b]0;owned\x07.md` set the terminal's title.
 */
export function renderStatsReport(report: StatsReport, top: number, style: Style): string {
  const out: string[] = [];
  /** `total`: the rows there are, when the report holds only the first `top` (the stories). */
  const section = (title: string, rows: [string, number][], note = "", total = rows.length) => {
    out.push("", style.bold(`${title}${note}`));
    if (rows.length === 0) out.push(style.dim("  none"));
    const width = String(Math.max(0, ...rows.map(([, count]) => count))).length;
    for (const [label, count] of rows.slice(0, top)) out.push(`  ${String(count).padStart(width)}  ${label}`);
    if (total > top) {
      const more = total === rows.length ? "--top or --json for all" : "--top for more";
      out.push(style.dim(`  … ${total - top} more (${more})`));
    }
  };

  out.push(
    style.bold(`${report.articles} articles`) +
      `, ${report.failed} failed, ${report.withWarnings} with warnings, ` +
      `${report.missingDates} without a date, ${report.unknownSource} without a source`,
  );
  section(
    "Sources",
    report.sources.map(({ name, articles }) => [lineSafe(name), articles]),
  );
  section(
    "Formats",
    report.formats.map(({ format, articles }) => [format, articles]),
  );
  section(
    "Months",
    report.months.map(({ month, articles }) => [month, articles]),
    report.missingDates > 0 ? ` (${report.missingDates} without a date)` : "",
  );
  section(
    "Warnings (articles with each code)",
    report.warnings.map(({ code, articles }) => [code, articles]),
  );
  const { stories } = report;
  section(
    "Stories told more than once",
    stories.groups.map(({ title, articles }) => [
      [lineSafe(title), ...articles.map(({ file }) => style.dim(`     ${lineSafe(file)}`))].join("\n"),
      articles.length,
    ]),
    `: ${stories.withCopies} of ${stories.stories} stories (${stories.articlesInStoriesWithCopies} articles); ` +
      `${stories.duplicates} articles are copies of a story already told ` +
      `(${(stories.duplicateShare * 100).toFixed(1)}%), ${stories.copiesPerStory} articles a story` +
      (stories.estimated
        ? ` (estimated: more articles within a story's time window than are grouped at once, and a copy further from its story's first counts as a story of its own: at most this many stories, at least this many copies)`
        : ""),
    stories.withCopies,
  );
  section(
    "Top securities (articles mentioning them)",
    report.securities.map(({ code, market, name, articles }) => [
      `${padEnd(`${code}.${market}`, 10)} ${lineSafe(name ?? "")}`.trimEnd(),
      articles,
    ]),
  );
  return `${out.join("\n")}\n`;
}
