import type { Format, Listing } from "../article.js";
import { hash64 } from "../assemble/hash.js";
import { setOwn } from "../assemble/own-property.js";
import { EDITOR_RANK, readCreditLine } from "../credits/grammar.js";
import { listedSecurity, mergeSecurities } from "../enrich/securities.js";
import type { FeedPack, PackSet } from "../packs/index.js";
import { CHINA_OFFSET } from "../policy/zone.js";
import { HTML_START } from "./detect.js";
import {
  mappingMatches,
  type RecordMapping,
  type ResolvedMapping,
  resolveMapping,
  valueAt,
} from "./mapping.js";
import type { ReadItem } from "./types.js";

/** How the records of one input are mapped: a mapping given for the input, else the feed packs that match each record. */
export class RecordMapper {
  private readonly resolved = new Map<RecordMapping | null, ResolvedMapping>();
  /** Records of one input usually share a feed: the pack that matched last is tried first. */
  private lastFeed: FeedPack | null = null;

  constructor(
    private readonly packs: PackSet,
    private readonly mapping: RecordMapping | null,
  ) {}

  /**
   * The document of one record, or `not-a-news-record` when the mapping finds no text field in
   * it. `where` says where the record sits (`ref`), which line of the input its body starts on,
   * and its text as read (`raw`).
   */
  document(
    record: Record<string, unknown>,
    where: { ref: string; line: number; raw: string },
    format: Format,
  ): ReadItem {
    const mapping = this.resolve(this.mapping ?? this.feedOf(record));
    const { fields } = mapping;
    // A JSON document beside news (a label, a setting, a manifest) has fields, but no text.
    const textPaths = [...fields.content, ...fields.summary];
    if (!textPaths.some((path) => valueAt(record, path) !== undefined)) {
      const keys = textPaths.slice(0, 4).join(", ");
      return {
        failure: {
          code: "not-a-news-record",
          message: `not a news record: no text field (${keys}, … — the keys the record mapping reads as content or summary)`,
          ref: where.ref,
        },
      };
    }
    const text = (paths: readonly string[]) => firstText(record, paths);
    const feedName = text(fields.feedName);
    const feedKey = mapping.feed?.key ?? firstSlug(record, fields.feedKey);
    const channelName = mapping.feed?.name ?? (feedName !== null && !isSlug(feedName) ? feedName : null);

    let title = text(fields.title) ?? "";
    let body = text(fields.content) ?? text(fields.summary) ?? "";
    // A flash opens with its headline in 【】: the title when none is stated, and not repeated in the text.
    const headline = /^\s*【([^【】\n]{1,200})】/.exec(body);
    if (headline && (title === "" || headline[1]!.trim() === title)) {
      title = headline[1]!.trim();
      body = body.slice(headline[0].length).trimStart();
    }

    const ownId = text(fields.id);
    const id = ownId === null ? null : feedKey === null ? ownId : `${feedKey}:${ownId}`;
    const securities = this.securities(record, mapping);
    const data: Record<string, unknown> = {};
    if (title !== "") data.title = title;
    const date = publishDate(record, fields.publishedAt) ?? namedTime(record, mapping);
    if (date !== null) data.date = date;
    const categories = firstValue(record, fields.categories);
    if (categories !== undefined) data.categories = names(categories);
    const tags = firstValue(record, fields.tags);
    if (tags !== undefined) data.tags = names(tags);
    const credited = { author: text(fields.author), editor: text(fields.editor) };
    if (credited.author === null || credited.editor === null) creditFields(record, mapping, credited);
    if (credited.author !== null) data.author = credited.author;
    if (credited.editor !== null) data.editor = credited.editor;
    for (const key in record) {
      if (Object.hasOwn(record, key) && !mapping.known.has(key) && !Object.hasOwn(data, key))
        setOwn(data, key, record[key]);
    }
    const originalUrl = firstUrl(record, fields.url);
    // A link that is no web address (a path without its host, `/22/0323/09/….html`) is no originalUrl: it is
    // kept under its key in `extra`, not lost.
    if (originalUrl === null) {
      const key = fields.url.find((path) => !path.includes(".") && typeof record[path] === "string");
      if (key !== undefined && (record[key] as string).trim() !== "") setOwn(data, key, record[key]);
    }
    return {
      document: {
        data,
        hasFrontMatter: false,
        body,
        bodyLine: where.line,
        syntax: HTML_START.test(body) || HTML_TAG.test(body) ? "html" : "plain-text",
        raw: where.raw,
        // A file name's number is the id of a one-document input, never of every record of a dump.
        filename: undefined,
        ref: where.ref,
        format,
        id: id ?? `h${hash64(where.raw)}`,
        originalUrl,
        channel: channelName === null ? null : { name: channelName, role: "outlet" },
        securities,
      },
      warnings: [],
    };
  }

