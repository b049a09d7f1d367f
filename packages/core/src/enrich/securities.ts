import type { Market, Security } from "../article.js";

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

const OPEN = "[（(]";
const CLOSE = "[)）]";
/** `(601601.SH)`, `（002024）`, `(2888.HK)`, `(CS.N)`, `（SUN.N）`, and bare `601601.SH`. */
const CODE_IN_PARENS = new RegExp(
  `${OPEN}\\s*(?:(\\d{6})(?:\\.(SH|SS|SZ|BJ))?|(\\d{4,5})\\.HK|([A-Z]{1,5})\\.(N|O|OQ|A|L))\\s*${CLOSE}`,
  "g",
);
const BARE_CODE = /(?<![\w.])(\d{6})\.(SH|SS|SZ|BJ)\b|(?<![\w.])(\d{4,5})\.HK\b/g;
/** The company name right before a code: Han characters, letters, `-B` suffixes. */
const NAME_BEFORE =
  /([\p{Script=Han}A-Za-z][\p{Script=Han}A-Za-z0-9-]{0,11}(?: [A-Za-z][A-Za-z0-9&-]{0,11}){0,3})$/u;
/** Words that run into a name from the sentence before it. */
const LEADING_WORDS =
  /^(?:记者从|获悉|据悉|维持|上调|下调|首予|给予|重申|公告|宣布|表示|预计|收购|入股|旗下|控股|关注)/u;
/** Single characters that join a name to the words before it; cut only when a name of 3+ remains (`和而泰` stays). */
const LEADING_PARTICLE = /^(?:据|从|和|与|及|对|将|向|为|在|是|等|由|给|把|被)/u;

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
): Security | null {
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

/** Securities named by code in text (title and body). */
export function securitiesInText(text: string): Security[] {
  const found: Security[] = [];
  for (const m of text.matchAll(CODE_IN_PARENS)) {
    const name = nameBefore(text, m.index);
    if (m[1]) {
      const market = m[2] ? SUFFIX[m[2]] : aShareMarket(m[1]);
      if (market) found.push(withName({ code: m[1], market }, name));
    } else if (m[3]) {
      found.push(withName({ code: m[3].padStart(5, "0"), market: "HK" }, name));
    } else if (m[4] && m[5]) {
      found.push(withName({ code: m[4], market: SUFFIX[m[5]]! }, name));
    }
  }
  for (const m of text.matchAll(BARE_CODE)) {
    if (m[1] && m[2]) found.push({ code: m[1], market: SUFFIX[m[2]]! });
    else if (m[3]) found.push({ code: m[3].padStart(5, "0"), market: "HK" });
  }
  return mergeSecurities([found]);
}

/** Merges securities, first mention first; a later mention may add the name. */
export function mergeSecurities(lists: Security[][]): Security[] {
  const byKey = new Map<string, Security>();
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

function nameBefore(text: string, index: number): string | undefined {
  const match = NAME_BEFORE.exec(text.slice(Math.max(0, index - 24), index));
  if (!match) return undefined;
  let name = match[1]!;
  for (;;) {
    const word = LEADING_WORDS.exec(name)?.[0] ?? LEADING_PARTICLE.exec(name)?.[0];
    const rest = word ? name.slice(word.length) : "";
    if (!word || rest.length < (word.length > 1 ? 2 : 3)) break;
    name = rest;
  }
  // A run of Han characters longer than a company name has swallowed the words before it
  // (`白酒股龙头贵州茅台`): keep the last four, the commonest length of a listed name.
  if (/^\p{Script=Han}{9,}$/u.test(name)) name = name.slice(-4);
  return name.length >= 2 ? name : undefined;
}

function withName(security: Security, name: string | undefined): Security {
  return name ? { ...security, name } : security;
}
