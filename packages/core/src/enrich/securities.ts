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
