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

/** Compiles a glob pattern to a regular expression over whole `/`-separated paths. */
export function globToRegExp(pattern: string): RegExp {
  const segments = expandRanges(pattern).split("/");
  let source = "";
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    if (segment === "**") {
      source += last ? "(?:(?!\\.)[^/]*(?:/|$))*" : "(?:(?!\\.)[^/]*/)*";
    } else {
      // A wildcard at the start of a name does not match a leading dot (as in the shell).
      const guard = /^[*?[{]/.test(segment) ? "(?!\\.)" : "";
      source += guard + segmentSource(segment) + (last ? "" : "/");
    }
  });
  return new RegExp(`^${source}$`, "u");
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

function segmentSource(segment: string): string {
  let out = "";
  let braces = 0;
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i]!;
    if (ch === "\\" && i + 1 < segment.length) out += escapeLiteral(segment[++i]!);
    else if (ch === "*") out += "[^/]*";
    else if (ch === "?") out += "[^/]";
    else if (ch === "[") {
      const parsed = bracketSource(segment, i);
      if (parsed === null) out += "\\[";
      else {
        out += parsed.source;
        i = parsed.end;
      }
    } else if (ch === "{") {
      braces++;
      out += "(?:";
    } else if (ch === "}" && braces > 0) {
      braces--;
      out += ")";
    } else if (ch === "," && braces > 0) out += "|";
    else out += escapeLiteral(ch);
  }
  return out + ")".repeat(braces);
}

/** The class opening at `start`, with where it ends, or null when it does not close (a literal `[`). */
function bracketSource(segment: string, start: number): { source: string; end: number } | null {
  let i = start + 1;
  const negated = segment[i] === "!" || segment[i] === "^";
  if (negated) i++;
  let body = "";
  // A `]` right after the opening (or after `!`) is a member, not the end.
  if (segment[i] === "]") {
    body += "\\]";
    i++;
  }
  for (; i < segment.length; i++) {
    const ch = segment[i]!;
    if (ch === "]") return { source: `[${negated ? "^/" : ""}${body}]`, end: i };
    if (ch === "[" && segment[i + 1] === ":") {
      const close = segment.indexOf(":]", i + 2);
      const name = close === -1 ? undefined : POSIX_CLASSES[segment.slice(i + 2, close)];
      if (name !== undefined) {
        body += name;
        i = close + 1;
        continue;
      }
    }
    const member = ch === "\\" && i + 1 < segment.length ? segment[++i]! : ch;
    // An escaped member is itself; only the class's own syntax needs a backslash in the regex.
    body += member !== ch || /[\\[\]^]/.test(member) ? member.replace(/[\\[\]^-]/, "\\$&") : member;
  }
  return null;
}

function escapeLiteral(ch: string): string {
  return ch.replace(/[.+^${}()|[\]\\*?]/g, "\\$&");
}
