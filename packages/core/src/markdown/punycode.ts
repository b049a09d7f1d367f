// RFC 3492's Punycode for host names, as punycode.js 2.3.1 (which markdown-it calls) recodes them:
// `toASCII` and `toUnicode`, label by label, with the same answers and the same failures (a
// RangeError where punycode.js throws one, whose message `links.ts` never reads), in a third of
// its bytes for browsers. Host names reach
// these from `links.ts`, which has already taken any `user@` part off, so the `@` split that
// punycode.js does for e-mail addresses is not needed here.

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const MAX_INT = 0x7fffffff;
/** RFC 3490's label separators: `.` and the ideographic and full-width full stops. */
const SEPARATORS = /[.\u3002\uFF0E\uFF61]/g;
const NON_ASCII = /[^\0-\x7F]/;

/** `domain` with every label that holds a non-ASCII character written as `xn--` and its Punycode. */
export function toASCII(domain: string): string {
  return mapLabels(domain, (label) => (NON_ASCII.test(label) ? `xn--${encode(label)}` : label));
}

/** `domain` with every `xn--` label decoded; throws a RangeError for a label that is not Punycode. */
export function toUnicode(domain: string): string {
  return mapLabels(domain, (label) =>
    label.startsWith("xn--") ? decode(label.slice(4).toLowerCase()) : label,
  );
}

function mapLabels(domain: string, recode: (label: string) => string): string {
  return domain.replace(SEPARATORS, ".").split(".").map(recode).join(".");
}

function adapt(delta: number, points: number, first: boolean): number {
  let k = 0;
  delta = first ? Math.floor(delta / 700) : delta >> 1;
  delta += Math.floor(delta / points);
  for (; delta > 455; k += BASE) delta = Math.floor(delta / 35);
  return Math.floor(k + (36 * delta) / (delta + 38));
}

/** The threshold for the digit at `k` under `bias`. */
function threshold(k: number, bias: number): number {
  return k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
}

/** `a`–`z` are 0–25, `0`–`9` 26–35. */
function digitChar(digit: number): string {
  return String.fromCharCode(digit + 22 + (digit < 26 ? 75 : 0));
}

/**
 * Where punycode.js throws (a bad digit, a number past 2³¹ − 1, a non-ASCII basic part); that it
 * throws is what `links.ts` reads, not why.
 */
function notPunycode(): never {
  throw new RangeError("not Punycode");
}

function encode(label: string): string {
  // Code points, a lone surrogate kept as the code unit it is.
  const points: number[] = [];
  for (let i = 0; i < label.length; i++) {
    const point = label.codePointAt(i)!;
    points.push(point);
    if (point > 0xffff) i++;
  }
  let output = "";
  for (const point of points) if (point < 0x80) output += String.fromCharCode(point);
  const basic = output.length;
  if (basic > 0) output += "-";
  let handled = basic;
  let n = 0x80;
  let delta = 0;
  let bias = 72;
  // A host name is at most 255 code units (`links.ts`), so `delta` stays under 256 × 0x110000, far
  // under MAX_INT: punycode.js's overflow checks for encoding can never fire here.
  while (handled < points.length) {
    let next = MAX_INT;
    for (const point of points) if (point >= n && point < next) next = point;
    delta += (next - n) * (handled + 1);
    n = next;
    for (const point of points) {
      if (point < n) delta++;
      if (point === n) {
        let q = delta;
        for (let k = BASE; ; k += BASE) {
          const t = threshold(k, bias);
          if (q < t) break;
          output += digitChar(t + ((q - t) % (BASE - t)));
          q = Math.floor((q - t) / (BASE - t));
        }
        output += digitChar(q);
        bias = adapt(delta, handled + 1, handled === basic);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return output;
}

/** The digit a basic code point stands for; 36 for a character that is none. */
function digitOf(code: number): number {
  if (code >= 0x30 && code < 0x3a) return code - 22;
  if (code >= 0x41 && code < 0x5b) return code - 0x41;
  if (code >= 0x61 && code < 0x7b) return code - 0x61;
  return BASE;
}

function decode(input: string): string {
  const output: number[] = [];
  const basic = Math.max(input.lastIndexOf("-"), 0);
  for (let j = 0; j < basic; j++) {
    const code = input.charCodeAt(j);
    if (code >= 0x80) notPunycode();
    output.push(code);
  }
  let n = 0x80;
  let i = 0;
  let bias = 72;
  for (let index = basic > 0 ? basic + 1 : 0; index < input.length; ) {
    const old = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      if (index >= input.length) notPunycode();
      const digit = digitOf(input.charCodeAt(index++));
      if (digit >= BASE) notPunycode();
      if (digit > Math.floor((MAX_INT - i) / w)) notPunycode();
      i += digit * w;
      const t = threshold(k, bias);
      if (digit < t) break;
      if (w > Math.floor(MAX_INT / (BASE - t))) notPunycode();
      w *= BASE - t;
    }
    const count = output.length + 1;
    bias = adapt(i - old, count, old === 0);
    if (Math.floor(i / count) > MAX_INT - n) notPunycode();
    n += Math.floor(i / count);
    i %= count;
    output.splice(i++, 0, n);
  }
  // Throws a RangeError past U+10FFFF, as punycode.js does.
  return String.fromCodePoint(...output);
}
