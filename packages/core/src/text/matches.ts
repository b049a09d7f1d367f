/**
 * Every match of a global pattern in `text`, in order: what `[...text.matchAll(pattern)]` gives, without the copy
 * of the pattern that `matchAll` makes at every call (the specification constructs a new RegExp from it, and V8
 * builds and initialises one each time: `JSRegExp::Initialize` in a parse's count by function). The pattern's own
 * `lastIndex` is used from 0 and left at 0, so the pattern must be one that no other code reads with its
 * `lastIndex` set (an `exec` or `test` of a global pattern), as every caller's module-level pattern is.
 */
export function matchesIn(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`matchesIn needs a global pattern: ${pattern}`);
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    found.push(match);
    // An empty match moves on by one character, as `matchAll` does: a code point in `u` or `v` mode.
    if (match[0] === "")
      pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode || pattern.flags.includes("v"));
  }
  return found;
}

function nextIndex(text: string, at: number, byCodePoint: boolean): number {
  if (!byCodePoint || at + 1 >= text.length) return at + 1;
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdbff) return at + 1;
  const next = text.charCodeAt(at + 1);
  return next >= 0xdc00 && next <= 0xdfff ? at + 2 : at + 1;
}
