/**
 * A small glob matcher (Node 20 has no `fs.glob`): `*` and `?` within one path segment, `**` for
 * any number of segments, `[abc]`/`[!a-z]` classes and `{a,b}` alternatives. Paths use `/`.
 */

const MAGIC = /[*?[{]/;

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
  const segments = glob.replaceAll("\\", "/").split("/");
  const firstMagic = segments.findIndex((segment) => MAGIC.test(segment));
  const baseSegments = segments.slice(0, firstMagic);
  const patternSegments = segments.slice(firstMagic);
  const base = baseSegments.length === 0 ? "." : baseSegments.join("/") || "/";
  const maxDepth = patternSegments.includes("**") ? Number.POSITIVE_INFINITY : patternSegments.length;
  return { base, pattern: patternSegments.join("/"), maxDepth };
}

/** Compiles a glob pattern to a regular expression over whole `/`-separated paths. */
export function globToRegExp(pattern: string): RegExp {
  const segments = pattern.split("/");
  let source = "";
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    if (segment === "**") {
      source += last ? ".*" : "(?:[^/]*/)*";
    } else {
      source += segmentSource(segment) + (last ? "" : "/");
    }
  });
  return new RegExp(`^${source}$`, "u");
}

function segmentSource(segment: string): string {
  let out = "";
  let braces = 0;
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i]!;
    if (ch === "*") out += "[^/]*";
    else if (ch === "?") out += "[^/]";
    else if (ch === "[") {
      const close = segment.indexOf("]", i + 2);
      if (close === -1) {
        out += "\\[";
        continue;
      }
      let body = segment.slice(i + 1, close);
      const negated = body.startsWith("!") || body.startsWith("^");
      if (negated) body = body.slice(1);
      out += `[${negated ? "^/" : ""}${body.replace(/[\\\]]/g, "\\$&")}]`;
      i = close;
    } else if (ch === "{") {
      braces++;
      out += "(?:";
    } else if (ch === "}" && braces > 0) {
      braces--;
      out += ")";
    } else if (ch === "," && braces > 0) out += "|";
    else out += ch.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  return out + ")".repeat(braces);
}
