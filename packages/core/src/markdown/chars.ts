import { decodeHtml } from "../text/entities.js";

/** Space or tab: the only white space of Markdown's line structure. */
export function isSpace(code: number): boolean {
  return code === 0x09 || code === 0x20;
}

/** Unicode white space as emphasis flanking reads it (markdown-it's `isWhiteSpace`). */
export function isWhiteSpace(code: number): boolean {
  if (code >= 0x2000 && code <= 0x200a) return true;
  switch (code) {
    case 0x09:
    case 0x0a:
    case 0x0b:
    case 0x0c:
    case 0x0d:
    case 0x20:
    case 0xa0:
    case 0x1680:
    case 0x202f:
    case 0x205f:
    case 0x3000:
      return true;
  }
  return false;
}

const PUNCTUATION = /[\p{P}\p{S}]/u;

/** A Unicode punctuation or symbol character (general categories P and S). */
export function isPunctChar(code: number): boolean {
  return PUNCTUATION.test(String.fromCharCode(code));
}

/** ASCII punctuation: what a backslash escapes and what emphasis flanking counts as punctuation. */
export function isMdAsciiPunct(code: number): boolean {
  return (
    (code >= 0x21 && code <= 0x2f) ||
    (code >= 0x3a && code <= 0x40) ||
    (code >= 0x5b && code <= 0x60) ||
    (code >= 0x7b && code <= 0x7e)
  );
}

const HTML_ESCAPE = /[&<>"]/g;
const HTML_REPLACEMENTS: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Text and attribute values as HTML: `&`, `<`, `>` and `"` escaped. */
export function escapeHtml(text: string): string {
  return text.replace(HTML_ESCAPE, (character) => HTML_REPLACEMENTS[character]!);
}

/** A code point an entity may stand for (markdown-it's list: no surrogates, non-characters or controls). */
export function isValidEntityCode(code: number): boolean {
  if (code >= 0xd800 && code <= 0xdfff) return false;
  if (code >= 0xfdd0 && code <= 0xfdef) return false;
  if ((code & 0xffff) === 0xffff || (code & 0xffff) === 0xfffe) return false;
  if (code <= 0x08 || code === 0x0b || (code >= 0x0e && code <= 0x1f)) return false;
  if (code >= 0x7f && code <= 0x9f) return false;
  return code <= 0x10ffff;
}

const ENTITY_NUMBER = /^#((?:x[a-f0-9]{1,8}|[0-9]{1,8}))$/i;
const UNESCAPE_ALL = /\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])|&([a-z#][a-z0-9]{1,31});/gi;

/** Backslash escapes and entities of a link destination, title or fence info, as their characters. */
export function unescapeAll(text: string): string {
  if (!text.includes("\\") && !text.includes("&")) return text;
  return text.replace(UNESCAPE_ALL, (match, escaped: string | undefined, name: string | undefined) => {
    if (escaped) return escaped;
    if (name!.charCodeAt(0) === 0x23 && ENTITY_NUMBER.test(name!)) {
      const code =
        name![1]!.toLowerCase() === "x"
          ? Number.parseInt(name!.slice(2), 16)
          : Number.parseInt(name!.slice(1), 10);
      return isValidEntityCode(code) ? String.fromCodePoint(code) : match;
    }
    return decodeEntity(match);
  });
}

/** A named reference with its `;` (`&amp;`) as its characters, or itself when it names nothing. */
export function decodeEntity(reference: string): string {
  return decodeHtml(reference);
}

/** A link label as references are keyed: white space collapsed, case folded. */
export function normalizeReference(label: string): string {
  return label.trim().replace(/\s+/g, " ").toLowerCase().toUpperCase();
}

const ATTRIBUTE_NAME = "[a-zA-Z_:][a-zA-Z0-9:._-]*";
const ATTRIBUTE_VALUE = "(?:[^\"'=<>`\\x00-\\x20]+|'[^']*'|\"[^\"]*\")";
const ATTRIBUTE = `(?:\\s+${ATTRIBUTE_NAME}(?:\\s*=\\s*${ATTRIBUTE_VALUE})?)`;
const OPEN_TAG = `<[A-Za-z][A-Za-z0-9\\-]*${ATTRIBUTE}*\\s*\\/?>`;
const CLOSE_TAG = "<\\/[A-Za-z][A-Za-z0-9\\-]*\\s*>";
/** Raw HTML inline: a tag, comment, processing instruction, declaration or CDATA section. */
export const HTML_TAG = new RegExp(
  `^(?:${OPEN_TAG}|${CLOSE_TAG}|<!---?>|<!--(?:[^-]|-[^-]|--[^>])*-->|<[?][\\s\\S]*?[?]>|<![A-Za-z][^>]*>|<!\\[CDATA\\[[\\s\\S]*?\\]\\]>)`,
);
/** A line that is one start or end tag: the seventh kind of HTML block. */
export const HTML_OPEN_CLOSE_TAG = new RegExp(`^(?:${OPEN_TAG}|${CLOSE_TAG})\\s*$`);
