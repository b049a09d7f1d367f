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
const COMPANY =
  /([^\s,，。;；:：、“”"()（）]{2,24})(?:[（(][^（）()]{1,8}[)）])?(?:股份)?有限(?:责任)?公司/gu;
/** What every registered company name (`COMPANY`) holds. */
const COMPANY_MARK = "有限";
/** Characters of a company name that tell it apart: the ones right before its legal suffix. */
const COMPANY_KEY_LENGTH = 4;
/** A numbered item of a list: `1、`, `2.`, `③` at the start or after a sentence. */
const LIST_ITEM = /(?:^|[\s。;；])(?:[1-9]\d?[、.](?!\d)|[①-⑳])/gu;
/** A digest lists at least this many items. */
const DIGEST_ITEMS = 3;

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
        // Every match holds `有限`: a text without it (most) is not scanned (the scan was about a third
        // of a story key's time in an ingest's profile).
        (full.includes(COMPANY_MARK) ? [...full.matchAll(COMPANY)] : [])
          .map((m) => companyName(m[1]!).slice(-COMPANY_KEY_LENGTH))
          .filter((name) => name !== ""),
      ),
    ].sort(),
    digest: isDigest(full),
  };
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
function isDigest(text: string): boolean {
  const items = [...text.matchAll(LIST_ITEM)];
  if (items.length < DIGEST_ITEMS) return false;
  const first = items[0]!.index;
  return first === 0 || DIGEST_INTRODUCTION.test(text.slice(0, first));
}
