import type { Market } from "../article.js";
import { ownField } from "../assemble/own-property.js";
import type { TextTest } from "../text/pattern-set.js";
import type {
  ChannelJson,
  FieldLocationJson,
  FieldTestJson,
  MatchGroupJson,
  MatchJson,
  RulePackJson,
  SecurityLocationJson,
} from "./json.js";
import type {
  Channel,
  ContentPack,
  FieldLocation,
  GeneratorPack,
  Pack,
  PackFieldName,
  PackInput,
  SecurityLocation,
} from "./types.js";

/** A `dropBlocks` pattern as it is run: it must match the block whole. */
export const wholeBlock = (source: string): string => `^(?:${source})$`;

/**
 * A rule pack's JSON turned into the pack the pipeline runs. The document must be valid: the
 * bundled packs are (their tests check them against `rules.schema.json` and `checkRules`), and a
 * user's is checked first by `compileRules` (`@caixun/core/rules`), which names the first problem.
 * Compiling without checks keeps the checker, and its messages, out of a page that only parses.
 */
export function compilePack(pack: RulePackJson, patternSource: PatternSource = asWritten): Pack {
  const regex = (source: string, flags = "u") => new RegExp(patternSource(source), flags);
  const base: Omit<ContentPack, "kind"> = { name: pack.name, matches: compileMatch(pack.match, regex) };
  // `match.bodyIncludes` is a condition of `matches`, and so a string one of which the body holds; so is one of
  // `anyOf`'s when every group states some. A group's strings otherwise are asked of the same pass (`bodyAsks`).
  const groups = pack.match?.anyOf ?? [];
  const groupStrings = groups.flatMap((group) => group.bodyIncludes ?? []);
  if (pack.match?.bodyIncludes !== undefined) base.bodyIncludes = pack.match.bodyIncludes;
  else if (groups.length > 0 && groups.every((group) => group.bodyIncludes !== undefined))
    base.bodyIncludes = groupStrings;
  if (base.bodyIncludes !== groupStrings && groupStrings.length > 0) base.bodyAsks = groupStrings;
  if (pack.removeSelectors !== undefined) base.removeSelectors = pack.removeSelectors;
  if (pack.content !== undefined) base.content = pack.content;
  if (pack.removeBetweenComments !== undefined) base.removeBetweenComments = pack.removeBetweenComments;
  const drops: TextTest[] = (pack.dropBlocks ?? []).map((source) => regex(wholeBlock(source)));
  if (pack.dropLines !== undefined && pack.dropLines.length > 0) drops.push(wordsTest(pack.dropLines));
  if (drops.length > 0) base.dropBlocks = drops;
  if (pack.titleSuffixes !== undefined) base.titleSuffixes = pack.titleSuffixes.map(collapseSuffix);
  if (pack.cutFragments !== undefined) base.cutFragments = pack.cutFragments.map((s) => regex(s, "gu"));
  if (pack.placeholderImages !== undefined)
    base.placeholderImages = pack.placeholderImages.map((s) => regex(s));
  if (pack.carrier !== undefined) base.carrier = pack.carrier;
  if (pack.fields !== undefined) base.fields = compileFields(pack.fields, regex);
  if (pack.securities !== undefined)
    base.securities = pack.securities.map((location) => compileSecurity(location, regex));
  if ((pack.kind ?? "content") === "content") return { kind: "content", ...base };
  const generator: GeneratorPack = {
    kind: "generator",
    ...base,
    format: pack.format!,
    bodySyntax: pack.bodySyntax!,
  };
  if (pack.channel !== undefined) generator.channel = compileChannel(pack.channel);
  if (pack.authorFieldIsChannel !== undefined) generator.authorFieldIsChannel = pack.authorFieldIsChannel;
  if (pack.imageFields !== undefined) generator.imageFields = pack.imageFields;
  return generator;
}

/**
 * A bundled content pack compiled from its JSON rules the first time it is asked for, the same pack every time after:
 * its rules (`@caixun/core/packs/bundled-rules`) are not read when the module loads, since a Worker reads them from its
 * static assets before it parses.
 */
export function compiledOnce(rules: () => RulePackJson): () => ContentPack {
  let pack: ContentPack | undefined;
  return () => (pack ??= compilePack(rules()) as ContentPack);
}

/** The words of a `dropLines` line (white space between them matches any white space). */
export const lineWords = (line: string) => line.trim().split(/\s+/).filter(Boolean);

/**
 * A pack's `dropLines` as one test: a block whose words are those of one of the lines. Compared as words, not run as a
 * pattern: V8 compiles a pattern at its first test and refuses a literal of more than 32,767 characters there
 * (`Regular expression too large`), or of 20,000 words (its stack), so a learned line of 50,001 characters made every
 * document its pack applied to fail `parse-failed` (twenty-eighth round). A block's words are split only when it
 * opens with the first character of a line's.
 */
function wordsTest(lines: readonly string[]): TextTest {
  const wanted = new Set(lines.map((line) => lineWords(line).join(" ")));
  const openings = new Set([...wanted].map((line) => line.charCodeAt(0)));
  return {
    test(text) {
      const start = text.trimStart();
      return openings.has(start.charCodeAt(0)) && wanted.has(lineWords(start).join(" "));
    },
  };
}

/** A title suffix as it is compared: white space collapsed. */
export const collapseSuffix = (suffix: string) => suffix.replace(/\s+/gu, " ").trim();

/**
 * How a pack's pattern sources become what is compiled: as written for the bundled packs, with bounded runs
 * for a user's (`compileRules`).
 */
