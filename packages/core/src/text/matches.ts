/**
 * Every match of a global pattern in `text`, in order: what `[...text.matchAll(pattern)]` gives, without the copy
 * of the pattern that `matchAll` makes at every call (the specification constructs a new RegExp from it, and V8
 * builds and initialises one each time: `JSRegExp::Initialize` in a parse's count by function). The pattern's own
 * `lastIndex` is used from 0 and left at 0, so the pattern must be one that no other code reads with its
 * `lastIndex` set (an `exec` or `test` of a global pattern), as every caller's module-level pattern is.
 */
export function matchesIn(pattern: RegExp, text: string): RegExpExecArray[] {
  // A caller's mistake, not content: name the pattern, as `matchAll` does.
  if (!pattern.global) throw new TypeError(`matchesIn needs a global pattern, not ${pattern}`);
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    found.push(match);
    // An empty match moves on by one character, as `matchAll` does: a whole code point in `u` or `v` mode.
    const at = pattern.lastIndex;
    if (match[0] === "")
      pattern.lastIndex += /[uv]/.test(pattern.flags) && text.codePointAt(at)! > 0xffff ? 2 : 1;
  }
  return found;
}
