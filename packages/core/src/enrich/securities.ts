import { ENRICH_SECURITIES_PATTERNS } from "@caixun/core/text/rule-patterns";
import type { Listing, Market } from "../article.js";
import { matchesIn } from "../text/matches.js";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
import { stringFinder } from "../text/string-finder.js";

/**
 * The patterns below are compiled from their literals (`ENRICH_SECURITIES_PATTERNS`, `text/rule-patterns.ts`) when a function that reads
 * one is first called: a Worker reads the literals from its static assets before any parse instead of carrying them in
 * its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag once per call.
 */
let enrichSecuritiesPatternsCompiled = false;
let SPACED_CODE_NAME: RegExp;
/**
 * What stands right before a Hong Kong code written bare in brackets (`翰森制药(03692)`, `科济药业-B(02171)`, as 智通财经's
 * headlines write them): the company's name, maybe its share-class mark — a five-digit code led by 0 is Hong Kong's (an
 * A-share code has six digits), but only after a name: `（01234）` alone may be any number.
 */
let HK_CODE_NAME: RegExp;
let BARE_CODE: RegExp;
/**
 * A ticker after its exchange's name and a colon, as press copy writes a listed company's
 * (`（USA Rare Earth Inc.，NASDAQ：USAR）`, `（纽交所：BABA）`, `（港交所：9988）`); Nasdaq with its market tier as S&P
 * Capital IQ writes it, which Simply Wall St's stories syndicated by Yahoo Finance copy (`Microsoft (NasdaqGS:MSFT)`,
 * `NasdaqGM:`, `NasdaqCM:`).
 */
let EXCHANGE_TICKER: RegExp;
/**
 * A six-digit code named as the stock's code (`股票代码"688795"`, `证券代码：600519`, and as a listing notice says it:
 * `证券简称为“法兰泰克”，证券代码为“603966”`); its prefix gives the exchange.
 */
let NAMED_CODE: RegExp;

/** Compiles `ENRICH_SECURITIES_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileEnrichSecuritiesPatterns(): void {
  [SPACED_CODE_NAME, HK_CODE_NAME, BARE_CODE, EXCHANGE_TICKER, NAMED_CODE] = ENRICH_SECURITIES_PATTERNS.map(
    regexFromLiteral,
  ) as RegExps<5>;
  enrichSecuritiesPatternsCompiled = true;
}

/** A-share code prefixes by exchange. */
const A_SHARE: ReadonlyArray<readonly [RegExp, Market]> = [
  [/^(?:60[0135]|68[89]|900)\d{3}$/, "SH"],
  [/^(?:00[0-3]|30[01]|200)\d{3}$/, "SZ"],
  [/^(?:43|8[3-9]|92)\d{4}$/, "BJ"],
];

/** Reuters-style suffixes. */
const SUFFIX: Record<string, Market> = {
  SH: "SH",
  SS: "SH",
  SZ: "SZ",
  BJ: "BJ",
  HK: "HK",
  N: "NYSE",
  O: "NASDAQ",
  OQ: "NASDAQ",
  A: "AMEX",
  L: "LSE",
};

/**
 * A company's name and its Shanghai or Shenzhen code parted by a space, as a report's item heads one
 * (`宝光股份 600379｜连续涨停风险提示`, `陕西黑猫 601015 | 控股股东…`): a code after a word in Han characters, a bar,
 * a comma, a colon, a bracket or the line's end after it — never a figure (`营收 600000 元`). An alternative of
 * `CODE_IN_PARENS`, so that the text is scanned once for both; the name before it is checked apart
 * (`SPACED_CODE_NAME`).
 */
const SPACED_CODE = String.raw`[ \t\u3000]((?:60[0135]|688|00[0-3]|30[01])\d{3})(?=[ \t]*(?:[\r\n｜|/／、，,；;:：)）]|$))`;
/** What stands before a spaced code: a name of two to eight Han characters, no label of a number (`邮编`, `电话`, `代号`). */
/**
 * A Shanghai or Shenzhen code written bare as what a trader bought, sold or holds (`能在49下买到002149的`, `卖出600519`,
 * `建仓300750`): the verb right before it names a stock, never a figure (`买入100000股` has no exchange's prefix). An
 * alternative of `CODE_IN_PARENS`, scanned in the same pass.
 */
const TRADED_CODE = String.raw`(?:买[到入进]|卖出|抛出|抛售|持有|[建加减补清]仓)((?:60[0135]|688|00[0-3]|30[01])\d{3})(?!\d)`;
/** How far back a spaced code's name is read: its eight characters and the one before them. */
const SPACED_CODE_NAME_MAX = 9;
const OPEN = "[（(]";
const CLOSE = "[)）]";
/**
 * `(601601.SH)`, `（002024）`, `(2888.HK)`, `(CS.N)`, `（SUN.N）`, the exchange written before the code as 雪球's
 * and 同花顺's writers do (`天齐锂业(SZ002466)`, `$贵州茅台(SH600519)$`), the exchange after a comma as sina's
 * copy of 每日经济新闻 writes it (`久其软件（002279，SZ）`, 网易's `长和（00001，HK）`), the code between 金融界's quote and
 * diagnosis links as its pages' text keeps them (`国金证券(行情600109,诊股)`), a Hong Kong code led by 0 after its
 * company's name (`翰森制药(03692)`, `HK_CODE_NAME`), and bare `601601.SH`; and a code after a name and a space
 * (`SPACED_CODE`) or a trading verb (`TRADED_CODE`).
 */
