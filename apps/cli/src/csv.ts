/** RFC 4180 CSV: records end with CRLF; a field with a quote, comma, CR or LF is quoted, quotes doubled. */

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * Cells a spreadsheet would run as a formula (OWASP's rule: a first character of `=`, `+`, `-`,
 * `@`, tab or carriage return; `=HYPERLINK(…)` in a scraped title is enough) get a leading `'`,
 * which spreadsheets show as text and do not display.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string, raw = false): string {
  const cell = !raw && FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** One record; `raw` writes cells as they are, formulas and all (`--csv-raw`). */
export function csvRecord(values: readonly string[], raw = false): string {
  return `${values.map((value) => csvField(value, raw)).join(",")}\r\n`;
}

/** The UTF-8 byte order mark Excel needs to read a CSV file as UTF-8. */
export const UTF8_BOM = "\uFEFF";
