import { STAGES_FIELDS_PATTERNS } from "@caixun/core/text/rule-patterns";
import { setOwn } from "../assemble/own-property.js";
import { type AuthorEvidence, AuthorStrength, namesNoOne, resolveAuthor } from "../credits/author-tally.js";
import { hasBylineWord, readByline } from "../credits/grammar.js";
import { looksLikeOutlet, sameOutlet, withoutNamePadding } from "../credits/outlets.js";
import { advance, type Stage } from "../pipeline/context.js";
import type { SourceDocument } from "../pipeline/document.js";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
import { isFlashFeedPage, isPlaceholderLink } from "../text/url.js";
import { warning } from "../warnings.js";
import type { Credits } from "./credits.js";
import type { Provenance } from "./provenance.js";
import type { BodyRead } from "./read-body.js";

/** Stated fields the Article has a field for; every other one goes to `extra`. */
const MODELLED_KEYS = new Set(["title", "date", "categories", "category", "tags", "tag", "author", "editor"]);
/**
 * Stated fields that may hold the original link, in order of preference. A clipper's `source:` and a
 * feed archive's `url:` and a page mirror's `from:` hold the page's address (Obsidian Web Clipper, WeChat-to-Markdown
 * archives, Jekyll mirrors of whole pages);
 * only a web address counts, so a `source:` naming an outlet is left to the channel.
 */
const ORIGINAL_URL_KEYS = [
  "originalUrl",
  "original_url",
  "source_url",
  "sourceUrl",
  "original",
  "link",
  "url",
  "source",
  // A page mirror's address of the page it copied (NodeBE4's Jekyll mirrors: `from: https://pao-pao.net/article/142`).
  "from",
];

export interface Fields {
  originalUrl: string | null;
  author: string | null;
  editor: string | null;
  categories: string[];
  tags: string[];
  extra: Record<string, unknown>;
}

/**
 * Fields: the stated fields mapped onto the Article's, with what the body's credits say taking
 * precedence (a `责任编辑` line over an `editor:` field); whatever has no field goes to `extra`.
 */
export const fields: Stage<SourceDocument & BodyRead & { credits: Credits } & Provenance, Fields> = (
  context,
) => {
  const { data, credits, stated, source } = context.document;
  const authorFieldIsChannel = context.packs.generators[0]?.authorFieldIsChannel === true;
  // An `author:` naming the outlet that is the story's source (a site's own dataset, `author: 扶摇资讯`)
  // names no writer. Zola's and Hugo's page field is a list of them (`authors = ["小中"]`).
  const statedAuthor = authorField(data.author ?? data.authors);
  const { extra, cut } = extraFields(data, context.settings.maxExtraDepth);
  const extraWarnings =
    cut === 0
      ? []
      : [
          warning(
            "nesting-capped",
            `${cut} value(s) of extra nested deeper than ${context.settings.maxExtraDepth} levels were dropped (null)`,
          ),
        ];
  // The same of a page's markup: a portal's `<meta property="article:author" content="新华网">` names the outlet it
  // carries the story from.
  const namesSource = (name: string | null) =>
    name !== null && source !== null && looksLikeOutlet(name) && sameOutlet(name, source.name);
  const pageAuthor = stated.author ?? null;
  return advance(
    context,
    {
      originalUrl: credits.bareUrl
        ? (linkOutsideBody(context.document) ?? storyLink(credits.originalUrl))
        : (storyLink(credits.originalUrl) ?? linkOutsideBody(context.document)),
      author: resolveAuthor([
        ...named(credits.author, AuthorStrength.byline),
        ...named(
          authorFieldIsChannel || namesSource(statedAuthor) ? null : statedAuthor,
          AuthorStrength.frontMatter,
        ),
        ...named(namesSource(pageAuthor) ? null : pageAuthor, AuthorStrength.page),
        ...otherKeyValues(data).map((name) => ({ name, strength: AuthorStrength.otherKey })),
      ]),
      // An editor credit naming a CMS's default account (a DedeCMS page's `(责任编辑：admin)`) names no one, as an author's does.
      editor: nobodyAsNull(credits.editor ?? stringField(data.editor) ?? stated.editor ?? null),
      categories: stringList(data.categories ?? data.category),
      tags: stringList(data.tags ?? data.tag),
      extra,
    },
    extraWarnings,
  );
};

