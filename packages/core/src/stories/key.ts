import type { Article } from "../article.js";
import { hash64 } from "../assemble/hash.js";
import { securitiesInText } from "../enrich/securities.js";
import { titleFromText } from "../warnings.js";
import { comparisonText, contentCharacterCount, contentCharacters } from "./comparable.js";
import type { StorySettings } from "./settings.js";

/**
 * What a story key is made from: an Article, or any record with these fields. Its warnings tell
 * whether the title was stated or derived from the text.
 */
export type StoryInput = Pick<Article, "id" | "title" | "text" | "publishedAt"> &
  Partial<Pick<Article, "warnings" | "source" | "via">>;

/**
 * Everything grouping needs of one item, small and serialisable (a store keeps it beside the
 * article): the comparison text and when it was published. The text is cut to
 * `maxComparisonLength`, so a key is bounded whatever the article's length.
 */
export interface StoryKey {
  /** The article's id. */
  id: string;
  /** `publishedAt` as milliseconds since the epoch; null when the article has no date. */
  at: number | null;
  /**
   * The outlet that published this copy: the outermost channel it travelled through (`Article.via`'s
   * last), else its source (`财联社`, `东方财富`); null when the article names neither. Absent from keys
   * stored before it was added, which count as unknown.
   */
  outlet?: string | null;
  /** The calendar day of `publishedAt` as written (its own offset), `YYYY-MM-DD`; null when undated. */
  day: string | null;
  /** The comparison text (see `comparisonText`), cut to `maxComparisonLength`. */
  text: string;
  /** Content characters of the whole comparison text before the cut: how complete this copy is. */
  size: number;
  /** Content characters of the title the item states (NFKC, lower case); empty when it has none of its own. */
  headline: string;
  /** Hash of the template skeleton: the first content characters with digits masked. */
  skeleton: string;
  /** Securities the text names by code (`600988.SH`): two copies never name disjoint ones. */
  securities: string[];
  /** Registered companies the text names (`北京恒渡科技有限公司` → `恒渡科技`): copies name the same ones. */
  companies: string[];
  /**
   * The text opens a list of three or more numbered items (`1、…2、…3、`), after at most a short
   * introduction: a digest of several stories.
   */
  digest: boolean;
}

