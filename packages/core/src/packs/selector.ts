/**
 * The CSS selectors rule packs write (`removeSelectors`, `content`, field and security locations),
 * compiled to data: a list of alternatives, each a chain of compound selectors joined by descendant
 * (` `) or child (`>`) combinators. A compiled selector is a check made on one element as it opens,
 * given its open ancestors, so the body reader can apply it in its single pass without a DOM or a
 * selector engine. The checks are css-select's for the same selectors in HTML (class words and ids
 * compared exactly, the attributes HTML calls case-insensitive compared ignoring case, a prefix,
 * suffix or infix test of an empty value never true).
 *
 * Supported: type selectors and `*`, `.class`, `#id`, `[attr]`, `[attr=v]`, `[attr~=v]`,
 * `[attr|=v]`, `[attr^=v]`, `[attr$=v]`, `[attr*=v]` (values quoted or bare), descendant and child
 * combinators, comma-separated lists. Pseudo-classes, sibling combinators and escapes are refused.
 */
import { CASE_INSENSITIVE_ATTRIBUTES } from "@caixun/core/html/names";

export type Selector = readonly ComplexSelector[];

export interface ComplexSelector {
  /** Compound selectors, outermost first; the last one is tested on the element itself. */
  readonly compounds: readonly Compound[];
  /** `combinators[i]` joins `compounds[i]` to `compounds[i + 1]`. */
  readonly combinators: ReadonlyArray<" " | ">">;
}

export interface Compound {
  /** Lower-case element name, or null for any element. */
  readonly tag: string | null;
  readonly attributes: readonly AttributeCheck[];
}

export interface AttributeCheck {
  readonly name: string;
  /** `exists`, `=`, `~=` (a white-space separated word), `|=`, `^=`, `$=`, `*=`. */
  readonly operator: "exists" | "=" | "~=" | "|=" | "^=" | "$=" | "*=";
  readonly value: string;
  readonly ignoreCase: boolean;
  /** For `~=`: the word between white space (or the ends), as css-select tests it. */
  readonly word?: RegExp;
}

/** What a selector is checked against: an element's name, its attributes and its parent element. */
export interface SelectorElement {
  readonly name: string;
  readonly attribs: Readonly<Record<string, string | undefined>>;
}

/** The element's parent element, or null at the top (a document is not an element). */
export type ParentOf<E extends SelectorElement> = (element: E) => E | null;

/**
 * Attribute values HTML compares ignoring case (`CASE_INSENSITIVE_ATTRIBUTES`, data). Made at the first attribute
 * check a selector compiles, not when the module loads: a Worker reads the list from its static assets after its
 * modules load.
 */
let caseInsensitive: ReadonlySet<string> | undefined;

export class SelectorError extends Error {}

const cache = new Map<string, Selector>();

/** The compiled form of `text` (compiled once per string). Throws `SelectorError` for what is not supported. */
export function compileSelector(text: string): Selector {
  let compiled = cache.get(text);
  if (compiled === undefined) {
    compiled = new SelectorParser(text).list();
    cache.set(text, compiled);
  }
  return compiled;
}

/** Whether `element` matches `selector`, its ancestors reached through `parentOf`. */
export function matchesSelector<E extends SelectorElement>(
  selector: Selector,
  element: E,
  parentOf: ParentOf<E>,
): boolean {
  for (const complex of selector) {
    const last = complex.compounds.length - 1;
    if (matchesCompound(complex.compounds[last]!, element) && matchesAncestors(complex, element, parentOf))
      return true;
  }
  return false;
}

/**
 * Whether the compounds before the last match `element`'s ancestors. Linear in the depth: a chain of
 * descendant combinators alone is matched greedily (the nearest ancestor that fits each compound
 * leaves the most room above it, so if any match exists that one does); a chain with child
 * combinators is matched over the list of ancestors, compound by compound, keeping the positions each
 * can take — never trying every combination, which a deep page could make explode.
 */
function matchesAncestors<E extends SelectorElement>(
  complex: ComplexSelector,
  element: E,
  parentOf: ParentOf<E>,
): boolean {
  const last = complex.compounds.length - 1;
  if (last === 0) return true;
  if (!complex.combinators.includes(">")) {
    let ancestor = parentOf(element);
    for (let index = last - 1; index >= 0; index--) {
      while (ancestor !== null && !matchesCompound(complex.compounds[index]!, ancestor))
        ancestor = parentOf(ancestor);
      if (ancestor === null) return false;
      ancestor = parentOf(ancestor);
    }
    return true;
  }
  // chain[0] is the element, chain[i] its i-th ancestor; `at[i]`: compound `index` can sit at chain[i].
  const chain: E[] = [element];
  for (let ancestor = parentOf(element); ancestor !== null; ancestor = parentOf(ancestor))
    chain.push(ancestor);
  let at = chain.map((_, i) => i === 0);
  for (let index = last - 1; index >= 0; index--) {
    const compound = complex.compounds[index]!;
    const next = chain.map(() => false);
    if (complex.combinators[index] === ">") {
      for (let i = 0; i + 1 < chain.length; i++)
        if (at[i] && matchesCompound(compound, chain[i + 1]!)) next[i + 1] = true;
    } else {
      const lowest = at.indexOf(true);
      if (lowest === -1) return false;
      for (let i = lowest + 1; i < chain.length; i++)
        if (matchesCompound(compound, chain[i]!)) next[i] = true;
    }
    at = next;
  }
  return at.includes(true);
}

function matchesCompound(compound: Compound, element: SelectorElement): boolean {
  if (compound.tag !== null && compound.tag !== element.name) return false;
  for (const check of compound.attributes) {
    // Own attributes only: `[constructor]` is not every element's.
    const raw = Object.hasOwn(element.attribs, check.name) ? element.attribs[check.name] : undefined;
    if (typeof raw !== "string" || !matchesAttribute(check, raw)) return false;
  }
  return true;
}