/** A name, or null when it names no one (`namesNoOne`). */
function nobodyAsNull(name: string | null): string | null {
  return name === null || namesNoOne(name) ? null : name;
}

/** A name as one piece of author evidence, or none. */
function named(name: string | null, strength: number): AuthorEvidence[] {
  return name === null ? [] : [{ name, strength }];
}

/** Keys whose values have roles of their own (the title, the taxonomy a generator pack reads, the layout). */
export const ROLE_KEYS: ReadonlySet<string> = new Set([
  "title",
  "categories",
  "category",
  "tags",
  "tag",
  "keywords",
  "description",
  "layout",
]);

/** The stated values under any other key, as text: each may agree with a writer another place names. */
function otherKeyValues(data: Record<string, unknown>): string[] {
  const values: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    const name = key.toLowerCase();
    if (name === "author" || ROLE_KEYS.has(name)) continue;
    const text = typeof value === "string" ? stringField(value) : null;
    if (text !== null) values.push(text);
  }
  return values;
}

/**
 * The story's link as stated outside its body, in order of trust: a record's or reader's link (a
 * title linking to the page), a front-matter field, then what the markup states (a whole page's
 * link labelled 原文, og:url). The body's own `原文链接：` line comes before all of them.
 */
export function linkOutsideBody(
  document: Pick<SourceDocument, "originalUrl" | "data"> & Pick<BodyRead, "stated">,
): string | null {
  // A flash feed's own page a scraper gave a flash without one (`isFlashFeedPage`) is no story's address.
  const own =
    document.originalUrl !== null && !isFlashFeedPage(document.originalUrl)
      ? storyLink(document.originalUrl)
      : null;
  return own ?? statedUrl(document.data) ?? storyLink(document.stated.originalUrl ?? null);
}

/** A link unless its host is a placeholder (`isPlaceholderLink`: a template's `https://example.com/…` is no original). */
function storyLink(link: string | null): string | null {
  return link !== null && !isPlaceholderLink(link) ? link : null;
}

export function statedUrl(data: Record<string, unknown>): string | null {
  for (const key of ORIGINAL_URL_KEYS) {
    const value = stringField(data[key]);
    // A feed's address written as its HTML had it (`?__biz=…&amp;mid=…`): the `&` it stands for. A flash feed's own
    // page a scraper gave a flash without one (`isFlashFeedPage`) is no story's address.
    if (value && /^https?:\/\//i.test(value) && !isFlashFeedPage(value) && !isPlaceholderLink(value))
      return value.replaceAll("&amp;", "&");
  }
  return null;
}

/**
 * A stated author: a name, or the first of a list of them; a note-taking app's wiki link around it
 * (`- "[[鲍奕龙]]"`, as Obsidian's clipper writes authors) is not part of the name. A feed that states its
 * byline as the author (`<author>本报记者 李 纵 周小苑</author>`) names the reporters: 李纵、周小苑.
 */
export function authorField(value: unknown): string | null {
  return statedWriter(value)?.name ?? null;
}

/**
 * A stated author as `authorField` reads it, and the outlet its byline names (`新京报记者 王晓枫`, a CMS's author
 * column holding the paper's credit: 新京报), or null for a name alone.
 */
export function statedWriter(value: unknown): { name: string; outlet: string | null } | null {
  if (!stagesFieldsPatternsCompiled) compileStagesFieldsPatterns();
  const first = Array.isArray(value) ? value.find((item) => stringField(item) !== null) : value;
  const stated = stringField(first);
  // A blogger card's counts and follow button caught after the name (`soso101 粉丝 - 1 关注 - 2 +加关注`).
  const name = stated === null ? null : stringField(stated.replace(CARD_COUNTS, ""));
  if (name === null) return null;
  const written = withoutNamePadding(
    stringField(/^\[\[([^\]|]+)(?:\|[^\]]*)?\]\]$/u.exec(name)?.[1]) ?? name,
  );
  // A byline led by a mention's mark (`@鉅亨網編譯劉祥航`, a note app's sample copying 鉅亨網's credit as a handle): the
  // mark is no part of the credit. A handle alone (`@alice`) is no byline, and is kept as stated.
  const credit = written.startsWith("@") || written.startsWith("＠") ? written.slice(1) : written;
  // Only a labelled byline: a name after an outlet's (`财联社 史正丞`, as a scraper copies the dateline's editor) is
  // read as the feed states it.
  const byline = hasBylineWord(credit) ? readByline(credit) : null;
  return byline !== null && byline.authors.length > 0
    ? { name: byline.authors.join("、"), outlet: byline.outlet }
    : { name: spacedNames(written) ?? written, outlet: null };
}

