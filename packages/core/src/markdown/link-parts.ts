import { unescapeAll } from "./chars.js";

/** A link destination read at `start`: `<…>` or a run without spaces and with balanced parentheses. */
export function parseLinkDestination(
  str: string,
  start: number,
  max: number,
): { ok: boolean; pos: number; str: string } {
  const failed = { ok: false, pos: 0, str: "" };
  let pos = start;
  if (str.charCodeAt(pos) === 0x3c) {
    pos++;
    while (pos < max) {
      const code = str.charCodeAt(pos);
      if (code === 0x0a || code === 0x3c) return failed;
      if (code === 0x3e) return { ok: true, pos: pos + 1, str: unescapeAll(str.slice(start + 1, pos)) };
      if (code === 0x5c && pos + 1 < max) {
        pos += 2;
        continue;
      }
      pos++;
    }
    return failed;
  }
  let level = 0;
  while (pos < max) {
    const code = str.charCodeAt(pos);
    if (code === 0x20) break;
    if (code < 0x20 || code === 0x7f) break;
    if (code === 0x5c && pos + 1 < max) {
      if (str.charCodeAt(pos + 1) === 0x20) break;
      pos += 2;
      continue;
    }
    if (code === 0x28) {
      level++;
      if (level > 32) return failed;
    }
    if (code === 0x29) {
      if (level === 0) break;
      level--;
    }
    pos++;
  }
  if (start === pos || level !== 0) return failed;
  return { ok: true, pos, str: unescapeAll(str.slice(start, pos)) };
}

export interface LinkTitle {
  ok: boolean;
  /** The title runs on past `max` (a reference definition then reads the next line). */
  canContinue: boolean;
  pos: number;
  str: string;
  marker: number;
}

/** A link title read at `start` (`"…"`, `'…'` or `(…)`), or its continuation after `previous`. */
export function parseLinkTitle(str: string, start: number, max: number, previous?: LinkTitle): LinkTitle {
  let pos = start;
  const state: LinkTitle = { ok: false, canContinue: false, pos: 0, str: "", marker: 0 };
  if (previous) {
    state.str = previous.str;
    state.marker = previous.marker;
  } else {
    if (pos >= max) return state;
    let marker = str.charCodeAt(pos);
    if (marker !== 0x22 && marker !== 0x27 && marker !== 0x28) return state;
    start++;
    pos++;
    if (marker === 0x28) marker = 0x29;
    state.marker = marker;
  }
  while (pos < max) {
    const code = str.charCodeAt(pos);
    if (code === state.marker) {
      state.pos = pos + 1;
      state.str += unescapeAll(str.slice(start, pos));
      state.ok = true;
      return state;
    }
    if (code === 0x28 && state.marker === 0x29) return state;
    if (code === 0x5c && pos + 1 < max) pos++;
    pos++;
  }
  state.canContinue = true;
  state.str += unescapeAll(str.slice(start, pos));
  return state;
}