/** A registered company name: up to 24 characters before `有限公司` / `有限责任公司`, after a break. */
export const COMPANY =
  /([^\s,，。;；:：、“”"()（）]{2,24})(?:[（(][^（）()]{1,8}[)）])?(?:股份)?有限(?:责任)?公司/gu;
/** What every registered company name (`COMPANY`) holds. */
const COMPANY_MARK = "有限";
/**
 * The most UTF-16 units a `COMPANY` match holds before its `有限`: 24 code points of name (48 units at
 * two a code point), a bracketed note of 8 (its brackets and 16 units), then `股份`. A match starts no
 * further than this before the mark it is found by (`companyMatches`).
 */
const COMPANY_REACH = 24 * 2 + (2 + 8 * 2) + 2;
/** Characters of a company name that tell it apart: the ones right before its legal suffix. */
const COMPANY_KEY_LENGTH = 4;
/** A numbered item of a list: `1、`, `2.`, `③` at the start or after a sentence. */
export const LIST_ITEM = /(?:^|[\s。;；])(?:[1-9]\d?[、.](?!\d)|[①-⑳])/gu;
/** A digest lists at least this many items. */
export const DIGEST_ITEMS = 3;

/**
 * The second a key was published in, when its time is stated to the second: a feed that carries another's
 * flash posts it in the same one. Null when undated or on a whole minute: a time stated to the minute, or
 * a date alone, lands there for every item of that minute or day (one in 60 stated seconds does too, and
 * is left out with them).
 */
export function statedSecond(key: Pick<StoryKey, "at">): number | null {
  if (key.at === null) return null;
  const second = Math.floor(key.at / MS_PER_SECOND);
  return second % SECONDS_PER_MINUTE === 0 ? null : second;
}

const MS_PER_SECOND = 1000;
const SECONDS_PER_MINUTE = 60;

/** The story key of an article. */
export function storyKey(article: StoryInput, settings: Readonly<StorySettings>): StoryKey {
  const full = comparisonText(article.title, article.text, Number.POSITIVE_INFINITY);
  const at = article.publishedAt === null ? Number.NaN : Date.parse(article.publishedAt);
  const dated = article.publishedAt !== null && !Number.isNaN(at);
  return {
    id: article.id,
    at: dated ? at : null,
    outlet: article.via?.at(-1) ?? article.source?.name ?? null,
    day: dated ? article.publishedAt!.slice(0, 10) : null,
    text: full.slice(0, settings.maxComparisonLength),
    size: contentCharacterCount(full),
    headline: titleFromText(article.warnings)
      ? ""
      : contentCharacters(article.title.normalize("NFKC").toLowerCase()),
    skeleton: hash64(contentCharacters(full, settings.skeletonLength).replace(/\d+/g, "#")),
    securities: [
      ...new Set(securitiesInText(`${article.title}\n${article.text}`).map((s) => `${s.code}.${s.market}`)),
    ].sort(),
    companies: [
      ...new Set(
        companyMatches(full)
          .map((m) => companyName(m[1]!).slice(-COMPANY_KEY_LENGTH))
          .filter((name) => name !== ""),
      ),
    ].sort(),
    digest: isDigest(full),
  };
}

/**
 * The matches of `COMPANY` in a text, as `[...text.matchAll(COMPANY)]` gives them, the pattern tried
 * only from `COMPANY_REACH` units before each `有限` on: a match that starts at `s` holds the mark at
 * `s + 2` to `s + COMPANY_REACH`, so before the first mark at or after `from + 2` (the previous match's
 * end) no match starts, and the pattern's search from there finds the same next match as a search
 * from `from`. Tried at every position of a text, most of them far from any mark, the pattern was
 * about two fifths of a story key's time (docs/benchmarks.md, session 51).
 */
export function companyMatches(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let from = 0;
  // Each turn ends at a match, which is never empty (its mark and `公司`), or ends the loop.
  for (let mark = text.indexOf(COMPANY_MARK, 2); mark !== -1; mark = text.indexOf(COMPANY_MARK, from + 2)) {
    // A start inside a surrogate pair is the pair's: a `u` pattern reads from the code point there.
    COMPANY.lastIndex = Math.max(from, mark - COMPANY_REACH);
    const match = COMPANY.exec(text);
    if (match === null) break;
    found.push(match);
    from = COMPANY.lastIndex;
  }
  // Left at 0, as a search to the text's end leaves it: the next search of the pattern starts from the start.
  COMPANY.lastIndex = 0;
  return found;
}

/**
 * A company's name without the `股份` its legal form may start with: the name is taken greedily, so
 * `广发证券股份有限公司` and `红塔证券股份有限公司` would both end in `证券股份`.
 */
function companyName(captured: string): string {
  return captured.endsWith("股份") ? captured.slice(0, -2) : captured;
}

/**
 * An introduction a digest may open with before its first item: one short clause ending in a
 * colon (`今天《新闻联播》主要内容有：`), which one feed writes and another leaves out.
 */
const DIGEST_INTRODUCTION = /^[^\n。]{0,40}[:：]\s*$/u;

/**
 * True when a text starts with a numbered item, or an introduction and then one, and lists at
 * least `DIGEST_ITEMS` of them.
 */
export function isDigest(text: string): boolean {
  // Only the first `DIGEST_ITEMS` items matter: the search stops there, not at the text's end.
  LIST_ITEM.lastIndex = 0;
  let first = -1;
  let items = 0;
  while (items < DIGEST_ITEMS) {
    // Every item holds its number: no match is empty, so each search moves on.
    const match = LIST_ITEM.exec(text);
    if (match === null) return false;
    if (items === 0) first = match.index;
    items++;
  }
  LIST_ITEM.lastIndex = 0;
  return first === 0 || DIGEST_INTRODUCTION.test(text.slice(0, first));
}