/**
 * Writers' names a field lists with blanks between them (好奇心日报's archive: `author: "俞斯译 韩方航"`), joined as a
 * byline's are (`俞斯译、韩方航`); null when the text is no such list, or one of its words reads as an outlet (`财联社
 * 史正丞`, a scraper's copy of a dateline, is read as stated).
 */
function spacedNames(text: string): string | null {
  if (!stagesFieldsPatternsCompiled) compileStagesFieldsPatterns();
  if (!SPACED_NAMES.test(text)) return null;
  const names = text.split(/[ \t\u3000]+/u);
  return names.some((name) => looksLikeOutlet(name)) ? null : names.join("、");
}

/**
 * The patterns below are compiled from their literals (`STAGES_FIELDS_PATTERNS`, `text/rule-patterns.ts`) when a function that
 * reads one is first called: a Worker reads the literals from its static assets before any parse instead of carrying
 * them in its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag
 * once per call.
 */
let stagesFieldsPatternsCompiled = false;
/** Two to four names of two to four Han characters, blanks between them. @bounded: the words and gaps do not overlap. */
let SPACED_NAMES: RegExp;

/** A profile card's counters after a name, to the end: `粉丝 - 1`, `关注 - 2`, `+加关注`. */
let CARD_COUNTS: RegExp;

/** Compiles `STAGES_FIELDS_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileStagesFieldsPatterns(): void {
  [SPACED_NAMES, CARD_COUNTS] = STAGES_FIELDS_PATTERNS.map(regexFromLiteral) as RegExps<2>;
  stagesFieldsPatternsCompiled = true;
}

/** A stated string or number, trimmed; null when absent or empty. */
export function stringField(value: unknown): string | null {
  if (typeof value !== "string" && typeof value !== "number") return null;
  const text = String(value).trim();
  return text === "" ? null : text;
}

/**
 * A list as stated; a string is split the way Jekyll splits it (on white space), and on commas.
 * Each name once, in a set: a stated list is as long as its front matter or record allows (100,000
 * tags took 45 s when every name was looked up in the list so far). A mapping states no names.
 */
function stringList(value: unknown): string[] {
  const items = Array.isArray(value)
    ? value
    : typeof value === "string" || typeof value === "number"
      ? String(value).split(/[\s,，]+/)
      : [];
  const out = new Set<string>();
  for (const item of items) {
    const text = stringField(item);
    if (text !== null) out.add(text);
  }
  return [...out];
}

/**
 * The data's keys no field models; a value nested more than `maxDepth` levels is null (`cut` counts them): a JSON
 * record's junk of 7,000 nested arrays, kept whole, made an Article that `JSON.stringify` (the API's answer, the CLI's
 * output) overflows its stack on.
 */
function extraFields(
  data: Record<string, unknown>,
  maxDepth: number,
): { extra: Record<string, unknown>; cut: number } {
  const extra: Record<string, unknown> = {};
  let cut = 0;
  for (const [key, value] of Object.entries(data)) {
    if (MODELLED_KEYS.has(key)) continue;
    const tooDeep = value !== null && typeof value === "object" && nestedPast(value, maxDepth);
    if (tooDeep) cut++;
    setOwn(extra, key, tooDeep ? null : value);
  }
  return { extra, cut };
}

/** Whether a value holds a container more than `maxDepth` levels down; iterative, as deep as it goes. */
function nestedPast(value: object, maxDepth: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [node, depth] = top;
    if (depth > maxDepth) return true;
    for (const item of Object.values(node as object))
      if (item !== null && typeof item === "object") stack.push([item, depth + 1]);
  }
  return false;
}
