import { setOwn } from "../assemble/own-property.js";

/** A `[table]` header (Zola's `[taxonomies]`, Hugo's `[params]`), or `[[…]]` an array of tables (Hugo's page resources). */
const TABLE = /^\[(\[)?([\w.-]+)\]/;
/** A `key = value` line; the key bare (`authors`) or quoted (`"og:title"`). */
const KEY_VALUE = /^(?:([\w-]+)|"([^"\n]*)")[ \t]*=[ \t]*(\S.*)$/;
/** A string in an array or alone: basic (`"…"`, escapes) or literal (`'…'`), read where the last one ended. */
const STRING = /[ \t,]*(?:"((?:[^"\\\n]|\\.)*)"|'([^'\n]*)')/y;

/**
 * TOML front matter, as Hugo and Zola write it between `+++` lines: `key = value` lines — a string, a
 * one-line or multi-line array of strings, a bare date or datetime, a number or a boolean (dates and numbers kept
 * as written, as the YAML readers keep a date) — and `[table]` headers, whose keys are read into an object under
 * the table's name (`[taxonomies]` `tags = […]` is `taxonomies.tags`). Multi-line strings, inline tables and escapes
 * other than `\"` and `\\` are left as written. Linear, and never throws.
 */
export function readTomlFrontMatter(source: string): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  let table: Record<string, unknown> | null = data;
  const lines = source.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    const header = TABLE.exec(line);
    if (header !== null) {
      // An array of tables (`[[resources]]`, whose `title` is an image's) holds no field of the page.
      table = header[1] === undefined ? {} : null;
      if (table !== null) setOwn(data, header[2]!, table);
      continue;
    }
    const field = KEY_VALUE.exec(line);
    if (field === null || table === null) continue;
    let value = field[3]!;
    // An array over several lines (`tags = [` … `]`) is read as one.
    if (value[0] === "[") while (!value.includes("]") && i + 1 < lines.length) value += lines[++i]!;
    setOwn(table, field[1] ?? field[2]!, tomlValue(value));
  }
  return data;
}

/** A value: a string, an array of strings, else what is written before any comment (true and false as booleans). */
function tomlValue(written: string): unknown {
  const items: string[] = [];
  STRING.lastIndex = written[0] === "[" ? 1 : 0;
  for (let item = STRING.exec(written); item !== null; item = STRING.exec(written))
    items.push(item[2] ?? item[1]!.replace(/\\(["\\])/g, "$1"));
  if (written[0] === "[") return items;
  if (items.length > 0) return items[0];
  const bare = written.split(/[ \t]#/)[0]!.trim();
  return bare === "true" || (bare === "false" ? false : bare);
}
