/**
 * Globs on the command line, matched by hand: `*` and `?` within one path segment, `**` for any
 * number of segments, classes `[abc]` `[!a-z]` `[^a-z]` `[[:digit:]]`, alternatives `{a,b}`, ranges
 * `{1..12}`, and `\` escapes; wildcards do not match a leading dot. Kept rather than picomatch
 * (measured, docs/benchmarks.md, "Inputs"): picomatch reads `(…)` as a group, so `"* (1).md"` misses
 * the `copy (1).md` files corpora are full of, and it gets `[!0-2]` wrong; extglobs, which it has
 * and this has not, are what makes those parentheses special.
 */

const MAGIC = /[*?[{\\]/;

/** Whether a command-line argument is a glob rather than a literal path. */
export function isGlob(spec: string): boolean {
  return MAGIC.test(spec);
}

/** A glob split into the literal folder to walk from and the pattern for paths below it. */
export interface GlobParts {
  /** Leading segments without wildcards (`.` when the pattern starts with one). */
  base: string;
  /** The rest of the pattern, relative to `base`. */
  pattern: string;
  /** How deep below `base` a match can be; `Infinity` when the pattern has `**`. */
  maxDepth: number;
}

export function splitGlob(glob: string): GlobParts {
  const segments = glob.split("/");
  const firstMagic = segments.findIndex((segment) => MAGIC.test(segment));
  const baseSegments = segments.slice(0, firstMagic);
  const patternSegments = segments.slice(firstMagic);
  const base = baseSegments.length === 0 ? "." : baseSegments.join("/") || "/";
  // An alternative may hold a `/` ({a/b,c}): such a pattern is walked to any depth.
  const unbounded =
    patternSegments.includes("**") || patternSegments.some((segment) => segment.includes("{"));
  return {
    base,
    pattern: patternSegments.join("/"),
    maxDepth: unbounded ? Number.POSITIVE_INFINITY : patternSegments.length,
  };
}

/** A compiled glob: whether a whole `/`-separated path matches it. */
export interface GlobMatcher {
  test(path: string): boolean;
}

/**
 * Compiles a glob pattern to a matcher over whole `/`-separated paths. The pattern becomes a
 * nondeterministic automaton (Thompson's construction) run over the path one character at a time in
 * the set of states it can be in, each set's successors kept as they are found, so a match costs at
 * most the path's length times the pattern's, and a map look-up a character once warm: a backtracking regular expression took 10 s for `*a*a*a*a*a*a*b` against a name of
 * 60 `a` and grew by the power of the stars (docs/reliability.md, eighth round).
 */
export function compileGlob(pattern: string): GlobMatcher {
  const automaton = new GlobAutomaton();
  const segments = expandRanges(pattern).split("/");
  let next = automaton.add({ kind: "match" });
  // Built from the end, each part given the state that follows it.
  for (let index = segments.length - 1; index >= 0; index--) {
    const segment = segments[index]!;
    const last = index === segments.length - 1;
    if (segment === "**") {
      next = automaton.anySegments(next, last);
      continue;
    }
    if (!last) next = automaton.add({ kind: "char", test: isSlash, next });
    next = automaton.sequence(segmentParts(segment), next);
    // A wildcard at the start of a name does not match a leading dot (as in the shell).
    if (/^[*?[{]/.test(segment)) next = automaton.add({ kind: "assert", test: notDotAt, next });
  }
  automaton.start = next;
  return automaton;
}

/** One part of a segment: a character test, a run of any characters but `/`, or alternatives. */
type Part =
  | { kind: "char"; test: (ch: string) => boolean }
  | { kind: "star" }
  | { kind: "alternatives"; options: Part[][] };

type State =
  | { kind: "match" }
  /** Takes one character that passes `test`. */
  | { kind: "char"; test: (ch: string) => boolean; next: number }
  /** Goes on to every one of `next` without taking a character. */
  | { kind: "split"; next: number[] }
  /** Goes on without taking a character when `test` holds of the character next (undefined at the end). */
  | { kind: "assert"; test: (next: string | undefined) => boolean; next: number };

const isSlash = (ch: string) => ch === "/";
const isNotSlash = (ch: string) => ch !== "/";
const notDotAt = (next: string | undefined) => next !== ".";
const atEnd = (next: string | undefined) => next === undefined;

/**
 * A set of the automaton's states (those it is in before its closure is taken), with the sets each
 * character leads to, found as they are first needed: a lazily built deterministic automaton, so a
 * path costs a map look-up a character once its sets are known.
 */
interface StateSet {
  readonly states: readonly number[];
  readonly afterAscii: (StateSet | undefined)[];
  readonly after: Map<string, StateSet>;
  /** Whether the path may end here; found when first asked. */
  accepts?: boolean;
}

/** Past this many known sets the table starts again (memory stays bounded whatever the pattern). */
const MAX_STATE_SETS = 4_096;

class GlobAutomaton implements GlobMatcher {
  private readonly states: State[] = [];
  start = 0;

  add(state: State): number {
    this.states.push(state);
    return this.states.length - 1;
  }

  /** Parts in order, then `next`. */
  sequence(parts: readonly Part[], next: number): number {
    let at = next;
    for (let i = parts.length - 1; i >= 0; i--) at = this.part(parts[i]!, at);
    return at;
  }

  private part(part: Part, next: number): number {
    if (part.kind === "char") return this.add({ kind: "char", test: part.test, next });
    if (part.kind === "star") return this.anyRun(next);
    return this.add({ kind: "split", next: part.options.map((option) => this.sequence(option, next)) });
  }

  /** Any run of characters but `/`: a loop that takes one or goes on. */
  private anyRun(next: number): number {
    const loop = this.add({ kind: "split", next: [] });
    const take = this.add({ kind: "char", test: isNotSlash, next: loop });
    (this.states[loop] as { next: number[] }).next.push(take, next);
    return loop;
  }

  /**
   * `**`: any number of whole segments not starting with a dot, each followed by `/` (or, as the
   * pattern's last segment, by `/` or the end of the path).
   */
  anySegments(next: number, last: boolean): number {
    const loop = this.add({ kind: "split", next: [] });
    const ending = last
      ? this.add({
          kind: "split",
          next: [
            this.add({ kind: "char", test: isSlash, next: loop }),
            this.add({ kind: "assert", test: atEnd, next: loop }),
          ],
        })
      : this.add({ kind: "char", test: isSlash, next: loop });
    const segment = this.add({ kind: "assert", test: notDotAt, next: this.anyRun(ending) });
    (this.states[loop] as { next: number[] }).next.push(segment, next);
    return loop;
  }

  private readonly sets = new Map<string, StateSet>();
  private initial: StateSet | null = null;

  test(path: string): boolean {
    this.initial ??= this.setOf([this.start]);
    let set = this.initial;
    for (let i = 0; i < path.length; ) {
      const code = path.charCodeAt(i);
      // ASCII (nearly every character of a path) through an array, the rest through a map.
      let next: StateSet | undefined;
      if (code < 0x80) {
        next = set.afterAscii[code];
        if (next === undefined) {
          next = this.step(set, path[i]!);
          set.afterAscii[code] = next;
        }
        i++;
      } else {
        const ch = String.fromCodePoint(path.codePointAt(i)!);
        next = set.after.get(ch);
        if (next === undefined) {
          next = this.step(set, ch);
          set.after.set(ch, next);
        }
        i += ch.length;
      }
      if (next.states.length === 0) return false;
      set = next;
    }
    set.accepts ??= this.closure(set.states, undefined).some((index) => this.states[index]!.kind === "match");
    return set.accepts;
  }

  /** The set after taking `ch` from `set`. */
  private step(set: StateSet, ch: string): StateSet {
    if (this.sets.size >= MAX_STATE_SETS) {
      this.sets.clear();
      this.initial = null;
    }
    const next = new Set<number>();
    for (const index of this.closure(set.states, ch)) {
      const state = this.states[index]!;
      if (state.kind === "char" && state.test(ch)) next.add(state.next);
    }
    return this.setOf([...next].sort((a, b) => a - b));
  }

  private setOf(states: number[]): StateSet {
    const key = states.join(",");
    let set = this.sets.get(key);
    if (set === undefined) {
      set = { states, afterAscii: [], after: new Map() };
      this.sets.set(key, set);
    }
    return set;
  }

  /**
   * The states `from` reaches without taking a character, `next` being the character that follows
   * (undefined at the path's end): those that take one, and the match. Each is entered once, so an
   * empty loop (as `**` at the end can make) stops.
   */
  private closure(from: readonly number[], next: string | undefined): number[] {
    const seen = new Set<number>();
    const out: number[] = [];
    const pending = [...from];
    while (pending.length > 0) {
      const index = pending.pop()!;
      if (seen.has(index)) continue;
      seen.add(index);
      const state = this.states[index]!;
      if (state.kind === "split") for (const target of state.next) pending.push(target);
      else if (state.kind === "assert") {
        if (state.test(next)) pending.push(state.next);
      } else out.push(index);
    }
    return out;
  }
}

/** POSIX classes inside brackets, for Unicode text (`[[:alpha:]]` matches 新 too). */
const POSIX_CLASSES: Record<string, string> = {
  alpha: "\\p{L}",
  digit: "0-9",
  alnum: "\\p{L}\\p{N}",
  upper: "\\p{Lu}",
  lower: "\\p{Ll}",
  space: "\\s",
  punct: "\\p{P}\\p{S}",
  xdigit: "0-9A-Fa-f",
};

/** Ranges of more values than this are not expanded (a typo must not build a huge expression). */
const MAX_RANGE = 10_000;

/** `{1..3}` → `{1,2,3}`, `{01..12}` zero-padded, `{a..e}` letters; anything else is left alone. */
function expandRanges(pattern: string): string {
  return pattern.replace(
    /(?<!\\)\{(-?\d+|[a-zA-Z])\.\.(-?\d+|[a-zA-Z])\}/g,
    (whole, from: string, to: string) => {
      const numeric = /\d/.test(from) && /\d/.test(to);
      if (!numeric && (/\d/.test(from) || /\d/.test(to))) return whole;
      const start = numeric ? Number(from) : from.codePointAt(0)!;
      const end = numeric ? Number(to) : to.codePointAt(0)!;
      if (Math.abs(end - start) >= MAX_RANGE) return whole;
      const width =
        numeric && (/^-?0\d/.test(from) || /^-?0\d/.test(to)) ? Math.max(from.length, to.length) : 0;
      const values: string[] = [];
      const step = start <= end ? 1 : -1;
      for (let n = start; n !== end + step; n += step) {
        values.push(numeric ? String(n).padStart(width, "0") : String.fromCodePoint(n));
      }
      return `{${values.join(",")}}`;
    },
  );
}

/** A segment's parts: literals, `?`, classes, `*` and `{a,b}` alternatives (closed at the segment's end if open). */
function segmentParts(segment: string): Part[] {
  const chars = Array.from(segment);
  const root: Part[] = [];
  /** The open alternatives, innermost last; the parts being written are its last option's. */
  const open: Part[][][] = [];
  let parts = root;
  const close = () => {
    const options = open.pop()!;
    parts = open.length === 0 ? root : open[open.length - 1]!.at(-1)!;
    parts.push({ kind: "alternatives", options });
  };
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === "\\" && i + 1 < chars.length) parts.push(literal(chars[++i]!));
    else if (ch === "*") parts.push({ kind: "star" });
    else if (ch === "?") parts.push({ kind: "char", test: isNotSlash });
    else if (ch === "[") {
      const parsed = bracketSource(chars, i);
      if (parsed === null) parts.push(literal(ch));
      else {
        const member = classRegExp(parsed.source, chars.slice(i, parsed.end + 1).join(""));
        parts.push({ kind: "char", test: (c) => member.test(c) });
        i = parsed.end;
      }
    } else if (ch === "{") {
      open.push([[]]);
      parts = open[open.length - 1]![0]!;
    } else if (ch === "}" && open.length > 0) close();
    else if (ch === "," && open.length > 0) {
      const options = open[open.length - 1]!;
      parts = [];
      options.push(parts);
    } else parts.push(literal(ch));
  }
  while (open.length > 0) close();
  return root;
}

/** A glob the matcher cannot compile (a class whose range runs backwards: `[z-a]`). */
export class GlobSyntaxError extends Error {
  override readonly name = "GlobSyntaxError";
}

/** The regex that tests one character against a class, or a `GlobSyntaxError` naming the class as written. */
function classRegExp(source: string, written: string): RegExp {
  try {
    return new RegExp(`^${source}$`, "u");
  } catch {
    throw new GlobSyntaxError(`${written} is not a valid class (a range must run upwards: [a-z])`);
  }
}

function literal(ch: string): Part {
  return { kind: "char", test: (c) => c === ch };
}

/** The class opening at `start`, with where it ends, or null when it does not close (a literal `[`). */
function bracketSource(chars: readonly string[], start: number): { source: string; end: number } | null {
  let i = start + 1;
  const negated = chars[i] === "!" || chars[i] === "^";
  if (negated) i++;
  let body = "";
  // A `]` right after the opening (or after `!`) is a member, not the end.
  if (chars[i] === "]") {
    body += "\\]";
    i++;
  }
  for (; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === "]") return { source: `[${negated ? "^/" : ""}${body}]`, end: i };
    if (ch === "[" && chars[i + 1] === ":") {
      const close = posixClassEnd(chars, i + 2);
      const name = close === -1 ? undefined : POSIX_CLASSES[chars.slice(i + 2, close).join("")];
      if (name !== undefined) {
        body += name;
        i = close + 1;
        continue;
      }
    }
    const member = ch === "\\" && i + 1 < chars.length ? chars[++i]! : ch;
    // An escaped member is itself; only the class's own syntax needs a backslash in the regex.
    body += member !== ch || /[\\[\]^]/.test(member) ? member.replace(/[\\[\]^-]/, "\\$&") : member;
  }
  return null;
}

/** Where the `:]` closing a POSIX class name from `from` starts, or -1. */
function posixClassEnd(chars: readonly string[], from: number): number {
  for (let i = from; i + 1 < chars.length; i++) if (chars[i] === ":" && chars[i + 1] === "]") return i;
  return -1;
}
