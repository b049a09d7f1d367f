import { type MarketPart, QUOTE_IDS, QUOTE_LINKS, type QuoteRow } from "@caixun/core/enrich/quote-links";
import { ENRICH_QUOTE_MARKUP_PATTERNS } from "@caixun/core/text/rule-patterns";
import type { Market } from "../article.js";
import type { Element, ParentNode } from "../html/dom.js";
import { compileSelector, matchesSelector, type ParentOf, type SelectorElement } from "../packs/selector.js";
import { parentElement, walkMarkup } from "../stages/select.js";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
import { aShareMarket } from "./securities.js";

/**
 * The patterns below are compiled from their literals (`ENRICH_QUOTE_MARKUP_PATTERNS`, `text/rule-patterns.ts`) when a function that reads
 * one is first called: a Worker reads the literals from its static assets before any parse instead of carrying them in
 * its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag once per call.
 */
let enrichQuoteMarkupPatternsCompiled = false;
/** Hosts of the table's quote pages: a link to none of them is not looked at further. */
let QUOTE_HOSTS: RegExp;
/** Link text that names a listing: a short name, not a price, a percentage or a button word. */
let NAME_TEXT: RegExp;
let NOT_NAME: RegExp;

/** Compiles `ENRICH_QUOTE_MARKUP_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileEnrichQuoteMarkupPatterns(): void {
  [QUOTE_HOSTS, NAME_TEXT, NOT_NAME] = ENRICH_QUOTE_MARKUP_PATTERNS.map(regexFromLiteral) as RegExps<3>;
  enrichQuoteMarkupPatternsCompiled = true;
}

/** A listing named by a page's markup: a link to a quote page or an element id that carries a code. */
export interface MarkupListing {
  code: string;
  market: Market;
  /** The link's text when it reads as a name (`紫金矿业`), not a price or a word like `行情`. */
  name?: string;
}

const PREFIX_MARKET: Record<string, Market> = { sh: "SH", sz: "SZ", bj: "BJ" };
/** The market of a Reuters instrument code's suffix. */
const RIC_MARKET: Record<string, Market> = {
  HK: "HK",
  SS: "SH",
  SZ: "SZ",
  N: "NYSE",
  O: "NASDAQ",
  OQ: "NASDAQ",
  L: "LSE",
};

function listing(match: RegExpExecArray, part: MarketPart): MarkupListing | null {
  switch (part) {
    case "prefix": {
      const market = PREFIX_MARKET[match[1]!.toLowerCase()];
      return market ? { code: match[2]!, market } : null;
    }
    case "a-share": {
      const market = aShareMarket(match[1]!);
      return market ? { code: match[1]!, market } : null;
    }
    case "hk":
      return { code: match[1]!.padStart(5, "0"), market: "HK" };
    case "163": {
      const market: Market = match[1] === "0" ? "SH" : "SZ";
      return aShareMarket(match[2]!) === market ? { code: match[2]!, market } : null;
    }
    case "ric": {
      const market = RIC_MARKET[match[2]!.toUpperCase()];
      const code = match[1]!.toUpperCase();
      if (market === "HK") return /^\d{1,5}$/.test(code) ? { code: code.padStart(5, "0"), market } : null;
      if (market === "SH" || market === "SZ") return aShareMarket(code) === market ? { code, market } : null;
      return market && /^[A-Z]/.test(code) ? { code, market } : null;
    }
    case "us":
      return null;
  }
}

/** A row of `QUOTE_LINKS` or `QUOTE_IDS` with its pattern compiled. */
interface CompiledQuoteRow {
  readonly pattern: RegExp;
  readonly part: MarketPart;
}

const compiledRows = (rows: readonly QuoteRow[]): CompiledQuoteRow[] =>
  rows.map((row) => ({ pattern: new RegExp(row.pattern, "i"), part: row.part }));

/**
 * The two tables compiled the first time a link or an id is read, not when the module loads: a Worker reads them from
 * its static assets after its modules load.
 */
let quoteLinks: CompiledQuoteRow[] | undefined;
let quoteIds: CompiledQuoteRow[] | undefined;

