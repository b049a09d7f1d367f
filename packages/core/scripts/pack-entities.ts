// tsx scripts/pack-entities.ts <entities.json>
//
// Writes src/text/entities-data.ts: HTML's named character references, packed for the browser
// bundle, from the HTML Living Standard's list (https://html.spec.whatwg.org/entities.json: every
// name with and without its `;`, 2,231 entries). Names are sorted and front-coded: each entry is a
// marker character (U+E000 plus the length of the prefix it shares with the name before, plus 32
// when the name is also read without a `;` — the legacy references such as `&amp`), the rest of
// the name, a `;` and the characters it stands for.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const MARKER = 0xe000;
const LEGACY = 32;
const [source] = process.argv.slice(2);
if (source === undefined) {
  console.error("usage: tsx scripts/pack-entities.ts <entities.json>");
  process.exit(2);
}
const list = JSON.parse(readFileSync(source, "utf8")) as Record<string, { characters: string }>;
const values = new Map<string, string>();
const legacy = new Set<string>();
for (const [reference, { characters }] of Object.entries(list)) {
  const name = reference.replace(/^&/, "");
  if (name.endsWith(";")) values.set(name.slice(0, -1), characters);
  else legacy.add(name);
}
for (const name of legacy) {
  if (!values.has(name)) throw new Error(`${name} is read without a semicolon only`);
}
let packed = "";
let previous = "";
for (const name of [...values.keys()].sort()) {
  const value = values.get(name)!;
  if (/[\ue000-\ue03f]/.test(value)) throw new Error(`${name}: its value holds a marker character`);
  let shared = 0;
  while (shared < previous.length && shared < name.length && previous[shared] === name[shared]) shared++;
  packed +=
    String.fromCharCode(MARKER + shared + (legacy.has(name) ? LEGACY : 0)) + name.slice(shared) + ";" + value;
  previous = name;
}
const out = join(import.meta.dirname, "../src/text/entities-data.ts");
writeFileSync(
  out,
  `// Written by scripts/pack-entities.ts from the HTML Living Standard's named character references
// (https://html.spec.whatwg.org/entities.json, ${values.size} names, ${legacy.size} of them also read without \`;\`). Do not edit.
export const PACKED_ENTITIES = ${JSON.stringify(packed)};
`,
);
// In the repository's format, so that writing it again changes nothing.
execFileSync(join(import.meta.dirname, "../../../node_modules/.bin/biome"), ["format", "--write", out]);
console.log(`wrote ${out}: ${values.size} names, ${legacy.size} legacy, ${packed.length} characters`);
