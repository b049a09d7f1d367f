import { firstInvalidUtf8 } from "@caixun/core/policy";

/** A query parameter whose percent escapes are not UTF-8, as a validation error names it. */
export interface QueryIssue {
  path: string;
  message: string;
}

const HEX = /^[0-9A-Fa-f]{2}$/;

/**
 * The parameters of a request target's query whose value (or name) is not UTF-8 once its percent escapes are
 * decoded (`q=%FF`, a character cut at `%E4%B8`). Hono reads such an escape as the three characters `%FF`, so the
 * search ran for text the client never meant; refusing it by name says what is wrong. A `%` that begins no escape
 * (`100%`) is itself, as the URL Standard reads it, and no error.
 */
export function queryNotUtf8(url: string): QueryIssue[] {
  const start = url.indexOf("?");
  if (start < 0 || !url.includes("%", start)) return [];
  const hash = url.indexOf("#", start);
  const issues: QueryIssue[] = [];
  for (const pair of url.slice(start + 1, hash < 0 ? undefined : hash).split("&")) {
    if (!pair.includes("%")) continue;
    const equals = pair.indexOf("=");
    const name = equals < 0 ? pair : pair.slice(0, equals);
    const value = equals < 0 ? "" : pair.slice(equals + 1);
    const nameBytes = percentDecoded(name);
    const nameAt = firstInvalidUtf8(nameBytes);
    if (nameAt >= 0) {
      issues.push({ path: "query", message: `a parameter's name ${notUtf8(nameBytes, nameAt)}` });
      continue;
    }
    const valueBytes = percentDecoded(value);
    const valueAt = firstInvalidUtf8(valueBytes);
    if (valueAt >= 0) {
      const label = new TextDecoder().decode(nameBytes).replaceAll("+", " ");
      issues.push({ path: `query.${label}`, message: `the value ${notUtf8(valueBytes, valueAt)}` });
    }
  }
  return issues;
}

function notUtf8(bytes: Uint8Array, at: number): string {
  const byte = bytes[at]!.toString(16).toUpperCase().padStart(2, "0");
  return `is not UTF-8 once percent-decoded: byte ${at} (%${byte}) begins no UTF-8 sequence`;
}

/** The bytes a query component stands for: `%XX` is a byte, anything else its own UTF-8 (URL Standard). */
function percentDecoded(component: string): Uint8Array {
  const encoder = new TextEncoder();
  const pieces: Uint8Array[] = [];
  for (let at = 0; at < component.length; ) {
    const hexDigits = component.slice(at + 1, at + 3);
    if (component[at] === "%" && HEX.test(hexDigits)) {
      pieces.push(Uint8Array.of(Number.parseInt(hexDigits, 16)));
      at += 3;
    } else {
      const next = component.indexOf("%", at + 1);
      const end = next < 0 ? component.length : next;
      pieces.push(encoder.encode(component.slice(at, end)));
      at = end;
    }
  }
  const bytes = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let offset = 0;
  for (const piece of pieces) {
    bytes.set(piece, offset);
    offset += piece.length;
  }
  return bytes;
}
