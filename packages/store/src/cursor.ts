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
    readonly field: "cursor" | "sort",
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

export function decodeCursor(cursor: string): CursorPosition {
  let value: unknown;
  try {
    value = JSON.parse(fromBase64Url(cursor));
  } catch {
    throw new ListRequestError("cursor", "cursor is not one this API issued");
  }
  if (
    Array.isArray(value) &&
    value.length === 2 &&
    typeof value[0] === "string" &&
    typeof value[1] === "string"
  ) {
    return { sort: "newest", sortKey: value[0], id: value[1] };
  }
  if (Array.isArray(value) && value.length === 1 && Number.isSafeInteger(value[0]) && value[0] > 0) {
    return { sort: "relevance", offset: value[0] };
  }
  throw new ListRequestError("cursor", "cursor is not one this API issued");
}