/** The listing a quote-page URL names, or null. */
export function listingFromQuoteUrl(href: string): MarkupListing | null {
  if (!enrichQuoteMarkupPatternsCompiled) compileEnrichQuoteMarkupPatterns();
  if (!QUOTE_HOSTS.test(href)) return null;
  quoteLinks ??= compiledRows(QUOTE_LINKS);
  for (const row of quoteLinks) {
    const match = row.pattern.exec(href);
    if (match) return listing(match, row.part);
  }
  return null;
}

/** The listing an element id names (`stock_sz300059`), or null. */
export function listingFromElementId(id: string): MarkupListing | null {
  if (!/^(?:stock|quote|symbol)_/i.test(id)) return null;
  quoteIds ??= compiledRows(QUOTE_IDS);
  for (const row of quoteIds) {
    const match = row.pattern.exec(id);
    if (match) return listing(match, row.part);
  }
  return null;
}

function nameOf(text: string): string | undefined {
  if (!enrichQuoteMarkupPatternsCompiled) compileEnrichQuoteMarkupPatterns();
  // A market badge set before the name in the link (`<span>SZ</span><span>益生股份</span>`) is no part of it.
  const name = text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:SH|SZ|BJ|HK) /, "");
  return NAME_TEXT.test(name) && !NOT_NAME.test(name) ? name : undefined;
}

/** The elements whose markup can name a listing: links and elements with an id. */
const CARRIERS = compileSelector("a[href], [id]");

/**
 * Listings the markup names, in document order, one per code: links to quote pages (the link text
 * as the name when it reads as one) and element ids that carry a code. Read this before boilerplate
 * is removed: the quote widgets that carry the ids are removed with it. Fed as elements open and
 * close (the body reader's events); an element's text is gathered only when its name is needed.
 */
export class QuoteListingReader<E extends SelectorElement> {
  /** In document order: what each carrier names, its name once its element has closed. */
  private readonly named: Array<{ item: MarkupListing; name: string | undefined }> = [];
  private readonly collecting: Array<{ element: E; text: string; slots: number[] }> = [];

  constructor(private readonly parentOf: ParentOf<E>) {}

  open(element: E): void {
    if (!matchesSelector(CARRIERS, element, this.parentOf)) return;
    const slots: number[] = [];
    const href = element.attribs.href;
    if (href !== undefined) {
      const item = listingFromQuoteUrl(href);
      if (item !== null) slots.push(this.named.push({ item, name: undefined }) - 1);
    }
    const id = element.attribs.id;
    if (id !== undefined) {
      const item = listingFromElementId(id);
      // `<span id="stock_sz300059"><a …>东方财富</a></span>`: the span's text is the name too.
      if (item !== null) {
        const slot = this.named.push({ item, name: undefined }) - 1;
        if (/^stock_/i.test(id)) slots.push(slot);
      }
    }
    if (slots.length > 0) this.collecting.push({ element, text: "", slots });
  }

  text(data: string): void {
    for (const collecting of this.collecting) collecting.text += data;
  }

  close(element: E): void {
    while (this.collecting.length > 0 && this.collecting.at(-1)!.element === element) this.done();
  }

  result(): MarkupListing[] {
    while (this.collecting.length > 0) this.done();
    const found = new Map<string, MarkupListing>();
    for (const { item, name } of this.named) {
      const key = `${item.code}.${item.market}`;
      const known = found.get(key);
      if (known === undefined) found.set(key, name ? { ...item, name } : item);
      else if (known.name === undefined && name) known.name = name;
    }
    return [...found.values()];
  }

  private done(): void {
    const { text, slots } = this.collecting.pop()!;
    const name = nameOf(text);
    for (const slot of slots) this.named[slot]!.name = name;
  }
}

/** `QuoteListingReader` over a DOM: the listings the markup under `root` names. */
export function listingsInMarkup(root: ParentNode): MarkupListing[] {
  const reader = new QuoteListingReader<Element>(parentElement);
  walkMarkup(root, {
    open: (el) => reader.open(el),
    text: (t) => reader.text(t),
    close: (el) => reader.close(el),
    comment: () => {},
  });
  return reader.result();
}