function matchesAttribute(check: AttributeCheck, raw: string): boolean {
  if (check.operator === "exists") return true;
  // A word with white space in it is never one of the words.
  if (check.word !== undefined) return !/\s/.test(check.value) && check.word.test(raw);
  const value = check.value;
  const actual = check.ignoreCase ? raw.toLowerCase() : raw;
  switch (check.operator) {
    case "=":
      return actual === value;
    case "~=":
      return false; // tested above, by `word`
    case "|=":
      return actual === value || actual.startsWith(`${value}-`);
    case "^=":
      return value !== "" && actual.startsWith(value);
    case "$=":
      return value !== "" && actual.endsWith(value);
    case "*=":
      return value !== "" && actual.includes(value);
  }
}

/** `value` as a word of a white-space separated list: css-select's test, so an empty value is a run of white space. */
function wordPattern(value: string, ignoreCase: boolean): RegExp {
  return new RegExp(
    `(?:^|\\s)${value.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&")}(?:$|\\s)`,
    ignoreCase ? "i" : "",
  );
}

/** Identifier characters: ASCII letters, digits, `-`, `_`, and anything past ASCII. */
function isNameChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 45 ||
    code === 95 ||
    code >= 0xa0
  );
}

const isSpace = (ch: string | undefined) =>
  ch === " " || ch === "\t" || ch === "\n" || ch === "\r" || ch === "\f";

/** A recursive-descent reader of the supported grammar: one pass over the text. */
class SelectorParser {
  private at = 0;

  constructor(private readonly text: string) {}

  list(): Selector {
    const alternatives: ComplexSelector[] = [];
    for (;;) {
      this.spaces();
      alternatives.push(this.complex());
      this.spaces();
      if (this.at === this.text.length) return alternatives;
      if (this.text[this.at] !== ",") this.fail();
      this.at++;
    }
  }

  private complex(): ComplexSelector {
    const compounds = [this.compound()];
    const combinators: Array<" " | ">"> = [];
    for (;;) {
      const before = this.at;
      this.spaces();
      const ch = this.text[this.at];
      if (ch === ">") {
        this.at++;
        this.spaces();
        combinators.push(">");
      } else if (this.at > before && ch !== undefined && ch !== ",") {
        combinators.push(" ");
      } else {
        this.at = before;
        return { compounds, combinators };
      }
      compounds.push(this.compound());
    }
  }

  private compound(): Compound {
    let tag: string | null = null;
    const attributes: AttributeCheck[] = [];
    const start = this.at;
    if (this.text[this.at] === "*") this.at++;
    else if (this.nameStartsHere()) tag = this.name().toLowerCase();
    for (;;) {
      const ch = this.text[this.at];
      if (ch === ".") {
        this.at++;
        const word = this.name();
        attributes.push({
          name: "class",
          operator: "~=",
          value: word,
          ignoreCase: false,
          word: wordPattern(word, false),
        });
      } else if (ch === "#") {
        this.at++;
        attributes.push({ name: "id", operator: "=", value: this.name(), ignoreCase: false });
      } else if (ch === "[") {
        attributes.push(this.attribute());
      } else break;
    }
    if (this.at === start) this.fail();
    return { tag, attributes };
  }

  private attribute(): AttributeCheck {
    this.at++;
    this.spaces();
    const name = this.name().toLowerCase();
    this.spaces();
    if (this.text[this.at] === "]") {
      this.at++;
      return { name, operator: "exists", value: "", ignoreCase: false };
    }
    const operator = this.text[this.at] === "=" ? "=" : this.text.slice(this.at, this.at + 2);
    if (!["=", "~=", "|=", "^=", "$=", "*="].includes(operator)) this.fail();
    this.at += operator.length;
    this.spaces();
    const quote = this.text[this.at];
    let value: string;
    if (quote === '"' || quote === "'") {
      const end = this.text.indexOf(quote, this.at + 1);
      if (end === -1) this.fail();
      value = this.text.slice(this.at + 1, end);
      if (value.includes("\\")) this.fail();
      this.at = end + 1;
    } else value = this.name();
    this.spaces();
    if (this.text[this.at] !== "]") this.fail();
    this.at++;
    caseInsensitive ??= new Set(CASE_INSENSITIVE_ATTRIBUTES);
    const ignoreCase = caseInsensitive.has(name);
    return {
      name,
      operator: operator as AttributeCheck["operator"],
      value: ignoreCase ? value.toLowerCase() : value,
      ignoreCase,
      ...(operator === "~=" ? { word: wordPattern(value, ignoreCase) } : {}),
    };
  }

  private nameStartsHere(): boolean {
    const code = this.text.charCodeAt(this.at);
    return isNameChar(code) && !(code >= 48 && code <= 57);
  }

  private name(): string {
    const start = this.at;
    if (!this.nameStartsHere() && this.text[this.at] !== "-") this.fail();
    while (this.at < this.text.length && isNameChar(this.text.charCodeAt(this.at))) this.at++;
    if (this.at === start) this.fail();
    return this.text.slice(start, this.at);
  }

  private spaces(): void {
    while (isSpace(this.text[this.at])) this.at++;
  }

  private fail(): never {
    const ch = this.text[this.at];
    throw new SelectorError(
      ch === undefined
        ? `“${this.text}” ends too early`
        : `“${this.text}” has “${ch}” at ${this.at + 1}, where the supported selectors (types, classes, ids, attributes, descendant and child combinators, lists) have none`,
    );
  }
}
