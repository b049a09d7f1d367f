import type { Listing, Market, MarketIndex, Sector, Security, SecurityHow } from "../article.js";
import { type CodeMention, codeMentions } from "../enrich/securities.js";
import {
  entriesNamed,
  entryKey,
  longestNameAt,
  type NameMatch,
  type NameTarget,
  type SecurityDictionary,
  type SecurityEntry,
} from "./dictionary.js";
import { foldCode } from "./fold.js";
import {
  CUED,
  INDUSTRY_END,
  isHan,
  isLatinLetter,
  isLatinWord,
  LATIN_END,
  LISTING_MARKED,
  ORDINARY_WORD,
  ORGANISATION_END,
  SECTOR,
  SHORT_HAN,
  VENUE,
} from "./name-flags.js";

/** Evidence of listings besides the text, each from its own stage. */
export interface ListingEvidence {
  /** The feed's own stock list (a dump record). */
  record?: readonly Listing[];
  /** Quote widgets read by a rule pack. */
  widget?: readonly Listing[];
  /** Quote-page links and element ids in the page's markup. */
  markup?: readonly Listing[];
}

export interface FoundSecurities {
  securities: Security[];
  sectors: Sector[];
  indices: MarketIndex[];
}

/** What may follow a name that is also an ordinary word for it to be read as the listing. */
const STOCK_CUE =
  /(?:股份|股价|股票|A股|H股|港股|美股|公司|集团|[(（]|涨停|跌停|[涨跌](?:超|逾|近|幅|停|\d)|[大收微]?[涨跌]\d|逆[涨跌]|盘[中初后]|午后|尾盘|早盘|开盘|低开|高开|公告|发布公告|回应|市值|总市值|董事会|股东|目标价|目标股价|评级|财报|业绩|营收|季度|财季|第?[一二三四1-4]财?季|Q[1-4]|[上下]半年|全年|日内|首席执行官|CEO|首席财务官|CFO|董事长|创始人)/iy;
/**
 * What a company does as a company — says, announces, plans, prices, buys (`苹果称`, `苹果据悉已就…`,
 * `小米多款手机今起正式涨价`): a cue only for a name that opens its phrase, since a noun that is also a
 * name does the same at the end of a longer one (`四足机器人计划`, `自变量机器人发布`, `初级农产品收购`).
 */
const ACTION_CUE =
  /(?:称|表示|宣布|据悉|预计|发布|推出|官宣|确认|否认|起诉|收购|计划|[涨降]价|多款|新一代|手机)/y;
/**
 * A cue about the shares themselves: what may follow an exchange's name for it to be read as its own
 * listing (not a filing there), and a short name inside a run of Han text.
 */
const OWN_SHARES_CUE =
  /(?:股价|股票|股份|[(（]|涨停|跌停|[涨跌](?:超|逾|近|幅|停|\d)|[大收微]?[涨跌]\d|市值|总市值|目标价|目标股价|评级)/y;
/** A class of shares written right after a name (`哔哩哔哩-WH股`). */
const SHARE_CLASS = /[ABH]股/iy;
/** What separates the items of a list of companies (`联迪信息、指南针、银之杰`). */
const LIST_SEPARATOR = /^[、和与及]$/;
/**
 * Han characters that may stand right before a short name as a word boundary, a word of one
 * character (`将`, `与`, `的`…); anything that is not Han is a boundary too (punctuation, `C长鑫`, a
 * listing's first day).
 */
const HAN_BOUNDARY_BEFORE = new Set(
  [..."将对与和及向把被由在从给为是以据让或的"].map((c) => c.charCodeAt(0)),
);
/** What names a board as a board right after its name: `半导体板块`, `CPO概念`, `锂电池等板块`. */
const SECTOR_WORDS = ["板块", "概念", "指数", "行业", "赛道", "产业链", "股"];
/** What joins a board to the next item of a list that ends as a board's (`贵金属、民爆等板块`). */
const LIST_JOINERS = "、和及与";
/** A board named as a board: `半导体板块`, `CPO概念`, or one of a list that ends so (`贵金属、民爆等板块`). */
const SECTOR_CUE: WordCue = {
  pattern: new RegExp(
    `等?(?:${SECTOR_WORDS.join("|")}|[${LIST_JOINERS}][^。，,；;！？\\n]{0,40}(?:板块|概念))`,
    "y",
  ),
  starts: charCodes(`等${LIST_JOINERS}${SECTOR_WORDS.map((word) => word[0]).join("")}`),
};
/** After a name ending as an industry's does: `中国银行业`, `证券业`, `中国银行保险报`, `中国银行间市场` are an industry or a market. */
const INDUSTRY_WORDS = ["业", "行业", "保险", "间"];
const INDUSTRY_NEXT: WordCue = {
  pattern: new RegExp(`(?:${INDUSTRY_WORDS.join("|")})`, "y"),
  starts: charCodes(INDUSTRY_WORDS.map((word) => word[0]).join("")),
};

/**
 * Another company's name that the name of a company listed in China opens (`杭州福斯特药业有限公司`,
 * `鄂尔多斯新能源公司`): up to four more characters of a name, a line of business and `公司` or `有限公司`
 * right after it make it the first characters of an unlisted company's name, or of a subsidiary's the
 * dictionary does not record. A company listed in China is a joint-stock company, whose own full name
 * ends in 股份有限公司, which this never reads (`宁德时代新能源科技股份有限公司`). The characters between
 * are a name's, never a word that relates the company to another (`智谱入股具身智能公司`, `旗下`, `等多家`,
 * `成立`). @bounded: at most four characters before the line of business.
 */
const ANOTHER_COMPANY =
  /(?:(?![的之和与及等旗下入股成立设在为是将对向了共同参控合多家孙子全该其此各])\p{Script=Han}){0,4}?(?:新能源|能源|药业|医药|制药|生物|科技|技术|电子|电气|电力|汽车|投资|实业|置业|地产|物流|材料|化工|环保|资本|贸易|建设|工程|信息|网络|软件|通信|光电|智能|食品|农业|矿业|航空|机械|设备|装备|商贸)(?:有限)?公司/uy;
/** Markets whose companies are joint-stock companies under Chinese law (see {@link ANOTHER_COMPANY}). */
const CHINA_MARKETS: ReadonlySet<Market | null> = new Set<Market | null>(["SH", "SZ", "BJ"]);
/** How far after a name `公司` may end another company's name that the name opens (see {@link ANOTHER_COMPANY}). */
const ANOTHER_COMPANY_REACH = 10;

/** Whether a sticky pattern matches the text right at `at` (no slice of the text is made). */
function matchesAt(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

/**
 * A cue made of words: its pattern, and the characters its words start with. Most names a cue is
 * looked for after are not followed by one, and a glance at the next character answers for them
 * without running the pattern (whose code the rest of the parse has pushed out of the cache).
 */
interface WordCue {
  pattern: RegExp;
  starts: ReadonlySet<number>;
}

function cueAt(cue: WordCue, text: string, at: number): boolean {
  return cue.starts.has(text.charCodeAt(at)) && matchesAt(cue.pattern, text, at);
}

function charCodes(characters: string): ReadonlySet<number> {
  return new Set([...characters].map((c) => c.charCodeAt(0)));
}

/** The stages' evidence of listings, in the order they are counted. */
const EVIDENCE = ["record", "widget", "markup"] as const;

const HOW_RANK: Record<SecurityHow, number> = { record: 0, widget: 1, markup: 2, "code-in-text": 3, name: 4 };

interface Tally {
  code: string;
  market: Market;
  /** The name a record, widget or link gave, for a listing the dictionary does not know; or the dictionary's. */
  name?: string;
  /** The name is the dictionary's (found by name): no need to look it up again. */
  named: boolean;
  how: SecurityHow;
  mentions: number;
  subsidiary?: string;
  direct: boolean;
}

/**
 * Securities, sectors and indices of one story: the listings its record, widgets and markup give,
 * the codes its title and text write and, with a dictionary, the names they use — longest name first,
 * never a name inside a longer word, a common word only with its code or a stock cue beside it.
 * Names come from the dictionary, never from the characters around a code.
 */
export function findSecurities(
  title: string,
  text: string,
  evidence: ListingEvidence,
  dictionary?: SecurityDictionary,
): FoundSecurities {
  const body = scannedText(title, text);
  // In the order of first mention (a Map keeps insertion order).
  const tallies = new Map<string, Tally>();
  const tally = (
    key: string,
    listing: Listing | SecurityEntry,
    how: SecurityHow,
    mention: boolean,
    subsidiary?: string,
  ) => {
    let t = tallies.get(key);
    if (!t) {
      t = { code: listing.code, market: listing.market!, how, mentions: 0, direct: false, named: false };
      tallies.set(key, t);
    }
    if (HOW_RANK[how] < HOW_RANK[t.how]) t.how = how;
    if (how === "name" && !t.named) {
      t.name = listing.name;
      t.named = true;
    } else if (!t.name && listing.name) t.name = listing.name;
    if (mention) t.mentions++;
    if (subsidiary === undefined) t.direct = true;
    else t.subsidiary ??= subsidiary;
  };
  const indices = new Map<string, MarketIndex>();
  const sectors = new Map<string, Sector>();
  for (const how of EVIDENCE) {
    for (const listing of evidence[how] ?? []) {
      const group = dictionary ? namedGroup(listing, dictionary) : null;
      if (group) countGroup(group, entryKey(group), indices, sectors, false);
      else tally(`${listing.code}.${listing.market}`, listing, how, false);
    }
  }

  const codes = codeMentions(body);
  const coded = new Set<string>();
  for (const code of codes) coded.add(code.key);
  const names = dictionary ? namesIn(body, dictionary, codes, coded) : [];
  // Codes and names are each in text order: take them merged, so that the first mention sets the order.
  let lastName: NameMention | undefined;
  for (let c = 0, n = 0; c < codes.length || n < names.length; ) {
    const code = codes[c];
    const name = names[n];
    if (code && (!name || code.start < name.start)) {
      c++;
      const entry = dictionary?.byKey.get(code.key);
      // `贵州茅台(600519)` is one mention: a code right after its own name is not counted again.
      const again = lastName?.end === code.start && lastName.target.key === code.key;
      if (entry && entry.kind !== "security") {
        if (!again) countGroup(entry, code.key, indices, sectors, true);
      } else tally(code.key, code.listing, "code-in-text", !again);
    } else if (name) {
      n++;
      lastName = name;
      const { entry, subsidiary, key } = name.target;
      if (entry.kind !== "security") countGroup(entry, key, indices, sectors, true);
      else if (entry.market) {
        tally(key, entry, "name", true, subsidiary ? body.slice(name.start, name.end) : undefined);
      }
    }
  }

  const securities: Security[] = [];
  for (const [key, t] of tallies) {
    const { code, market } = t;
    const name = t.named ? t.name : (dictionary?.byKey.get(key)?.name ?? t.name);
    const security: Security = name
      ? { code, market, name, how: t.how, mentions: t.mentions }
      : { code, market, how: t.how, mentions: t.mentions };
    if (!t.direct && t.subsidiary) {
      security.via = "subsidiary";
      security.subsidiary = t.subsidiary;
    }
    securities.push(security);
  }
  return { securities, sectors: [...sectors.values()], indices: [...indices.values()] };
}

/**
 * The title and text as one string, looked at once. A title the text's first line repeats is one
 * mention, not two: a plain-text first line, a derived title, and a flash item's headline that its
 * lead restates after the dateline (`财联社7月29日电，<headline>。…`), so the text alone is read.
 */
export function scannedText(title: string, text: string): string {
  if (title === "") return text;
  const at = text.indexOf(title);
  if (at !== -1) {
    const lineEnd = text.indexOf("\n");
    if (lineEnd === -1 || at + title.length <= lineEnd) return text;
  }
  // Joined into one flat string: a concatenation would be a rope, which the matcher, reading every
  // character with charCodeAt, would read through a pointer to its flattened copy at each one.
  return [title, text].join("\n");
}

/** Counts an index or board: a mention in the text, or (not a mention) a listing of the record or page. */
function countGroup(
  entry: SecurityEntry,
  key: string,
  indices: Map<string, MarketIndex>,
  sectors: Map<string, Sector>,
  mention: boolean,
): void {
  const add = mention ? 1 : 0;
  if (entry.kind === "index") {
    const known = indices.get(key);
    if (known) known.mentions += add;
    else indices.set(key, { code: entry.code, market: entry.market, name: entry.name, mentions: add });
  } else {
    const known = sectors.get(key);
    if (known) known.mentions += add;
    else sectors.set(key, { code: entry.code || null, name: entry.name, mentions: add });
  }
}

/**
 * The index or board a record or page lists under a stock's code but names as the index (a feed
 * giving 科创50 as `000688.SZ`, which is 国城矿业): the dictionary's names decide, not the code.
 */
export function namedGroup(listing: Listing, dictionary: SecurityDictionary): SecurityEntry | null {
  if (!listing.name) return null;
  const targets = entriesNamed(dictionary, listing.name);
  const key = `${listing.code}.${listing.market}`;
  if (targets.length === 0 || targets.some((t) => t.key === key)) return null;
  return targets.find((t) => t.entry.kind !== "security")?.entry ?? null;
}

/** A name the text uses and the entry it stands for. */
interface NameMention {
  target: NameTarget;
  start: number;
  end: number;
}

function namesIn(
  text: string,
  dictionary: SecurityDictionary,
  codes: readonly CodeMention[],
  coded: ReadonlySet<string>,
): NameMention[] {
  const found: NameMention[] = [];
  const ordinary: NameMention[] = [];
  const match: NameMatch = { end: 0, node: -1 };
  let codeAt = 0;
  // Where `公司` is written next (at or after the last name's end), found once for the whole text.
  let companyAt = -2;
  // Every position is looked at; the trie's filters turn most away, all positions at once.
  const { names } = dictionary;
  const count = names.startsIn(text);
  const positions = names.startPositions;
  const pairNodes = names.startNodes;
  // Where the scan goes on: past a code, or past a name read as a listing.
  let next = 0;
  for (let k = 0; k < count; k++) {
    const i = positions[k]!;
    if (i < next) continue;
    if (!longestNameAt(names, text, i, pairNodes[k]!, match)) continue;
    // Codes are evidence of their own: no name starts inside `(601601.SH)`.
    while (codeAt < codes.length && codes[codeAt]!.end <= i) codeAt++;
    const code = codes[codeAt];
    if (code && code.start <= i) {
      next = code.end;
      continue;
    }
    // A Latin name starts a word: `ai` is not read inside `openai` (a digit before it is a boundary: `08:00SK海力士`).
    if (isLatinLetter(foldCode(text.charCodeAt(i))) && isLatinLetter(foldCode(text.charCodeAt(i - 1))))
      continue;
    const verdict = accept(text, i, match, names, coded);
    // Longest name wins across the dictionary: a longer name that starts inside this one and runs on
    // past it is the one the text writes (`XY银行间` … the longer reading), when it is read itself.
    if (verdict === REJECTED || longerNameInside(text, k, match.end, names, coded)) continue;
    if (companyAt !== -1 && companyAt < match.end) companyAt = text.indexOf("公司", match.end);
    if (
      companyAt !== -1 &&
      companyAt - match.end <= ANOTHER_COMPANY_REACH &&
      CHINA_MARKETS.has(names.valueAt(match.node, verdict >> 1).entry.market) &&
      matchesAt(ANOTHER_COMPANY, text, match.end)
    ) {
      continue;
    }
    const mention = { target: names.valueAt(match.node, verdict >> 1), start: i, end: match.end };
    if (verdict & ORDINARY) ordinary.push(mention);
    else {
      found.push(mention);
      next = match.end;
    }
  }
  // An ordinary word is read only beside a listing: with none found there is no list to read it in.
  return ordinary.length === 0 || found.length === 0 ? found : withListed(text, found, ordinary);
}

/**
 * Whether a name longer than the name at the `at`-th of the positions {@link PackedTrie.startsIn} found
 * (up to `end`) starts inside it, runs on past its end and is read as a listing, index or board there
 * (not as an ordinary word): then the text writes that name, and the shorter one is only its first
 * characters.
 */
function longerNameInside(
  text: string,
  at: number,
  end: number,
  names: SecurityDictionary["names"],
  coded: ReadonlySet<string>,
): boolean {
  const positions = names.startPositions;
  const start = positions[at]!;
  const inner = INNER_MATCH;
  // Only positions inside the name are looked at: the caller scans on from its end itself (the
  // positions end with the text's length, which no name runs past).
  for (let k = at + 1; positions[k]! < end; k++) {
    const j = positions[k]!;
    const found = longestNameAt(names, text, j, names.startNodes[k]!, inner);
    if (!found || inner.end <= end || inner.end - j <= end - start) continue;
    const verdict = accept(text, j, inner, names, coded);
    if (verdict !== REJECTED && !(verdict & ORDINARY)) return true;
  }
  return false;
}

/**
 * Names that are also ordinary words, read as listings where they stand in a list beside a listing
 * (`联迪信息、指南针、银之杰、同花顺等涨幅靠前`: 指南针 and 同花顺 are the companies there). A list is read
 * outward from every listing in it, so a run of such names beside one listing is read whole.
 */
function withListed(text: string, found: NameMention[], ordinary: NameMention[]): NameMention[] {
  // Where they stand is compared first: the objects behind a name are read only for a neighbour.
  const beside = (a: NameMention, b: NameMention) =>
    a.end + 1 === b.start && LIST_SEPARATOR.test(text[a.end] ?? "") && a.target.entry.kind === "security";
  const pending: (NameMention | undefined)[] = ordinary.filter(
    (o) => !found.some((f) => f.start < o.end && o.start < f.end),
  );
  const listed = [...found];
  // Each listing, and each name read beside one, is looked beside once: the list grows outward from it.
  for (let at = 0; at < listed.length; at++) {
    const item = listed[at]!;
    for (let k = 0; k < pending.length; k++) {
      const name = pending[k];
      if (name && (beside(item, name) || beside(name, item))) {
        listed.push(name);
        pending[k] = undefined;
      }
    }
  }
  return listed.sort((a, b) => a.start - b.start);
}

/** {@link accept}'s answer when the guards reject a match. */
const REJECTED = -1;
/** The bit of {@link accept}'s answer saying the name is read as an ordinary word. */
const ORDINARY = 1;
/** The match {@link longerNameInside} fills: one for the process (the matcher is not re-entrant), so that no check allocates. */
const INNER_MATCH: NameMatch = { end: 0, node: -1 };

/**
 * What the guards make of the name `match` found at `start`: {@link REJECTED}, or the index of the
 * target it stands for in the node's targets (`names.valueAt(match.node, k)`) shifted left once, with the
 * {@link ORDINARY} bit set when it is also an ordinary word with no cue beside it (read only as an item
 * of a list of listings). A number, not an object, so that judging the matches of a text allocates
 * nothing. The name's own traits and its first target's are its trie node's bits, so that a match is
 * judged without reading the objects behind it: they are read only where the story writes codes (a
 * listing whose code it writes wins). A cue is looked for only where the bits leave it to decide.
 */
function accept(
  text: string,
  start: number,
  match: NameMatch,
  names: SecurityDictionary["names"],
  coded: ReadonlySet<string>,
): number {
  const { end, node } = match;
  const flags = names.flagsAt(node);
  // A Latin name must not run on into a longer word (`Meta` in `Metaverse`); a share class after a
  // name with its exchange mark is no run-on (`哔哩哔哩-WH股`).
  if (
    flags & LATIN_END &&
    isLatinWord(foldCode(text.charCodeAt(end))) &&
    !(flags & LISTING_MARKED && matchesAt(SHARE_CLASS, text, end))
  ) {
    return REJECTED;
  }
  if (flags & INDUSTRY_END && cueAt(INDUSTRY_NEXT, text, end)) return REJECTED;
  // A listing whose code the story also writes wins over the name's other listings.
  if (coded.size > 0) {
    for (let t = 0, count = names.valueCount(node); t < count; t++) {
      if (coded.has(names.valueAt(node, t).key)) return t << 1;
    }
  }
  // Two Han characters inside a run of Han text are too easily part of a longer word (`长和` in
  // `增长和`): they need a boundary before them (punctuation, `将`, `与`…), their code or a stock cue.
  const unbounded =
    (flags & SHORT_HAN) !== 0 &&
    isHan(text.charCodeAt(start - 1)) &&
    !HAN_BOUNDARY_BEFORE.has(text.charCodeAt(start - 1));
  // The cue is looked for only where it decides.
  if (!unbounded && !(flags & CUED)) return 0;
  if (flags & SECTOR) return cueAt(SECTOR_CUE, text, end) ? 0 : REJECTED;
  // Inside a run of Han text only a cue about the shares themselves will do: `增长和业绩` is no 长和.
  if (unbounded && !matchesAt(OWN_SHARES_CUE, text, end)) return REJECTED;
  // A name that needs no cue of its own (not an ordinary word, not an exchange) is read once it has one;
  // so is a name written as a company's (`苹果公司`, an alias of 苹果) or a subsidiary's (`小米汽车`).
  if (!(flags & CUED) || !(flags & ORDINARY_WORD) || flags & ORGANISATION_END) return 0;
  const cued = flags & VENUE ? matchesAt(OWN_SHARES_CUE, text, end) : stockCued(text, start, end, flags);
  return cued ? 0 : ORDINARY;
}

/** Whether a stock cue follows the name at `start…end`, or it is written as the exchange lists it. */
function stockCued(text: string, start: number, end: number, flags: number): boolean {
  if (matchesAt(STOCK_CUE, text, end)) return true;
  // `为太阳能计划拨款` is a plan for solar power: a Han character before the name may join it to a phrase.
  if (!isHan(text.charCodeAt(start - 1)) && matchesAt(ACTION_CUE, text, end)) return true;
  // `陆家嘴：上半年净利润…`: a name opening an item and followed by a colon is the company speaking.
  const opensItem = start === 0 || text[start - 1] === "\n" || text[start - 1] === "【";
  if (opensItem && (text[end] === "：" || text[end] === ":")) return true;
  return (flags & LISTING_MARKED) !== 0;
}
