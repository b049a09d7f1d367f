import { DEFAULT_MAPPING, LABEL_KEYS } from "@caixun/core/readers/record-keys";
import type { Market } from "../article.js";
import { MARKETS } from "../article.js";
import { CaixunError } from "../errors.js";

// The mapping's tables are data of their own (`readers/record-keys.ts`, read by a Worker from its static assets).
export { DEFAULT_MAPPING, LABEL_KEYS };

/**
 * Record mapping: which keys of a dump's records hold which Article fields. Plain JSON, so a user can
 * write one for their own dumps. Every field is a list of key paths (`title`, `raw.stock_list`);
 * the first that holds a value wins. A mapping is laid over `DEFAULT_MAPPING`: the fields it names
 * replace the default's, the rest stay.
 */
export interface RecordMapping {
  /** A short name (a feed pack's folder). */
  name: string;
  /**
   * When the mapping applies to a record: any of these alternatives, each a set of key paths with the
   * values they may hold (`{ "source": ["cls"] }`). Absent: every record (a mapping given for one input).
   */
  match?: ReadonlyArray<Readonly<Record<string, readonly string[]>>>;
  /** The feed: `key` namespaces ids (`cls:2439468`), `name` is the outlet it publishes as (财联社). Absent: read from the record (`feedKey`, `feedName`). */
  feed?: { readonly key: string; readonly name: string };
  /** Article fields and where the record holds them. */
  fields?: Partial<Readonly<Record<RecordField, readonly string[]>>>;
  /** The record's own stock lists. */
  securities?: readonly StockList[];
  /** Top-level keys kept out of `extra` (a payload whose facts the mapping has read). */
  drop?: readonly string[];
}

/** The record fields a mapping can name. */
export const RECORD_FIELDS = [
  /** The record's id in its feed (namespaced as `feed:id`). */
  "id",
  "title",
  /** The body: plain text or HTML. */
  "content",
  /** Used as the body when there is no content (a summary, a brief). */
  "summary",
  /** The publish time: an ISO or Chinese date string, or Unix seconds or milliseconds. */
  "publishedAt",
  /** The original or share link. */
  "url",
  /** The feed's short ASCII name (a value such as `cls`; other values are not a key). */
  "feedKey",
  /** The outlet the feed publishes as (财联社); the source unless the text credits another. */
  "feedName",
  "categories",
  /** Tags, subjects, keywords: strings, or objects with a `name`. */
  "tags",
  "author",
  "editor",
] as const;

export type RecordField = (typeof RECORD_FIELDS)[number];

/**
 * A stock list: the items at `path` are codes (`600000.SH`, `sz000858`, `0.300750` with `markets`)
 * or objects whose `code`, `name` and `market` keys hold them. `markets` maps a feed's own market
 * ids to markets; an id it maps to null (boards, funds) or does not list is not a security.
 */
export interface StockList {
  path: string;
  code?: readonly string[];
  name?: readonly string[];
  market?: readonly string[];
  markets?: Readonly<Record<string, Market | null>>;
  /**
   * Read only when no list before it in the mapping is in the record: a copy of the feed's list that
   * lost what the list says (a scraper's flattened `stocks` without market ids, where a Korean `000660`
   * would be read as Shenzhen's), kept for records that carry nothing better.
   */
  fallback?: boolean;
}

/** Every key the default mapping reads, lower-cased: made at first use, after a Worker has read the tables. */
let knownKeys: ReadonlySet<string> | undefined;

/** Whether the default mapping reads `key` (lower-cased). */
export function isKnownKey(key: string): boolean {
  knownKeys ??= new Set(
    Object.values(DEFAULT_MAPPING.fields)
      .flat()
      .map((name) => name.toLowerCase()),
  );
  return knownKeys.has(key);
}

/** Whether the default mapping reads `key` (lower-cased) as `field`'s. */
export function isFieldKey(field: RecordField, key: string): boolean {
  return DEFAULT_MAPPING.fields[field]?.some((name) => name.toLowerCase() === key) === true;
}

/** A mapping with every field list filled in from the default. */
export interface ResolvedMapping {
  name: string;
  feed: RecordMapping["feed"];
  fields: Readonly<Record<RecordField, readonly string[]>>;
  securities: readonly StockList[];
  /** Top-level keys the mapping knows or drops: never copied to `extra`. */
  known: ReadonlySet<string>;
}

/** `mapping` laid over the default. */
export function resolveMapping(mapping: RecordMapping | null): ResolvedMapping {
  const fields = { ...DEFAULT_MAPPING.fields, ...(mapping?.fields ?? {}) } as Record<
    RecordField,
    readonly string[]
  >;
  const securities = mapping?.securities ?? DEFAULT_MAPPING.securities;
  const known = new Set<string>();
  for (const paths of Object.values(fields)) for (const path of paths) known.add(path.split(".")[0]!);
  for (const list of securities) known.add(list.path.split(".")[0]!);
  for (const key of mapping?.drop ?? []) known.add(key);
  return { name: mapping?.name ?? "default", feed: mapping?.feed, fields, securities, known };
}

