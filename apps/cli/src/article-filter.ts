import { type Article, FORMATS, type Format } from "@caixun/core";
import { sinceInstant, untilInstant } from "@caixun/core/policy";
import { type Command, InvalidArgumentError, Option } from "commander";

/**
 * Which parsed articles a command keeps: published in a window, from some sources, of some input
 * families. An article dropped by a filter is not a failure; `--verbose` says why it was dropped.
 */
export interface ArticleFilter {
  /** First instant kept (ms), from --since. */
  since?: number;
  /** First instant no longer kept (ms), from --until. */
  until?: number;
  /** Source names or slugs, from --source. */
  sources?: ReadonlySet<string>;
  /** Input families (Article.format), from --format-in. */
  formats?: ReadonlySet<Format>;
}

export interface FilterOptions {
  since?: number;
  until?: number;
  source?: string[];
  formatIn?: Format[];
}

function bound(parse: (value: string) => number | null) {
  return (value: string): number => {
    const instant = parse(value);
    if (instant === null) {
      throw new InvalidArgumentError(
        "expected a day (2022-01-30) or an ISO 8601 time (2022-01-30T09:59:17+08:00)",
      );
    }
    return instant;
  };
}

function list(value: string, previous: string[] = []): string[] {
  const items = value
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
  if (items.length === 0) throw new InvalidArgumentError("expected one or more comma-separated names");
  return [...previous, ...items];
}

function formats(value: string, previous: Format[] = []): Format[] {
  const names = list(value);
  for (const name of names) {
    if (!(FORMATS as readonly string[]).includes(name)) {
      throw new InvalidArgumentError(`expected input families among ${FORMATS.join(", ")}`);
    }
  }
  return [...previous, ...(names as Format[])];
}

/** Adds --since, --until, --source and --format-in to a command. */
export function addFilterOptions(command: Command): Command {
  return command
    .addOption(
      new Option(
        "--since <date>",
        "keep articles published on or after this day or time (days in China Standard Time)",
      ).argParser(bound(sinceInstant)),
    )
    .addOption(
      new Option("--until <date>", "keep articles published on or before this day or time").argParser(
        bound(untilInstant),
      ),
    )
    .addOption(
      new Option(
        "--source <names>",
        "keep articles of these sources (names or slugs, comma-separated)",
      ).argParser(list),
    )
    .addOption(
      new Option(
        "--format-in <families>",
        `keep articles of these input families (${FORMATS.join(", ")})`,
      ).argParser(formats),
    );
}

export function articleFilter(options: FilterOptions): ArticleFilter | null {
  const filter: ArticleFilter = {};
  if (options.since !== undefined) filter.since = options.since;
  if (options.until !== undefined) filter.until = options.until;
  if (options.source) filter.sources = new Set(options.source);
  if (options.formatIn) filter.formats = new Set(options.formatIn);
  return Object.keys(filter).length === 0 ? null : filter;
}

/** Why the filter drops this article, or null when it keeps it. Undated articles fall outside any window. */
export function droppedBecause(article: Article, filter: ArticleFilter): string | null {
  if (filter.since !== undefined || filter.until !== undefined) {
    const time = article.publishedAt === null ? Number.NaN : Date.parse(article.publishedAt);
    if (Number.isNaN(time)) return "no publish date, outside --since/--until";
    if (filter.since !== undefined && time < filter.since)
      return `published ${article.publishedAt}, before --since`;
    if (filter.until !== undefined && time >= filter.until)
      return `published ${article.publishedAt}, after --until`;
  }
  if (filter.sources) {
    const { source } = article;
    const matches =
      source !== null &&
      (filter.sources.has(source.name) || (source.slug !== undefined && filter.sources.has(source.slug)));
    if (!matches) return `source ${source?.name ?? "unknown"} is not one of --source`;
  }
  if (filter.formats && !filter.formats.has(article.format)) {
    return `input family ${article.format} is not one of --format-in`;
  }
  return null;
}