const CODE_IN_PARENS = new RegExp(
  `${OPEN}\\s*(?:(?:行情)?(\\d{6})(?:(?:\\.|[,，]\\s?)(SH|SS|SZ|BJ)|[,，]诊股)?|(\\d{4,5})(?:\\.|[,，]\\s?)HK|([A-Z]{1,5})\\.(N|O|OQ|A|L)|(SH|SZ|BJ)(\\d{6})|(0\\d{4}))\\s*${CLOSE}|${SPACED_CODE}|${TRADED_CODE}`,
  "g",
);
/** How far back a bracketed Hong Kong code's name mark is read: a Han character and a share-class mark (`-SW`). */
const HK_CODE_NAME_MAX = 4;
const EXCHANGE_MARKET: Readonly<Record<string, Market>> = {
  NASDAQ: "NASDAQ",
  Nasdaq: "NASDAQ",
  纳斯达克: "NASDAQ",
  NYSE: "NYSE",
  纽交所: "NYSE",
  AMEX: "AMEX",
  HKEX: "HK",
  港交所: "HK",
};
const EXCHANGE_NAMES = Object.keys(EXCHANGE_MARKET);
/** The word every `NAMED_CODE` holds. */
const CODE_WORD = "代码";
/** What every `BARE_CODE` holds: its exchange's suffix. */
const BARE_SUFFIXES = [".SH", ".SS", ".SZ", ".BJ", ".HK"];
/**
 * The words the forms after the parenthesised one need, found in one scan of the text: a scan a word read it
 * ten more times, and `BARE_CODE`, opening with a look-behind, was tried at every character of every text.
 */
const FORM_WORDS = stringFinder([...BARE_SUFFIXES, ...EXCHANGE_NAMES, CODE_WORD]);

/** Market of a six-digit A-share code by its prefix, or null when no exchange uses it. */
export function aShareMarket(code: string): Market | null {
  for (const [pattern, market] of A_SHARE) if (pattern.test(code)) return market;
  return null;
}

const A_SHARE_MARKETS: ReadonlySet<Market> = new Set(["SH", "SZ", "BJ"]);
const LISTED_FORMS: ReadonlyArray<
  readonly [RegExp, (m: RegExpExecArray) => [code: string, market: Market | null]]
> = [
  // sh600000, SZ000858, bj920493
  [/^(sh|sz|bj)(\d{6})$/i, (m) => [m[2]!, m[1]!.toUpperCase() as Market]],
  // 600000.SH, 000858.sz, 920493.BJ, 600000.SS
  [/^(\d{6})\.(sh|ss|sz|bj)$/i, (m) => [m[1]!, SUFFIX[m[2]!.toUpperCase()]!]],
  // 2888.HK, HK3308, hk00700
  [/^(\d{1,5})\.hk$/i, (m) => [m[1]!, "HK"]],
  [/^hk(\d{1,5})$/i, (m) => [m[1]!, "HK"]],
  // AAPL.O, CS.N, BRK.A is not a suffix form (one letter before the dot is a share class)
  [/^([A-Z]{1,6})\.(N|O|OQ|A|L)$/, (m) => [m[1]!, SUFFIX[m[2]!]!]],
  // 600000: the exchange follows from the code
  [/^(\d{6})$/, (m) => [m[1]!, aShareMarket(m[1]!)]],
];

/**
 * A security from a listing as feeds write it: a code in one of the usual forms (`600000.SH`,
 * `sz000858`, `HK3308`, `AAPL.O`, a bare A-share code), or a code with the feed's own market id,
 * given apart (`market`) or as `id.code` (`0.300750`), which `markets` maps to a market; an id it
 * maps to null (sector boards, funds) or does not know is not a security. A-share codes must be
 * listed codes (a fund's `159945` is not), and their exchange follows from the code. Hong Kong
 * codes are zero-padded to five digits.
 */
export function listedSecurity(
  listing: { code: string; name?: string; market?: string },
  markets?: Readonly<Record<string, Market | null>>,
): Listing | null {
  const read = markets === undefined ? codeAndMarket(listing.code.trim()) : feedListing(listing, markets);
  if (read === null) return null;
  let { code, market } = read;
  if (A_SHARE_MARKETS.has(market)) {
    const exchange = /^\d{6}$/.test(code) ? aShareMarket(code) : null;
    if (exchange === null) return null;
    market = exchange;
  } else if (market === "HK") {
    if (!/^\d{1,5}$/.test(code)) return null;
    code = code.padStart(5, "0");
  } else if (!/^[A-Za-z][A-Za-z0-9.-]{0,9}$/.test(code)) {
    return null;
  }
  const name = listing.name?.trim();
  return name ? { code, market, name } : { code, market };
}

