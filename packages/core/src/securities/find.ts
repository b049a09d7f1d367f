import type { Listing, Market, MarketIndex, Sector, Security, SecurityHow } from "../article.js";
import { codeMentions } from "../enrich/securities.js";
import { entryKey, type SecurityDictionary, type SecurityEntry } from "./dictionary.js";
import type { NameMention } from "./names.js";
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
      const group = dictionary ? dictionary.reader.namedGroup(listing, dictionary) : null;
      if (group) countGroup(group, entryKey(group), indices, sectors, false);
      else tally(`${listing.code}.${listing.market}`, listing, how, false);
    }
  }

  const codes = codeMentions(body);
  const coded = new Set<string>();
  for (const code of codes) coded.add(code.key);
  const names = dictionary ? dictionary.reader.namesIn(body, dictionary, codes, coded) : [];
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
