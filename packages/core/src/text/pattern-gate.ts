/**
 * What a rule's pattern needs of a text, read from the pattern itself, so that a rule list can skip
 * the patterns a text cannot match without writing any rule's words twice:
 *
 * - `words`: strings one of which every match holds (`/^[^。！？]{0,40}加入(?:我的)?知识星球/` →
 *   `加入知识星球`, `加入我的知识星球`). A text without any of them cannot match, so one scan of a
 *   text for the words of a whole list says which of its patterns may (`PatternSet`).
 * - `opensWide`: whether a match may open with any character of prose (`.`, `[^…]`, `\S`, `\p{…}`) or
 *   with a look-around, so that the engine reads a run of the text before the pattern can fail, or
 *   cannot skip ahead to a character the pattern needs. A pattern anchored at
 *   the text's start that opens with a few listed characters (`^公益广告$`, `^(?:欢迎)?关注`) fails on
 *   the first character of nearly every text, which no scan beats; one that opens wide
 *   (`^.{0,16}点…`, `^[^。！？]{0,40}…`) reads up to its bound on every text it is given.
 *
 * The words are exact, never guessed: a pattern this reading does not follow (a `v` flag, a syntax
 * it does not know) gives no words, and parts it cannot spell out (a class of many characters, a
 * backreference, a letter under the `i` flag) end a word rather than being spelled. A word may be
 * coarser than the pattern (a text holding it may still not match), never narrower.
 */
export interface PatternNeeds {
  /** Strings one of which every match holds, none inside another; null when no such list was found. */
  words: readonly string[] | null;
  /** Whether a match may open with a character of prose (a wide class), read over the nullable items before it. */
  opensWide: boolean;
  /** Of the pattern's alternatives at the top level (`a|b|c`; a joined rule list's rules), how many open wide. */
  wideAlternatives: number;
}

/** How many strings a part's exact spelling may have before it is given up (each a scan candidate). */
const SPELLINGS_MAX = 16;
/** How many characters a class may list and still be spelled (`[:：]` is two spellings, `[^…]` none). */
const CLASS_SPELLED_MAX = 4;
/** A class whose ranges span more characters than this reads prose (`[\u4e00-\u9fa5]`), as `.` does. */
const NARROW_CLASS_MAX = 256;
/** How many characters a class may match and still have them listed as what a match may open with. */
const MEMBERS_MAX = 128;

/**
 * One character: from a short list (`chars`), or from a class not spelled out (null); wide when it may be prose.
 * `members`: every character it may be, when they can be listed (a class of up to `MEMBERS_MAX`, `\d`, `\s`); null
 * otherwise (a wide or negated class, `\p{…}`, a letter under the `i` flag).
 */
type Node =
  | { kind: "char"; chars: readonly string[] | null; wide: boolean; members: readonly string[] | null }
  | { kind: "empty" }
  | { kind: "end" }
  | { kind: "look" }
  | { kind: "seq"; items: readonly Node[] }
  | { kind: "alt"; alts: readonly Node[] }
  | { kind: "repeat"; node: Node; min: number; max: number };

/** The needs of `pattern`; with no words and opening wide when the pattern is not one this reading follows. */
export function patternNeeds(pattern: RegExp): PatternNeeds {
  const tree = readPattern(pattern.source, pattern.flags);
  if (tree === null) return { words: null, opensWide: true, wideAlternatives: 1 };
  const alternatives = tree.kind === "alt" ? tree.alts : [tree];
  return {
    words: minimalWords(spell(tree).words),
    opensWide: opening(tree).wide,
    wideAlternatives: alternatives.filter((alt) => opening(alt).wide).length,
  };
}

/** The words without any that holds another (a text holding the longer one holds the shorter). */
function minimalWords(words: readonly string[] | null): readonly string[] | null {
  if (words === null) return null;
  return words.filter((word) => !words.some((other) => other !== word && word.includes(other)));
}

interface Spelling {
  /** Every string the part can match, when they are few; null otherwise. */
  exact: readonly string[] | null;
  /** Non-empty strings one of which every match of the part holds; null when none was found. */
  words: readonly string[] | null;
}

