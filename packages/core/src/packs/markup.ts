import type { Listing, Market } from "../article.js";
import { ownField } from "../assemble/own-property.js";
import { listedSecurity } from "../enrich/securities.js";
import { allPacks } from "./index.js";
import {
  compileSelector,
  matchesSelector,
  type ParentOf,
  type Selector,
  type SelectorElement,
} from "./selector.js";
import type { FieldLocation, PackFieldName, PackFields, PackSet, SecurityLocation } from "./types.js";

const MARKETS: readonly Market[] = ["SH", "SZ", "BJ", "HK", "NASDAQ", "NYSE", "AMEX", "LSE"];

/** What the packs' locations found in a document's markup. */
export interface PackMarkup {
  /** Facts by field, the first pack's that gives one (generator first). */
  stated: PackFields;
  /** Securities of the packs' widgets, pack by pack, location by location, in document order. */
  widget: Listing[];
}

interface FieldWatch {
  kind: "field";
  name: PackFieldName;
  selector: Selector | null;
  attribute: string | undefined;
  keep: (value: string) => string | null;
  /** The first (in document order) element's value found so far, and that element's place. */
  best: { order: number; value: string } | null;
}

interface SecurityWatch {
  kind: "security";
  selector: Selector;
  location: SecurityLocation;
  /** One slot per matching element, in document order; filled when the element's text is known. */
  found: Array<Listing | null>;
}

/** An element whose text a watch is collecting until it closes. */
interface Collecting<E> {
  element: E;
  text: string;
  done(text: string): void;
}

/**
 * Reads the packs' field and security locations from markup given as a stream of events —
 * elements opening and closing, text, comments — the way a tokenizer meets them: every selector is
 * checked once, as its element opens, against the element and its open ancestors. Values that are an
 * element's text are collected until it closes. The same reader serves a DOM walked in order.
 */
export class PackMarkupReader<E extends SelectorElement> {
  private readonly fields: FieldWatch[] = [];
  private readonly securities: SecurityWatch[] = [];
  private readonly comments: FieldWatch[] = [];
  /** Every field watch, in the order the packs list them (generator first): the first pack's value wins. */
  private readonly ordered: FieldWatch[] = [];
  private readonly collecting: Array<Collecting<E>> = [];
  private order = 0;

  constructor(
    packs: PackSet,
    private readonly parentOf: ParentOf<E>,
  ) {
    for (const pack of allPacks(packs)) {
      for (const [name, location] of Object.entries(pack.fields ?? {}) as Array<
        [PackFieldName, FieldLocation]
      >) {
        const watch: FieldWatch = {
          kind: "field",
          name,
          selector: location.comment === true ? null : compileSelector(location.selector),
          attribute: location.comment === true ? undefined : location.attribute,
          keep: keeper(location.pattern),
          best: null,
        };
        (watch.selector === null ? this.comments : this.fields).push(watch);
        this.ordered.push(watch);
      }
      for (const location of pack.securities ?? []) {
        this.securities.push({
          kind: "security",
          selector: compileSelector(location.selector),
          location,
          found: [],
        });
      }
    }
  }

  /** Whether no pack has a location to read (then no event needs to be sent). */
  get idle(): boolean {
    return this.fields.length === 0 && this.securities.length === 0 && this.comments.length === 0;
  }

  open(element: E): void {
    const order = this.order++;
    for (const watch of this.fields) {
      if (watch.best !== null) continue; // an element opened earlier already gave the value
      if (!matchesSelector(watch.selector!, element, this.parentOf)) continue;
      if (watch.attribute !== undefined) {
        const raw = element.attribs[watch.attribute];
        const value = typeof raw === "string" ? watch.keep(raw) : null;
        if (value !== null) watch.best = { order, value };
      } else {
        this.collect(element, (text) => {
          const value = watch.keep(text);
          if (value !== null && (watch.best === null || order < watch.best.order))
            watch.best = { order, value };
        });
      }
    }
    for (const watch of this.securities) {
      if (!matchesSelector(watch.selector, element, this.parentOf)) continue;
      const slot = watch.found.length;
      watch.found.push(null);
      const { attribute, nameFromText } = watch.location;
      if (attribute !== undefined && !nameFromText) {
        const raw = element.attribs[attribute];
        watch.found[slot] = typeof raw === "string" ? security(watch.location, raw, "") : null;
      } else {
        this.collect(element, (text) => {
          const raw = attribute === undefined ? text : element.attribs[attribute];
          watch.found[slot] = typeof raw === "string" ? security(watch.location, raw, text) : null;
        });
      }
    }
  }

  text(data: string): void {
    for (const collecting of this.collecting) collecting.text += data;
  }

  close(element: E): void {
    while (this.collecting.length > 0 && this.collecting.at(-1)!.element === element) {
      const collecting = this.collecting.pop()!;
      collecting.done(collecting.text);
    }
  }

  comment(data: string): void {
    for (const watch of this.comments) {
      if (watch.best === null) {
        const value = watch.keep(data);
        if (value !== null) watch.best = { order: 0, value };
      }
    }
  }

  /** What was found; elements still open count as closed here. */
  result(): PackMarkup {
    while (this.collecting.length > 0) {
      const collecting = this.collecting.pop()!;
      collecting.done(collecting.text);
    }
    const stated: PackFields = {};
    for (const watch of this.ordered) {
      if (watch.best !== null) stated[watch.name] ??= watch.best.value;
    }
    const widget: Listing[] = [];
    for (const watch of this.securities)
      for (const listing of watch.found) if (listing !== null) widget.push(listing);
    return { stated, widget };
  }

  private collect(element: E, done: (text: string) => void): void {
    this.collecting.push({ element, text: "", done });
  }
}

/** A location's value kept: white space collapsed, cut to the pattern's first group or match. */
function keeper(pattern: RegExp | undefined): (value: string) => string | null {
  return (value) => {
    const text = value.replace(/\s+/g, " ").trim();
    if (pattern === undefined) return text || null;
    const m = pattern.exec(text);
    return m ? (m[1] ?? m[0]).trim() || null : null;
  };
}

function security(location: SecurityLocation, value: string, text: string): Listing | null {
  const m = location.pattern.exec(value.trim());
  const code = m?.groups?.code;
  if (!code) return null;
  const id = m.groups?.market;
  const name = location.nameFromText ? text.trim() : "";
  if (location.listed) {
    return listedSecurity(
      { code, ...(id === undefined ? {} : { market: id }), ...(name ? { name } : {}) },
      location.markets,
    );
  }
  const market =
    id === undefined
      ? location.market
      : ((location.markets && ownField(location.markets, id)) ??
        (MARKETS.includes(id as Market) ? (id as Market) : undefined));
  if (market === undefined || market === null) return null;
  return name ? { code, market, name } : { code, market };
}