export type PatternSource = (source: string) => string;
const asWritten: PatternSource = (source) => source;

/** A pattern source compiled with the pack's `PatternSource`. */
type Regex = (source: string, flags?: string) => RegExp;

function compileMatch(match: MatchJson | undefined, regex: Regex): (input: PackInput) => boolean {
  if (match === undefined) return () => true;
  const tests: Array<(input: PackInput) => boolean> = [];
  // A pattern over the body is tried after every other condition of its group holds: it reads the whole body.
  const bodyPatterns: Array<(input: PackInput) => boolean> = [];
  for (const [key, value] of Object.entries(match)) {
    switch (key as keyof MatchJson) {
      case "frontMatter":
        tests.push(({ hasFrontMatter }) => hasFrontMatter === value);
        break;
      case "bodyIncludes": {
        const needles = value as string[];
        tests.push(({ body, found }) =>
          needles.some((needle) => (found === undefined ? body.includes(needle) : found.has(needle))),
        );
        break;
      }
      case "bodyMatches": {
        const re = regex(value as string);
        bodyPatterns.push(({ body }) => re.test(body));
        break;
      }
      case "anyOf": {
        const groups = (value as MatchGroupJson[]).map((group) => compileMatch(group, regex));
        tests.push((input) => groups.some((group) => group(input)));
        break;
      }
      case "anyField": {
        const names = value as string[];
        tests.push(({ data }) => names.some((name) => Object.hasOwn(data, name)));
        break;
      }
      case "fields":
        for (const [field, test] of Object.entries(value as Record<string, FieldTestJson>)) {
          const check = compileFieldTest(test, regex);
          tests.push(({ data }) => check(ownField(data, field)));
        }
        break;
    }
  }
  tests.push(...bodyPatterns);
  return (input) => tests.every((test) => test(input));
}

function compileFieldTest(test: FieldTestJson, regex: Regex): (value: unknown) => boolean {
  const holds = (value: unknown, wanted: readonly string[]) =>
    Array.isArray(value)
      ? value.some((item) => wanted.includes(String(item).trim()))
      : value !== undefined && value !== null && wanted.includes(String(value).trim());
  if (typeof test === "string") return (value) => holds(value, [test]);
  if (Array.isArray(test)) return (value) => holds(value, test);
  const re = test.matches === undefined ? null : regex(test.matches);
  const type = test.type;
  return (value) => {
    const present = value !== undefined && value !== null;
    if (test.present !== undefined && present !== test.present) return false;
    if (type !== undefined && (type === "array" ? !Array.isArray(value) : typeof value !== type))
      return false;
    if (re !== null) {
      const values = Array.isArray(value) ? value : present ? [value] : [];
      if (!values.some((item) => re.test(String(item)))) return false;
    }
    return true;
  };
}

function compileFields(
  fields: Partial<Record<PackFieldName, FieldLocationJson>>,
  regex: Regex,
): Partial<Record<PackFieldName, FieldLocation>> {
  const locations: Partial<Record<PackFieldName, FieldLocation>> = {};
  for (const [name, location] of Object.entries(fields) as Array<[PackFieldName, FieldLocationJson]>) {
    const re = location.pattern === undefined ? undefined : regex(location.pattern);
    locations[name] =
      location.comment === true
        ? { comment: true, pattern: re! }
        : {
            selector: location.selector!,
            ...(location.attribute === undefined ? {} : { attribute: location.attribute }),
            ...(re === undefined ? {} : { pattern: re }),
          };
  }
  return locations;
}

function compileSecurity(location: SecurityLocationJson, regex: Regex): SecurityLocation {
  return {
    selector: location.selector,
    pattern: regex(location.pattern),
    ...(location.attribute === undefined ? {} : { attribute: location.attribute }),
    ...(location.market === undefined ? {} : { market: location.market }),
    ...(location.markets === undefined ? {} : { markets: location.markets as Record<string, Market> }),
    ...(location.nameFromText === true ? { nameFromText: true } : {}),
    ...(location.listed === true ? { listed: true } : {}),
  };
}

function compileChannel(channel: ChannelJson): (data: Record<string, unknown>) => Channel | null {
  const { from, slug } = channel;
  const squash = (name: string) => name.replace(/\s+/g, "");
  const aggregators = new Set((channel.aggregators ?? []).map(squash));
  const listings = new Set((channel.listings ?? []).map(squash));
  const fieldValue = (data: Record<string, unknown>, place: { field: string; index?: number }) => {
    const value = ownField(data, place.field);
    const item = Array.isArray(value)
      ? value.map((v) => String(v ?? "").trim()).filter(Boolean)[place.index ?? 0]
      : place.index === undefined || place.index === 0
        ? value
        : undefined;
    return typeof item === "string" || typeof item === "number" ? String(item).trim() : "";
  };
  return (data) => {
    let raw = "";
    let name = "";
    for (const place of from) {
      raw = fieldValue(data, place);
      if (!raw) continue;
      if (place.suffix !== undefined) {
        name = raw.endsWith(place.suffix) ? raw.slice(0, -place.suffix.length).trim() : "";
        if (!name) return null;
      } else name = raw;
      break;
    }
    if (!name) return null;
    const slugValue = slug === undefined ? "" : fieldValue(data, slug);
    const withSlug = <T extends object>(value: T) => (slugValue ? { ...value, slug: slugValue } : value);
    if (listings.has(squash(name)) || listings.has(squash(raw)))
      return withSlug({ name: raw, role: "listing" as const });
    const role = aggregators.has(squash(name)) ? ("aggregator" as const) : ("outlet" as const);
    return withSlug({ name, role });
  };
}
