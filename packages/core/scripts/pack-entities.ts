// tsx scripts/pack-entities.ts <entities.json>
//
// Writes src/text/entities-data.ts: HTML's named character references, packed for the browser
// bundle, from the HTML Living Standard's list (https://html.spec.whatwg.org/entities.json: every
// name with and without its `;`, 2,231 entries). In ASCII only, since bundlers write other
// characters of a string as `\uXXXX`.
//
// The names of one code point are listed in the order of their code points, so that a value is
// told by its distance from the one before, nearly always 0 or 1 (`Afr`, `Bfr`… are consecutive
// code points, `lpar`, `rpar` too) — a name's value costs about a bit where, listed in the order of
// the names, it cost a number. Each entry is a marker, then:
//   ` ` + optional decimal distance (1 when absent) + the name;
//   `=` + the name: the same code point as the entry before (another name for it);
//   `.`: the name before with its first letter the next one, and the next code point (`Bfr` after `Afr`);
//   `'`: the name before with its first letter in lower case, and the next code point (`abreve` after `Abreve`);
// and `!` after an entry whose name HTML also reads without `;` (the legacy references, `&amp`).
// Names start with a letter, so a distance's digits end where the name starts. The 93 names of two
// code points are listed apart: `name:code+code`, in base 36, `,` between them.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const [source] = process.argv.slice(2);
if (source === undefined) {
  console.error("usage: tsx scripts/pack-entities.ts <entities.json>");
  process.exit(2);
}
const list = JSON.parse(readFileSync(source, "utf8")) as Record<string, { characters: string }>;
const values = new Map<string, number[]>();
const legacy = new Set<string>();
for (const [reference, { characters }] of Object.entries(list)) {
  const name = reference.replace(/^&/, "");
  if (name.endsWith(";"))
    values.set(
      name.slice(0, -1),
      [...characters].map((c) => c.codePointAt(0)!),
    );
  else legacy.add(name);
}
for (const name of legacy) {
  if (!values.has(name)) throw new Error(`${name} is read without a semicolon only`);
  if (values.get(name)!.length !== 1)
    throw new Error(`${name} is read without a semicolon and has two code points`);
}
for (const name of values.keys()) {
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name))
    throw new Error(`${name} is not letters and digits after a letter`);
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const single = [...values]
  .filter(([, codes]) => codes.length === 1)
  .map(([name, [code]]) => ({ name, code: code! }));
single.sort((a, b) => a.code - b.code || byName(a.name, b.name));
let table = "";
let previous = { name: "", code: 0 };
for (const entry of single) {
  const distance = entry.code - previous.code;
  const next = String.fromCharCode(previous.name.charCodeAt(0) + 1) + previous.name.slice(1);
  const lower = previous.name.charAt(0).toLowerCase() + previous.name.slice(1);
  if (distance === 1 && entry.name === next) table += ".";
  else if (distance === 1 && entry.name === lower && lower !== previous.name) table += "'";
  else if (distance === 0) table += `=${entry.name}`;
  else table += ` ${distance === 1 ? "" : distance}${entry.name}`;
  if (legacy.has(entry.name)) table += "!";
  previous = entry;
}
const pairs = [...values]
  .filter(([, codes]) => codes.length > 1)
  .sort(([a], [b]) => byName(a, b))
  .map(([name, codes]) => `${name}:${codes.map((code) => code.toString(36)).join("+")}`)
  .join(",");

const out = join(import.meta.dirname, "../src/text/entities-data.ts");
writeFileSync(
  out,
  `// Written by scripts/pack-entities.ts from the HTML Living Standard's named character references
// (https://html.spec.whatwg.org/entities.json, ${values.size} names, ${legacy.size} of them also read without \`;\`); the
// format is described there. Do not edit.
export const ENTITY_TABLE = ${JSON.stringify(table)};
export const ENTITY_PAIRS = ${JSON.stringify(pairs)};
`,
);
// In the repository's format, so that writing it again changes nothing.
execFileSync(join(import.meta.dirname, "../../../node_modules/.bin/biome"), ["format", "--write", out]);
console.log(`wrote ${out}: ${values.size} names, ${legacy.size} legacy`);
