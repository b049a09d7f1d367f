import type { Article } from "@caixun/core";
import type { Input } from "@caixun/inputs";
import type { FieldName } from "../fields.js";

/**
 * An output format. A stream (stdout or one `-o` file) is `begin()`, `record()` per article, then
 * `end()`; an output folder gets one `document()` per article, named with `extension`.
 */
export interface OutputFormat {
  extension: string;
  begin(): string;
  record(article: Article, input: Input, index: number): string;
  end(count: number): string;
  document(article: Article, input: Input): string;
}

export interface FormatOptions {
  /** The `--fields` choice, or null for the format's default. */
  fields: FieldName[] | null;
  /** Start CSV with a UTF-8 byte order mark, so Excel reads it as UTF-8. */
  bom: boolean;
}
