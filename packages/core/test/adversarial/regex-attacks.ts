/**
 * Hostile strings for a regular expression, read off its source: what each atom matches (a literal,
 * an escape, a class, `.`), then pumps made of those samples — one sample repeated, two neighbours
 * repeated (`\s*\S*` wants ` a a a…`), the whole pattern walked once and repeated — each after the
 * pattern's first literal run (so an anchored `上一页\d+` gets its prefix) and before a character
 * that makes the match fail at the end, where backtracking regexes spend their time.
 */
import { fill } from "./measure.js";

export interface RegexAttack {
  /** What the attack is, for the report. */
  label: string;
  prefix: string;
  pump: string;
  suffix: string;
}

/** Characters tried against negated classes and `.`, in this order. */
const ALPHABET = [
  "a",
  "1",
  " ",
  "中",
  "。",
  "_",
  "-",
  ".",
  "/",
  ":",
  "(",
  "[",
  "*",
  "!",
  "\\",
  "<",
  "#",
  "\t",
  "\n",
  "\u3000",
  "x",
];
/** What usually makes a match fail at the end. */
const SUFFIXES = ["\u0000", "\n"];

const ESCAPES: Record<string, string> = {
  d: "1",
  D: "a",
  s: " ",
  S: "a",
  w: "a",
  W: "!",
  n: "\n",
  t: "\t",
  r: "\r",
  f: "\f",
  v: "\v",
  b: "",
  B: "",
};

interface Atom {
  /** A character the atom matches ("" for assertions). */
  sample: string;
  /** Whether the atom is a literal (part of a literal run). */
  literal: boolean;
}

/** The character of an escape at `source[i]` (after the backslash), and where the escape ends. */
function readEscape(source: string, i: number): { char: string; end: number; literal: boolean } {
  const c = source[i]!;
  if (c === "u" && source[i + 1] === "{") {
    const close = source.indexOf("}", i);
    return {
      char: String.fromCodePoint(Number.parseInt(source.slice(i + 2, close), 16)),
      end: close + 1,
      literal: true,
    };
  }
  if (c === "u")
    return {
      char: String.fromCharCode(Number.parseInt(source.slice(i + 1, i + 5), 16)),
      end: i + 5,
      literal: true,
    };
  if (c === "x")
    return {
      char: String.fromCharCode(Number.parseInt(source.slice(i + 1, i + 3), 16)),
      end: i + 3,
      literal: true,
    };
  if (c === "p" || c === "P") {
    const close = source.indexOf("}", i);
    const property = source.slice(i + 2, close);
    const char = /Han|Script=Han/.test(property) ? "中" : /P/.test(property) ? "。" : "a";
    return { char: c === "P" ? "a" : char, end: close + 1, literal: false };
  }
  if (c in ESCAPES) return { char: ESCAPES[c]!, end: i + 1, literal: false };
  if (/[0-9]/.test(c)) return { char: "", end: i + 1, literal: false };
  return { char: c, end: i + 1, literal: true };
}

/** The atoms of a pattern, in order, with one sample each. */
function atoms(regex: RegExp): Atom[] {
  const source = regex.source;
  const flags = regex.flags.replace(/[gy]/g, "");
  const out: Atom[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === "\\") {
      const { char, end, literal } = readEscape(source, i + 1);
      out.push({ sample: char, literal });
      i = end;
    } else if (c === "[") {
      let end = i + 1;
      if (source[end] === "^") end++;
      if (source[end] === "]") end++;
      while (end < source.length && source[end] !== "]") end += source[end] === "\\" ? 2 : 1;
      const cls = source.slice(i, end + 1);
      let matcher: RegExp;
      try {
        matcher = new RegExp(`^${cls}$`, flags);
      } catch {
        i = end + 1;
        continue;
      }
      // A character of the class: from the alphabet, or the first one written in it.
      const first = cls[1] === "^" ? undefined : cls[1] === "\\" ? readEscape(cls, 2).char : cls[1];
      const sample = [...(first ? [first] : []), ...ALPHABET].find((ch) => matcher.test(ch)) ?? "";
      out.push({ sample, literal: false });
      i = end + 1;
    } else if (c === ".") {
      out.push({ sample: "a", literal: false });
      i++;
    } else if (c === "{" && /^\{\d+(,\d*)?\}/.test(source.slice(i))) {
      i = source.indexOf("}", i) + 1;
    } else if ("()|?*+^$".includes(c)) {
      if (c === "(" && source[i + 1] === "?") {
        // (?: (?= (?! (?<= (?<! (?<name>
        i +=
          source[i + 2] === "<" && source[i + 3] !== "=" && source[i + 3] !== "!"
            ? source.indexOf(">", i) + 1 - i
            : source[i + 2] === "<"
              ? 4
              : 3;
      } else i++;
      // A quantifier or a group boundary ends a literal run.
      out.push({ sample: "", literal: false });
    } else {
      out.push({ sample: c, literal: true });
      i++;
    }
  }
  return out;
}

/** The pattern's first run of literal characters (its anchor text), if any. */
function firstLiteralRun(list: readonly Atom[]): string {
  let run = "";
  for (const atom of list) {
    if (atom.literal) run += atom.sample;
    else if (run !== "") break;
  }
  return run;
}

/** Attacks per regex at most: the first ones (single samples, then neighbours) are the strongest. */
const MAX_ATTACKS = 48;

/** The attacks for one regex (deduplicated). */
export function regexAttacks(regex: RegExp): RegexAttack[] {
  const list = atoms(regex);
  const samples = list.map((atom) => atom.sample).filter((sample) => sample !== "");
  const unique = [...new Set(samples)];
  const pumps = new Set<string>([...unique]);
  for (let k = 0; k + 1 < samples.length; k++) {
    if (samples[k] !== samples[k + 1]) pumps.add(samples[k]! + samples[k + 1]!);
  }
  if (samples.length > 0) pumps.add(samples.join(""));
  const prefixes = [""];
  const run = firstLiteralRun(list);
  if (run !== "") prefixes.push(run);
  const attacks: RegexAttack[] = [];
  for (const prefix of prefixes) {
    for (const pump of pumps) {
      for (const suffix of SUFFIXES) {
        attacks.push({
          label: `${JSON.stringify(prefix)} + ${JSON.stringify(pump)}… + ${JSON.stringify(suffix)}`,
          prefix,
          pump,
          suffix,
        });
      }
    }
  }
  return attacks.slice(0, MAX_ATTACKS);
}

/** The attack as a string of exactly `size` characters (or close to it, never inside a pair). */
export function attackString(attack: RegexAttack, size: number): string {
  const body = Math.max(0, size - attack.prefix.length - attack.suffix.length);
  return attack.prefix + fill(attack.pump, body) + attack.suffix;
}
