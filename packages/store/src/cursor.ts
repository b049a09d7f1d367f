/**
 * Opaque pagination cursors: the sort position of the last row of a page. Clients pass them back
 * untouched; anything that does not decode is a client error, never a server fault.
 */

export interface CursorPosition {
  sortKey: string;
  id: string;
}

export class InvalidCursorError extends Error {
  override readonly name = "InvalidCursorError";
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
  return toBase64Url(JSON.stringify([position.sortKey, position.id]));
}

export function decodeCursor(cursor: string): CursorPosition {
  let value: unknown;
  try {
    value = JSON.parse(fromBase64Url(cursor));
  } catch {
    throw new InvalidCursorError("cursor is not one this API issued");
  }
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    typeof value[0] !== "string" ||
    typeof value[1] !== "string"
  ) {
    throw new InvalidCursorError("cursor is not one this API issued");
  }
  return { sortKey: value[0], id: value[1] };
}