  private feedOf(record: Record<string, unknown>): FeedPack | null {
    if (this.lastFeed !== null && mappingMatches(this.lastFeed, record)) return this.lastFeed;
    const feed = this.packs.feeds.find((pack) => mappingMatches(pack, record)) ?? null;
    if (feed !== null) this.lastFeed = feed;
    return feed;
  }

  private resolve(mapping: RecordMapping | null): ResolvedMapping {
    let resolved = this.resolved.get(mapping);
    if (resolved === undefined) {
      resolved = resolveMapping(mapping);
      this.resolved.set(mapping, resolved);
    }
    return resolved;
  }

  private securities(record: Record<string, unknown>, mapping: ResolvedMapping): Listing[] {
    const found: Listing[] = [];
    let listed = false;
    for (const list of mapping.securities) {
      if (list.fallback && listed) continue;
      const items = valueAt(record, list.path);
      if (!Array.isArray(items)) continue;
      listed = true;
      for (const item of items) {
        const listing =
          typeof item === "string"
            ? { code: item }
            : item !== null && typeof item === "object"
              ? {
                  code: firstText(item as Record<string, unknown>, list.code ?? ["code"]) ?? "",
                  name: firstText(item as Record<string, unknown>, list.name ?? ["name"]) ?? undefined,
                  market: firstText(item as Record<string, unknown>, list.market ?? ["market"]) ?? undefined,
                }
              : null;
        const security = listing === null ? null : listedSecurity(listing, list.markets);
        if (security !== null) found.push(security);
      }
    }
    return mergeSecurities([found]);
  }
}

/** HTML tags in a record's content: its body is HTML, not plain text. A tag holds no `<` (so `<p<p<p…` is linear). */
const HTML_TAG = /<(?:p|br|div|span|img|a|strong|b|em|table|ul|ol|li|h[1-6])\b[^<>]*>/i;
const SLUG = /^[A-Za-z][A-Za-z0-9_.-]{0,39}$/;
const DATE_ONLY = /^\d{4}-\d{1,2}-\d{1,2}$/;
const TIME_ONLY = /^\d{1,2}:\d{2}(?::\d{2})?$/;

function isSlug(value: string): boolean {
  return SLUG.test(value);
}

function firstValue(record: Record<string, unknown>, paths: readonly string[]): unknown {
  for (const path of paths) {
    const value = valueAt(record, path);
    if (
      value !== undefined &&
      value !== null &&
      value !== "" &&
      !(Array.isArray(value) && value.length === 0)
    ) {
      return value;
    }
  }
  return undefined;
}

/** The first value at `paths` that is a non-empty string or a number, as trimmed text. */
function firstText(record: Record<string, unknown>, paths: readonly string[]): string | null {
  for (const path of paths) {
    const value = valueAt(record, path);
    if (typeof value === "number" && Number.isFinite(value)) return String(value);
    if (typeof value === "string" && value.trim() !== "") return value.trim();
  }
  return null;
}

function firstSlug(record: Record<string, unknown>, paths: readonly string[]): string | null {
  for (const path of paths) {
    const value = valueAt(record, path);
    if (typeof value === "string" && isSlug(value.trim())) return value.trim();
  }
  return null;
}

function firstUrl(record: Record<string, unknown>, paths: readonly string[]): string | null {
  for (const path of paths) {
    const value = valueAt(record, path);
    if (typeof value === "string" && /^https?:\/\/\S+$/i.test(value.trim())) return value.trim();
  }
  return null;
}

/** Names of a list of strings or `{ name }` objects, or a comma-separated string. */
function names(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return value
    .map((item) =>
      item !== null && typeof item === "object" ? (item as Record<string, unknown>).name : item,
    )
    .filter((item) => typeof item === "string" || typeof item === "number");
}

/**
 * The publish date as the pipeline reads dates: a string as written (a date alone is joined with a
 * `time` field beside it), Unix seconds or milliseconds as the instant on China's clock.
 */