function spell(node: Node): Spelling {
  switch (node.kind) {
    case "char":
      return { exact: node.chars, words: node.chars };
    case "empty":
    case "end":
    case "look":
      return { exact: [""], words: null };
    case "repeat": {
      const inner = spell(node.node);
      if (node.max === 0) return { exact: [""], words: null };
      if (node.min === 0)
        return { exact: node.max === 1 && inner.exact ? unique(["", ...inner.exact]) : null, words: null };
      return {
        exact: node.min === 1 && node.max === 1 ? inner.exact : null,
        words: better(inner.words, inner.exact),
      };
    }
    case "alt": {
      const parts = node.alts.map(spell);
      const exact = parts.every((part) => part.exact !== null)
        ? unique(parts.flatMap((part) => part.exact!))
        : null;
      const each = parts.map((part) => better(part.words, part.exact));
      const words = each.every((w) => w !== null) ? unique(each.flatMap((w) => w!)) : null;
      return {
        exact: exact !== null && exact.length <= SPELLINGS_MAX ? exact : null,
        words: usable(words) ? words : null,
      };
    }
    case "seq": {
      const { exact, candidates } = spellSequence(node.items);
      return { exact, words: candidates.reduce(better, null) };
    }
  }
}

/**
 * A sequence's spelling (`exact`, when every part is spelled out) and its candidate lists of words, in the
 * sequence's order: consecutive parts spelled out make one run of strings; where a part cannot be, the run so far
 * is one candidate list, and the part's own words another. Every match holds a word of each usable one.
 */
function spellSequence(items: readonly Node[]): {
  exact: readonly string[] | null;
  candidates: (readonly string[] | null)[];
} {
  let run: readonly string[] = [""];
  let unbroken = true;
  const candidates: (readonly string[] | null)[] = [];
  for (const item of items) {
    const part = spell(item);
    if (part.exact !== null && run.length * part.exact.length <= SPELLINGS_MAX) {
      run = unique(run.flatMap((head) => part.exact!.map((tail) => head + tail)));
      continue;
    }
    unbroken = false;
    candidates.push(run, part.words);
    run = part.exact ?? [""];
  }
  candidates.push(run);
  return { exact: unbroken ? run : null, candidates };
}

/**
 * A list of words whose shortest is this long is rare enough in a line to gate a rule (a four-character phrase,
 * `欢迎订阅`), though `better` would take a longer one: a set may open its scan with it in place of a list that
 * needs entries of the skip table no other pattern takes (a search more of every text for a few names).
 */
const CHOICE_LENGTH = 2;

/**
 * Every list of words `patternNeeds` could give a pattern as well as the one it gives: the pattern's own parts'
 * lists (a sequence at the top, as a rule writes a lead-in, a keyword and a call: `…(?:大促|秒杀|…)…(?:速抢|抢购|…)`)
 * that `better` cannot tell apart from its words — their shortest string as long, as many strings — or whose shortest
 * string is `CHOICE_LENGTH` long or longer (a social platform's names or the invitation to follow it). Every match
 * holds a word of each, so a set scanning for many patterns' words may take whichever opens as the others' do
 * (`pattern-set.ts`). `patternNeeds`'s words first; none when it has none.
 */
export function wordChoices(pattern: RegExp): (readonly string[])[] {
  const best = patternNeeds(pattern).words;
  if (best === null) return [];
  const tree = readPattern(pattern.source, pattern.flags);
  if (tree?.kind !== "seq") return [best];
  const tied = spellSequence(tree.items)
    .candidates.filter(usable)
    .map((words) => minimalWords(words)!)
    .filter(
      (words) =>
        ((shortestLength(words) === shortestLength(best) && words.length === best.length) ||
          shortestLength(words) >= CHOICE_LENGTH) &&
        words.join("\n") !== best.join("\n"),
    );
  return [best, ...tied];
}

/** A list a scan can look for: some strings, none empty, not too many. */
function usable(words: readonly string[] | null): words is readonly string[] {
  return words !== null && words.length > 0 && words.length <= SPELLINGS_MAX && !words.includes("");
}

