import type { Article } from "@caixun/core";
import type { Input, Parsed } from "@caixun/inputs";
import type { FieldName } from "../fields.js";

/**
 * An output format. A stream (stdout or one `-o` file) is `begin()`, `record()` per article, then
 * `end()`; an output folder gets one `document()` per article, named with `extension`.
 */
export interface OutputFormat {
  extension: string;
  begin(): string;
  record(article: Article, input: Input, index: number): string;
  /**
   * `record` from a parsed outcome, where the format can use the Article's JSON Lines record as the
   * worker sent it, in UTF-8 (without decoding it); null when it needs the Article after all.
   */
  recordParsed?(parsed: Parsed, input: Input, index: number): string | Uint8Array | null;
  end(count: number): string;
  document(article: Article, input: Input): string;
}

export interface FormatOptions {
  /** The `--fields` choice, or null for the format's default. */
  fields: FieldName[] | null;
  /** Start CSV with a UTF-8 byte order mark, so Excel reads it as UTF-8. */
  bom: boolean;
  /** Write CSV cells as they are, even those a spreadsheet would run as a formula. */
  csvRaw: boolean;
}
