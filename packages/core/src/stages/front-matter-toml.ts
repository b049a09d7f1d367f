import { setOwn } from "../assemble/own-property.js";

/** A `[table]` header (Zola's `[taxonomies]`, Hugo's `[params]`), its name dotted for nesting (`[params.author]`). */
const TABLE = /^\[([\w.-]+)\][ \t]*(?:#.*)?$/;
/** An array of tables (`[[menu.main]]`): menu entries, no field of the page; its keys are skipped. */
const TABLE_ARRAY = /^\[\[/;
/** A `key = value` line; the key bare (`authors`) or quoted (`"og:title"`). */
const KEY_VALUE = /^[ \t]*(?:([\w-]+)|"([^"\n]*)")[ \t]*=[ \t]*(\S.*)$/;
/** A string in an array or alone: basic (`"…"`, escapes) or literal (`'…'`), read where the last one ended. */
const STRING = /[ \t,]*(?:"((?:[^"\\\n]|\\.)*)"|'([^'\n]*)')/y;
/** The escapes a basic string writes. */
const ESCAPE = /\\(u[0-9A-Fa-f]{4}|.)/g;
const ESCAPED: Record<string, string> = { n: "\n", t: "\t", r: "\r", b: "\b", f: "\f" };

/**
 * TOML front matter, as Hugo and Zola write it between `+++` lines: `key = value` lines — a string, a
 * one-line or multi-line array of strings, a bare date or datetime, a number or a boolean (dates and numbers kept
 * as written, as the YAML readers keep a date) — and `[table]` headers, whose keys are read into an object under
 * the table's name (`[taxonomies]` `tags = […]` is `taxonomies.tags`). Multi-line strings and inline tables are left
 * out. Linear, and never throws.
 */
export function readTomlFrontMatter(source: string): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  let table: Record<string, unknown> | null = data;
  const lines = source.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === "" || line.startsWith("#")) continue;
    if (TABLE_ARRAY.test(line)) {
      table = null;
      continue;
    }
    const header = TABLE.exec(line);
    if (header !== null) {
      table = data;
      for (const name of header[1]!.split(".")) {
        const inner = Object.hasOwn(table, name) ? table[name] : undefined;
        const next: Record<string, unknown> =
          inner !== null && typeof inner === "object" && !Array.isArray(inner)
            ? (inner as Record<string, unknown>)
            : {};
        setOwn(table, name, next);
        table = next;
      }
      continue;
    }
    const field = KEY_VALUE.exec(line);
    if (field === null || table === null) continue;
    let value = field[3]!;
    // An array over several lines (`tags = [` … `]`) is read as one.
    if (value.startsWith("[")) while (!value.includes("]") && i + 1 < lines.length) value += lines[++i]!;
    setOwn(table, field[1] ?? field[2]!, tomlValue(value));
  }
  return data;
}

/** A value: a string, an array of strings, else what is written before any comment (true and false as booleans). */
function tomlValue(written: string): unknown {
  if (written.startsWith("[")) {
    const items: string[] = [];
    STRING.lastIndex = 1;
    for (let item = STRING.exec(written); item !== null; item = STRING.exec(written))
      items.push(stringOf(item));
    return items;
  }
  STRING.lastIndex = 0;
  const string = STRING.exec(written);
  if (string !== null) return stringOf(string);
  const comment = written.search(/[ \t]#/);
  const bare = (comment === -1 ? written : written.slice(0, comment)).trim();
  return bare === "true" ? true : bare === "false" ? false : bare;
}

function stringOf(match: RegExpExecArray): string {
  return (
    match[2] ??
    match[1]!.replace(ESCAPE, (_, code: string) =>
      code.length === 5 ? String.fromCharCode(Number.parseInt(code.slice(1), 16)) : (ESCAPED[code] ?? code),
    )
  );
}