function publishDate(record: Record<string, unknown>, paths: readonly string[]): string | null {
  for (const path of paths) {
    const value = valueAt(record, path);
    if (typeof value === "number" && Number.isFinite(value) && value > 0) return fromEpoch(value);
    if (typeof value !== "string" || value.trim() === "") continue;
    const text = value.trim();
    if (/^\d{9,13}$/.test(text)) return fromEpoch(Number(text));
    // A date alone, with the time of day in a field of its own (`date` + `time`).
    const time = valueAt(record, "time");
    if (DATE_ONLY.test(text) && typeof time === "string" && TIME_ONLY.test(time.trim())) {
      return `${text} ${time.trim()}`;
    }
    return text;
  }
  return null;
}

/**
 * A key the mapping does not list whose name says it holds a time (`articleTime`, `releaseDate`,
 * `post_time`, `issuedAt`): a news API's own name for its publish time, read when no listed key
 * holds one. Case-sensitive, so that `At` is a camel-case word and `format` is not a time.
 */
const TIME_KEY = /(?:[Tt]ime|TIME|[Dd]ate|DATE|_at|[a-z]At)$/;
/** A time key naming another moment than the story's publication (an update, a crawl, an event's span). */
const OTHER_MOMENT =
  /update|modif|edit|crawl|fetch|scrap|collect|push|expir|insert|sync|start|begin|end|deadline/i;
/** 2001 to 2100 in Unix milliseconds (`epochMilliseconds`): a plausible publish time, not a count or an id. */
const EPOCH_MS = { min: 1e12, max: 4.1e12 } as const;
/** A date written out: a four-digit year, a separator, a month. */
const WRITTEN_DATE = /^\d{4}(?:[-/.年]\d{1,2}|\d{4}(?:\D|$))/;

/** The publish date under a key the mapping does not list but whose name and value are a time's. */
function namedTime(record: Record<string, unknown>, mapping: ResolvedMapping): string | null {
  for (const key in record) {
    if (
      !Object.hasOwn(record, key) ||
      mapping.known.has(key) ||
      !TIME_KEY.test(key) ||
      OTHER_MOMENT.test(key)
    )
      continue;
    const value = record[key];
    const epoch =
      typeof value === "number"
        ? value
        : typeof value === "string" && /^\d{10}$|^\d{13}$/.test(value.trim())
          ? Number(value)
          : null;
    if (epoch !== null) {
      const ms = epochMilliseconds(epoch);
      if (ms >= EPOCH_MS.min && ms < EPOCH_MS.max) return fromEpoch(epoch);
      continue;
    }
    if (typeof value === "string" && WRITTEN_DATE.test(value.trim())) return value.trim();
  }
  return null;
}

/**
 * A key the mapping does not list whose name says it holds credits (`authorMonitor`, `editorInfo`,
 * `staff`): its lines are read by the credit grammar (`资讯编辑：刘思琪 021-26096532`).
 */
const CREDIT_KEY = /author|editor|byline|writer|reporter|staff|credit/i;

/** Fills in `credited`'s missing author and editor from the credit lines of the record's credit keys. */
function creditFields(
  record: Record<string, unknown>,
  mapping: ResolvedMapping,
  credited: { author: string | null; editor: string | null },
): void {
  const readsEditor = credited.editor === null;
  let editorRank = Number.NEGATIVE_INFINITY;
  for (const key in record) {
    const value = record[key];
    if (
      !Object.hasOwn(record, key) ||
      mapping.known.has(key) ||
      typeof value !== "string" ||
      !CREDIT_KEY.test(key)
    )
      continue;
    for (const line of value.split(/\r?\n/)) {
      const credit = readCreditLine(line);
      if (credit?.kind === "staff" && credited.author === null && credit.authors.length > 0)
        credited.author = credit.authors.join("、");
      const editor =
        credit?.kind === "editor"
          ? { names: credit.names, rank: EDITOR_RANK[credit.role] }
          : credit?.kind === "staff"
            ? { names: credit.editors, rank: EDITOR_RANK[credit.editorRole] }
            : null;
      if (readsEditor && editor !== null && editor.names.length > 0 && editor.rank > editorRank) {
        credited.editor = editor.names.join("、");
        editorRank = editor.rank;
      }
    }
  }
}

/** Unix seconds, or milliseconds for 12 digits and more, in milliseconds. */
function epochMilliseconds(value: number): number {
  return value >= 1e11 ? value : value * 1000;
}

/** Unix seconds (or milliseconds, for 12 digits and more) as an ISO time on China's clock. */
function fromEpoch(value: number): string | null {
  const date = new Date(epochMilliseconds(value) + 8 * 3600 * 1000);
  if (Number.isNaN(date.getTime())) return null;
  return `${date.toISOString().slice(0, 19)}${CHINA_OFFSET}`;
}