/** A code in one of the usual forms, with the market it names. */
function codeAndMarket(text: string): { code: string; market: Market } | null {
  for (const [pattern, read] of LISTED_FORMS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const [code, market] = read(match);
    return market === null ? null : { code, market };
  }
  return null;
}

/** A code with a feed's own market id, given apart or as `id.code`. */
function feedListing(
  listing: { code: string; market?: string },
  markets: Readonly<Record<string, Market | null>>,
): { code: string; market: Market } | null {
  let code = listing.code.trim();
  let id = listing.market?.trim();
  const dotted = /^(\d{1,4})\.(.+)$/.exec(code);
  if (id === undefined && dotted) {
    id = dotted[1]!;
    code = dotted[2]!;
  }
  if (id === undefined) return codeAndMarket(code);
  const market = Object.hasOwn(markets, id) ? markets[id]! : null;
  if (market === null || code === "") return null;
  return { code: market === "HK" ? code.replace(/^hk/i, "") : code, market };
}

/** A code written in the text, where it was written. */
export interface CodeMention {
  listing: Listing;
  /** `CODE.MARKET`, made once. */
  key: string;
  start: number;
  end: number;
}

/**
 * Codes written in text: in parentheses (`(601601.SH)`, `（002024）`, `(2888.HK)`, `(CS.N)`, `(SZ002466)`), bare with an
 * exchange suffix (`601601.SH`), after the exchange's name (`NASDAQ：USAR`), or named as the stock's code
 * (`股票代码"688795"`). A six-digit code without a suffix takes its exchange from its prefix.
 */
export function codeMentions(text: string): CodeMention[] {
  if (!enrichSecuritiesPatternsCompiled) compileEnrichSecuritiesPatterns();
  const found: CodeMention[] = [];
  const add = (code: string, market: Market, start: number, end: number) =>
    found.push({ listing: { code, market }, key: `${code}.${market}`, start, end });
  for (const m of matchesIn(CODE_IN_PARENS, text)) {
    const end = m.index + m[0].length;
    if (m[1]) {
      const market = m[2] ? SUFFIX[m[2]] : aShareMarket(m[1]);
      if (market) add(m[1], market, m.index, end);
    } else if (m[3]) {
      add(m[3].padStart(5, "0"), "HK", m.index, end);
    } else if (m[4] && m[5]) {
      add(m[4], SUFFIX[m[5]]!, m.index, end);
    } else if (m[6] && m[7]) {
      add(m[7], SUFFIX[m[6]]!, m.index, end);
    } else if (m[8]) {
      if (HK_CODE_NAME.test(text.slice(Math.max(0, m.index - HK_CODE_NAME_MAX), m.index)))
        add(m[8], "HK", m.index, end);
    } else if (
      m[9] &&
      SPACED_CODE_NAME.test(text.slice(Math.max(0, m.index - SPACED_CODE_NAME_MAX), m.index))
    ) {
      // The mention starts at the space, right after the name: with a dictionary, name and code are one mention.
      add(m[9], aShareMarket(m[9])!, m.index, end);
    } else if (m[10]) {
      // The mention is the code alone, after its verb.
      add(m[10], aShareMarket(m[10])!, end - m[10].length, end);
    }
  }
  const words = FORM_WORDS(text);
  const bare = BARE_SUFFIXES.some((suffix) => words.has(suffix));
  for (const m of bare ? matchesIn(BARE_CODE, text) : []) {
    const end = m.index + m[0].length;
    if (m[1] && m[2]) add(m[1], SUFFIX[m[2]]!, m.index, end);
    else if (m[3]) add(m[3].padStart(5, "0"), "HK", m.index, end);
  }
  // The two forms below are rare: their patterns run only on a text that names an exchange, or a code.
  const namesExchange = EXCHANGE_NAMES.some((name) => words.has(name));
  for (const m of namesExchange ? matchesIn(EXCHANGE_TICKER, text) : []) {
    const market = EXCHANGE_MARKET[m[1]!]!;
    const end = m.index + m[0].length;
    if (m[2] && market !== "HK") add(m[2], market, m.index, end);
    else if (m[3] && market === "HK") add(m[3].padStart(5, "0"), "HK", m.index, end);
  }
  for (const m of words.has(CODE_WORD) ? matchesIn(NAMED_CODE, text) : []) {
    const market = aShareMarket(m[1]!);
    if (market) add(m[1]!, market, m.index, m.index + m[0].length);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The listings whose codes the text writes, first mention first, each once; names come from a dictionary. */
export function securitiesInText(text: string): Listing[] {
  return mergeSecurities([codeMentions(text).map((mention) => mention.listing)]);
}

/** Merges securities, first mention first; a later mention may add the name. */
export function mergeSecurities(lists: Listing[][]): Listing[] {
  const byKey = new Map<string, Listing>();
  for (const list of lists) {
    for (const security of list) {
      const key = `${security.code}.${security.market}`;
      const known = byKey.get(key);
      if (!known) byKey.set(key, { ...security });
      else if (!known.name && security.name) known.name = security.name;
    }
  }
  return [...byKey.values()];
}