/** Of two lists, the one a text is less likely to hold: its shortest string longer, then fewer strings. */
function better(a: readonly string[] | null, b: readonly string[] | null): readonly string[] | null {
  if (!usable(a)) return usable(b) ? b : null;
  if (!usable(b)) return a;
  if (shortestLength(a) !== shortestLength(b)) return shortestLength(a) > shortestLength(b) ? a : b;
  return b.length < a.length ? b : a;
}

const shortestLength = (words: readonly string[]) => Math.min(...words.map((word) => word.length));

function unique(strings: readonly string[]): readonly string[] {
  return [...new Set(strings)];
}

/**
 * The characters a match of any of `patterns` may open with, as UTF-16 codes (an astral character's high
 * surrogate), read from the patterns themselves; null when one of them may open with a character that cannot be
 * listed (`.`, a negated or wide class, `\p{…}`, a letter outside ASCII under the `i` flag, a backreference), may
 * match nothing before the text's end, or is not one this reading follows. -1 stands for the text's end: a match
 * that may take nothing before a `$` (no `m` flag; `^(?:…)?$`) opens there. For patterns anchored at the text's start
 * (`isAnchoredAtStart`) these are the text's first character, or -1 for an empty text: a text opening with any
 * other matches none of them, which one look-up answers before any pattern runs.
 */
export function openingCodes(patterns: readonly RegExp[]): ReadonlySet<number> | null {
  const codes = new Set<number>();
  for (const pattern of patterns) {
    const tree = readPattern(pattern.source, pattern.flags);
    const first = tree === null ? null : firstCharacters(tree);
    if (first === null || first.empty || first.members === null) return null;
    for (const member of first.members) codes.add(member === TEXT_END ? -1 : member.charCodeAt(0));
  }
  return codes;
}

/**
 * Whether a text that opens with the character `code` (a UTF-16 code; -1 for none) may match one of `patterns`,
 * each anchored at the text's start: `openingCodes` as a test, yes for every character when they are not listed.
 */
export function openingTest(patterns: readonly RegExp[]): (code: number) => boolean {
  const codes = openingCodes(patterns);
  return codes === null ? () => true : (code) => codes.has(code);
}

/** The characters the part may open with (null when not listed), and whether it may match nothing. */
function firstCharacters(node: Node): { members: ReadonlySet<string> | null; empty: boolean } {
  switch (node.kind) {
    case "char":
      return { members: node.members === null ? null : new Set(node.members), empty: false };
    // A look-around reads without taking: the match's first character is the next part's.
    case "empty":
    case "look":
      return { members: new Set(), empty: true };
    // The text's end: a match that reaches it having taken nothing is of a text with no characters left.
    case "end":
      return { members: new Set([TEXT_END]), empty: false };
    case "repeat": {
      if (node.max === 0) return { members: new Set(), empty: true };
      const inner = firstCharacters(node.node);
      return { members: inner.members, empty: node.min === 0 || inner.empty };
    }
    case "alt":
      return joinFirsts(node.alts, true);
    case "seq":
      return joinFirsts(node.items, false);
  }
}

/** The first characters of alternatives (`any`), or of a sequence: its items' up to the first that takes one. */
function joinFirsts(
  nodes: readonly Node[],
  any: boolean,
): { members: ReadonlySet<string> | null; empty: boolean } {
  const members = new Set<string>();
  let empty = !any;
  for (const node of nodes) {
    const first = firstCharacters(node);
    if (first.members === null) return { members: null, empty: false };
    for (const member of first.members) members.add(member);
    if (any) empty ||= first.empty;
    else if (!first.empty) return { members, empty: false };
  }
  return { members, empty };
}

