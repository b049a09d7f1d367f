/**
 * Opaque pagination cursors: where the last page ended. Newest-first pages end at a sort position
 * (publish instant, id), so they stay consistent while articles are added; relevance pages end at an
 * offset, since a rank is no stable key. Clients pass cursors back untouched; anything that does not
 * decode is a client error, never a server fault.
 */

export type CursorPosition =
  | { sort: "newest"; sortKey: string; id: string }
  | { sort: "relevance"; offset: number };

/** A list request the store cannot answer because of what the client asked (a 422 for the API). */
export class ListRequestError extends Error {
  override readonly name = "ListRequestError";
  constructor(
    /** The offending list option. */
    readonly field: "cursor" | "sort" | "q",
    message: string,
  ) {
    super(message);
  }
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64Url(cursor: string): string {
  const binary = atob(cursor.replaceAll("-", "+").replaceAll("_", "/"));
  const bytes = Uint8Array.from(binary, (character) => character.charCodeAt(0));
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

export function encodeCursor(position: CursorPosition): string {
  return toBase64Url(
    JSON.stringify(position.sort === "newest" ? [position.sortKey, position.id] : [position.offset]),
  );
}

/** An id as core writes one (`NW2022…`, `h` or `s` and a hash): printable ASCII, nothing to confuse a reader. */
const ISSUED_ID = /^[\x21-\x7e]{1,128}$/;

/** A sort key as the store writes one: '' (undated) or a UTC instant in `toISOString`'s exact form. */
function isIssuedSortKey(key: string): boolean {
  if (key === "") return true;
  const time = Date.parse(key);
  return !Number.isNaN(time) && new Date(time).toISOString() === key;
}

/** What a cursor holds when it is well formed; null when it is not. */
function positionOf(value: unknown): CursorPosition | null {
  if (!Array.isArray(value)) return null;
  const [first, second] = value;
  if (value.length === 2 && typeof first === "string" && typeof second === "string")
    return isIssuedSortKey(first) && ISSUED_ID.test(second)
      ? { sort: "newest", sortKey: first, id: second }
      : null;
  if (value.length === 1 && Number.isSafeInteger(first) && first > 0)
    return { sort: "relevance", offset: first };
  return null;
}

/**
 * The position a cursor names, when it is one this API could have issued: well formed (a sort key the store
 * writes, an id core writes) and spelt exactly as `encodeCursor` spells that position. Anything else (a sort key of
 * 100,000 digits, a NUL id, the same position re-encoded with padding or spaces) is refused, not read as a place to
 * start: the cursor is not signed, so a client may name a position, but only one a page could have ended at.
 */
export function decodeCursor(cursor: string): CursorPosition {
  let position: CursorPosition | null = null;
  try {
    position = positionOf(JSON.parse(fromBase64Url(cursor)));
  } catch {}
  if (position === null || encodeCursor(position) !== cursor)
    throw new ListRequestError("cursor", "cursor is not one this API issued");
  return position;
}