/** Whether a mapping's `match` holds for a record (no `match`: always). */
export function mappingMatches(mapping: RecordMapping, record: Record<string, unknown>): boolean {
  if (mapping.match === undefined) return true;
  return mapping.match.some((alternative) =>
    Object.entries(alternative).every(([path, values]) => {
      const value = valueAt(record, path);
      return (typeof value === "string" || typeof value === "number") && values.includes(String(value));
    }),
  );
}

const splitPaths = new Map<string, readonly string[]>();

/** The value at a dotted key path (`raw.stock_list`), or undefined. */
export function valueAt(record: unknown, path: string): unknown {
  if (record === null || typeof record !== "object") return undefined;
  if (!path.includes(".")) return (record as Record<string, unknown>)[path];
  let keys = splitPaths.get(path);
  if (keys === undefined) {
    keys = path.split(".");
    splitPaths.set(path, keys);
  }
  let value: unknown = record;
  for (const key of keys) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * A user's mapping read from JSON, checked field by field. Throws `CaixunError`
 * (`invalid-mapping`) that says what is wrong where.
 */
export function recordMapping(json: unknown): RecordMapping {
  const fail = (where: string, what: string): never => {
    throw new CaixunError("invalid-mapping", `record mapping: ${where} ${what}`);
  };
  const paths = (value: unknown, where: string): readonly string[] => {
    if (!Array.isArray(value) || !value.every((item) => typeof item === "string" && item !== "")) {
      fail(where, "must be a list of key paths (non-empty strings)");
    }
    return value as string[];
  };
  if (json === null || typeof json !== "object" || Array.isArray(json))
    fail("the mapping", "must be an object");
  const input = json as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (!["name", "match", "feed", "fields", "securities", "drop"].includes(key))
      fail(`“${key}”`, "is not a key of a mapping");
  }
  const mapping: RecordMapping = { name: typeof input.name === "string" ? input.name : "user" };
  if (input.match !== undefined) {
    if (!Array.isArray(input.match)) fail("match", "must be a list of alternatives");
    mapping.match = (input.match as unknown[]).map((alternative, i) => {
      if (alternative === null || typeof alternative !== "object" || Array.isArray(alternative)) {
        fail(`match[${i}]`, "must be an object of key paths and their values");
      }
      return Object.fromEntries(
        Object.entries(alternative as Record<string, unknown>).map(([path, values]) => [
          path,
          paths(values, `match[${i}].${path}`),
        ]),
      );
    });
  }
  if (input.feed !== undefined) {
    const feed = input.feed as Record<string, unknown> | null;
    if (
      feed === null ||
      typeof feed !== "object" ||
      typeof feed.key !== "string" ||
      typeof feed.name !== "string"
    ) {
      fail("feed", "must be { key, name } (strings)");
    }
    mapping.feed = { key: String(feed!.key), name: String(feed!.name) };
  }
  if (input.fields !== undefined) {
    if (input.fields === null || typeof input.fields !== "object") fail("fields", "must be an object");
    const fields: Partial<Record<RecordField, readonly string[]>> = {};
    for (const [field, value] of Object.entries(input.fields as Record<string, unknown>)) {
      if (!(RECORD_FIELDS as readonly string[]).includes(field)) {
        fail(`fields.${field}`, `is not a field (${RECORD_FIELDS.join(", ")})`);
      }
      fields[field as RecordField] = paths(value, `fields.${field}`);
    }
    mapping.fields = fields;
  }
  if (input.securities !== undefined) {
    if (!Array.isArray(input.securities)) fail("securities", "must be a list of stock lists");
    mapping.securities = (input.securities as unknown[]).map((list, i) =>
      stockList(list, `securities[${i}]`, fail, paths),
    );
  }
  if (input.drop !== undefined) mapping.drop = paths(input.drop, "drop");
  return mapping;
}

function stockList(
  value: unknown,
  where: string,
  fail: (where: string, what: string) => never,
  paths: (value: unknown, where: string) => readonly string[],
): StockList {
  if (value === null || typeof value !== "object") return fail(where, "must be an object");
  const input = value as Record<string, unknown>;
  if (typeof input.path !== "string" || input.path === "") fail(`${where}.path`, "must be a key path");
  const list: StockList = { path: input.path as string };
  if (input.code !== undefined) list.code = paths(input.code, `${where}.code`);
  if (input.name !== undefined) list.name = paths(input.name, `${where}.name`);
  if (input.market !== undefined) list.market = paths(input.market, `${where}.market`);
  if (input.markets !== undefined) {
    const markets = input.markets as Record<string, unknown> | null;
    if (markets === null || typeof markets !== "object") fail(`${where}.markets`, "must be an object");
    for (const [id, market] of Object.entries(markets!)) {
      if (market !== null && !(MARKETS as readonly unknown[]).includes(market)) {
        fail(`${where}.markets.${id}`, `must be a market (${MARKETS.join(", ")}) or null`);
      }
    }
    list.markets = markets as Record<string, Market | null>;
  }
  if (input.fallback !== undefined) {
    if (typeof input.fallback !== "boolean") fail(`${where}.fallback`, "must be true or false");
    list.fallback = input.fallback as boolean;
  }
  return list;
}