/** Whether a match may open with a wide class, and whether the part may match nothing. */
function opening(node: Node): { wide: boolean; empty: boolean } {
  switch (node.kind) {
    case "char":
      return { wide: node.wide, empty: false };
    case "empty":
    case "end":
      return { wide: false, empty: true };
    // Tried before any character it needs is found, a look-around lets the engine skip ahead to none.
    case "look":
      return { wide: true, empty: true };
    case "repeat": {
      const inner = opening(node.node);
      return { wide: inner.wide, empty: node.min === 0 || inner.empty };
    }
    case "alt": {
      const alts = node.alts.map(opening);
      return { wide: alts.some((alt) => alt.wide), empty: alts.some((alt) => alt.empty) };
    }
    case "seq": {
      let wide = false;
      for (const item of node.items) {
        const next = opening(item);
        wide ||= next.wide;
        if (!next.empty) return { wide, empty: false };
      }
      return { wide, empty: true };
    }
  }
}

/** Thrown inside the reader for syntax it does not follow; the pattern then has no needs read. */
class Unread extends Error {}

/** The pattern's tree, or null when its syntax is beyond this reader. */
function readPattern(source: string, flags: string): Node | null {
  if (flags.includes("v")) return null;
  try {
    const reader = new Reader(source, flags.includes("u"), flags.includes("i"), flags.includes("m"));
    const tree = reader.alternation();
    if (!reader.done()) return null;
    return tree;
  } catch (error) {
    if (error instanceof Unread) return null;
    throw error;
  }
}

const ANY: Node = { kind: "char", chars: null, wide: true, members: null };
/** `$` without the `m` flag: the text's end, which a match may reach before taking any character. */
const END: Node = { kind: "end" };
/** The member that stands for the text's end among the characters a match may open with (no character is empty). */
const TEXT_END = "";
/** JavaScript's `\s`: the characters `trim` removes. */
const SPACES = [
  ..."\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff",
  ...Array.from({ length: 11 }, (_, i) => String.fromCharCode(0x2000 + i)),
];
const DIGITS = [..."0123456789"];
const EMPTY: Node = { kind: "empty" };
const LOOK: Node = { kind: "look" };
/** A backreference: any text the group matched, maybe none. */
const ANY_RUN: Node = { kind: "repeat", node: ANY, min: 0, max: Number.POSITIVE_INFINITY };
const CONTROL_ESCAPES: Readonly<Record<string, string>> = {
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
  f: "\f",
  0: "\0",
};

/** What a class escape (`\d`, `\S`, `\p{…}`) matches: wide when prose, its characters when they can be listed. */
interface ClassEscape {
  wide: boolean;
  members: readonly string[] | null;
}
const WIDE_ESCAPE: ClassEscape = { wide: true, members: null };

class Reader {
  private at = 0;
  /** Whether the pattern may name a group, which makes `\k<name>` a backreference outside `u` mode too. */
  private readonly namedGroups: boolean;

  constructor(
    private readonly source: string,
    private readonly unicode: boolean,
    private readonly caseless: boolean,
    private readonly multiline: boolean,
  ) {
    // A loose test (an escaped `(` may pass it): reading `\k<name>` as any text is the coarser error.
    this.namedGroups = /\(\?<[^=!]/.test(source);
  }

  done(): boolean {
    return this.at >= this.source.length;
  }

  alternation(): Node {
    const alts = [this.sequence()];
    while (this.source[this.at] === "|") {
      this.at++;
      alts.push(this.sequence());
    }
    return alts.length === 1 ? alts[0]! : { kind: "alt", alts };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (!this.done() && this.source[this.at] !== "|" && this.source[this.at] !== ")") {
      items.push(this.quantified(this.atom()));
    }
    return { kind: "seq", items };
  }

  private quantified(atom: Node): Node {
    const rest = this.source.slice(this.at);
    const bounds = /^(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})/.exec(rest);
    if (bounds === null) return atom;
    this.at += bounds[0].length;
    if (this.source[this.at] === "?") this.at++;
    const [, sign, min, comma, max] = bounds;
    if (sign !== undefined) {
      const infinite = Number.POSITIVE_INFINITY;
      return { kind: "repeat", node: atom, min: sign === "+" ? 1 : 0, max: sign === "?" ? 1 : infinite };
    }
    const low = Number(min);
    const high = comma === undefined ? low : max === "" ? Number.POSITIVE_INFINITY : Number(max);
    return { kind: "repeat", node: atom, min: low, max: high };
  }

  private atom(): Node {
    const ch = this.source[this.at]!;
    if (ch === "(") return this.group();
    if (ch === "[") return this.characterClass();
    if (ch === "\\") return this.escape();
    if (ch === "^" || ch === "$") {
      this.at++;
      return ch === "$" && !this.multiline ? END : EMPTY;
    }
    if (ch === ".") {
      this.at++;
      return ANY;
    }
    // A brace that opens no quantifier is a character outside `u` mode; a quantifier with nothing to repeat is an error.
    if ("*+?{}])".includes(ch) && (this.unicode || "*+?".includes(ch))) throw new Unread();
    return this.literal(this.character());
  }

  private group(): Node {
    const rest = this.source.slice(this.at);
    const opener = /^\((?:\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/.exec(rest)![0];
    // `(?i:…)` and other group syntax this reader does not follow.
    if (rest.startsWith("(?") && opener === "(") throw new Unread();
    this.at += opener.length;
    const inner = this.alternation();
    if (this.source[this.at] !== ")") throw new Unread();
    this.at++;
    // A look-around matches no characters of its own: what it needs may lie outside the match.
    return ["(?=", "(?!", "(?<=", "(?<!"].includes(opener) ? LOOK : inner;
  }

  /** One character of the source (a code point in `u` mode, else a code unit). */
  private character(): string {
    const ch = this.unicode ? String.fromCodePoint(this.source.codePointAt(this.at)!) : this.source[this.at]!;
    this.at += ch.length;
    return ch;
  }

  /**
   * A literal character; under `i` one with a case is no spelling (it matches its other case too), and is listed
   * as the characters it matches (`caselessMembers`) where those are known.
   */
  private literal(ch: string): Node {
    if (this.caseless && hasCase(ch))
      return { kind: "char", chars: null, wide: false, members: caselessMembers([ch], this.unicode) };
    return { kind: "char", chars: [ch], wide: false, members: [ch] };
  }

  private escape(): Node {
    this.at++;
    const ch = this.source[this.at];
    if (ch === undefined) throw new Unread();
    if ("bB".includes(ch)) {
      this.at++;
      return EMPTY;
    }
    if (ch === "k") {
      this.at++;
      // Outside `u` mode, in a pattern with no named group, `\k` is the letter k (`/\k<|x/` is `k<` or `x`).
      if (!this.unicode && !this.namedGroups) return this.literal("k");
      const name = /^<[A-Za-z_$][\w$]*>/.exec(this.source.slice(this.at));
      if (name === null) throw new Unread();
      this.at += name[0].length;
      return ANY_RUN;
    }
    if (/[1-9]/.test(ch)) {
      // A backreference, or outside `u` mode maybe an octal escape: any text either way, which is coarser.
      this.at++;
      while (/\d/.test(this.source[this.at] ?? "")) this.at++;
      return ANY_RUN;
    }
    const escaped = this.escapedCharacter(false);
    if (typeof escaped !== "string") return { kind: "char", chars: null, ...escaped };
    return this.literal(escaped);
  }

  /**
   * The character an escape stands for (the backslash read), or the class it names. `\p{…}` and the
   * negated classes may match prose; `\d`, `\s`, `\w` list few characters, and those of `\d` and `\s`
   * are listed as what a match may open with.
   */
  private escapedCharacter(inClass: boolean): string | ClassEscape {
    const ch = this.source[this.at]!;
    const rest = this.source.slice(this.at);
    if ("dsw".includes(ch)) {
      this.at++;
      return { wide: false, members: ch === "d" ? DIGITS : ch === "s" ? SPACES : null };
    }
    if ("DSW".includes(ch)) {
      this.at++;
      return WIDE_ESCAPE;
    }
    if (this.unicode && (ch === "p" || ch === "P")) {
      const end = this.source.indexOf("}", this.at);
      if (end === -1) throw new Unread();
      this.at = end + 1;
      return WIDE_ESCAPE;
    }
    if (ch in CONTROL_ESCAPES && !(ch === "0" && /^0\d/.test(rest))) {
      this.at++;
      return CONTROL_ESCAPES[ch]!;
    }
    const hex =
      /^x([0-9A-Fa-f]{2})/.exec(rest) ??
      /^u([0-9A-Fa-f]{4})/.exec(rest) ??
      (this.unicode ? /^u\{([0-9A-Fa-f]{1,6})\}/.exec(rest) : null);
    if (hex !== null) {
      this.at += hex[0].length;
      return String.fromCodePoint(Number.parseInt(hex[1]!, 16));
    }
    // `\cX`, octal escapes, `\b` in a class: rare, and not spelled here.
    if (ch === "c" || /\d/.test(ch) || (inClass && ch === "b")) throw new Unread();
    return this.character();
  }

  /** A class: spelled when it lists a few characters, wide when negated or holding a wide class or range. */
  private characterClass(): Node {
    this.at++;
    const negated = this.source[this.at] === "^";
    if (negated) this.at++;
    const listed: string[] = [];
    let spelled = true;
    let wide = negated;
    // Every character the class matches, while they can be listed.
    let members: string[] | null = negated ? null : [];
    while (this.source[this.at] !== "]") {
      if (this.done()) throw new Unread();
      const from = this.classMember();
      if (
        this.source[this.at] === "-" &&
        this.source[this.at + 1] !== "]" &&
        this.at + 1 < this.source.length
      ) {
        this.at++;
        const to = this.classMember();
        spelled = false;
        // A class escape at either end (`[\d-x]`, outside `u` mode) makes no range: not followed here.
        if (typeof from !== "string" || typeof to !== "string") throw new Unread();
        const [low, high] = [from.codePointAt(0)!, to.codePointAt(0)!];
        if (high - low > NARROW_CLASS_MAX) wide = true;
        if (members !== null && high - low < MEMBERS_MAX) {
          for (let code = low; code <= high; code++) members.push(String.fromCodePoint(code));
          if (this.caseless) members = caselessMembers(members, this.unicode);
        } else members = null;
        continue;
      }
      if (typeof from !== "string") {
        wide ||= from.wide;
        spelled = false;
        members = members !== null && from.members !== null ? [...members, ...from.members] : null;
      } else if (this.caseless && hasCase(from)) {
        spelled = false;
        const folded = caselessMembers([from], this.unicode);
        members = members !== null && folded !== null ? [...members, ...folded] : null;
      } else {
        listed.push(from);
        members?.push(from);
      }
    }
    this.at++;
    const chars =
      spelled && !negated && listed.length > 0 && listed.length <= CLASS_SPELLED_MAX ? unique(listed) : null;
    return {
      kind: "char",
      chars,
      wide,
      members: members !== null && members.length <= MEMBERS_MAX ? unique(members) : null,
    };
  }

  private classMember(): string | ClassEscape {
    if (this.source[this.at] !== "\\") return this.character();
    this.at++;
    if (this.done()) throw new Unread();
    return this.escapedCharacter(true);
  }
}

/**
 * The characters that `chars` match under the `i` flag, when every one with a case is an ASCII letter; null
 * otherwise. Without `u` the engine compares upper cases and never folds a non-ASCII character onto an ASCII one
 * (`ſ` is not `s`), so an ASCII letter matches its two cases; with `u` it compares simple case foldings, which
 * also fold the Kelvin sign onto `k` and the long s onto `s`. Other letters fold in ways not listed here.
 */
function caselessMembers(chars: readonly string[], unicode: boolean): string[] | null {
  const members: string[] = [];
  for (const ch of chars) {
    const lower = ch.toLowerCase();
    if (!hasCase(ch)) members.push(ch);
    else if (/^[A-Za-z]$/.test(ch))
      members.push(lower, lower.toUpperCase(), ...((unicode && FOLDED[lower]) || ""));
    else return null;
  }
  return members;
}

/** What `u` mode's case folding maps onto an ASCII letter besides its two cases. */
const FOLDED: Readonly<Record<string, string>> = { k: "\u212a", s: "\u017f" };

/** Whether `ch` has another case, which the `i` flag also matches. */
function hasCase(ch: string): boolean {
  return ch.toLowerCase() !== ch || ch.toUpperCase() !== ch;
}
