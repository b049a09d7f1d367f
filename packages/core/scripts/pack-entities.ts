// tsx scripts/pack-entities.ts <entities.json>
//
// Writes src/text/entities-data.ts: HTML's named character references, packed for the browser
// bundle, from the HTML Living Standard's list (https://html.spec.whatwg.org/entities.json: every
// name with and without its `;`, 2,231 entries). In ASCII only, since bundlers write other
// characters of a string as `\uXXXX`: the names sorted and front-coded (a marker character for
// the length of the prefix an entry shares with the name before, then the rest of the name), the
// values in the same order (code points in base 36, `+` between the two of a two-character value,
// `,` between values), and the names also read without `;` (the legacy references such as `&amp`).
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The markers of a shared prefix of 0, 1, 2… characters: ASCII that is neither a name's nor a string's own. */
const MARKERS = "!#%&()*+,-./:;<=>?@[]^_|~$";
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
let names = "";
let previous = "";
const sorted = [...values.keys()].sort();
for (const name of sorted) {
  let shared = 0;
  while (shared < previous.length && shared < name.length && previous[shared] === name[shared]) shared++;
  if (shared >= MARKERS.length) throw new Error(`${name} shares more than ${MARKERS.length - 1} characters`);
  names += MARKERS[shared] + name.slice(shared);
  previous = name;
}
const packedValues = sorted
  .map((name) => [...values.get(name)!].map((character) => character.codePointAt(0)!.toString(36)).join("+"))
  .join(",");
const out = join(import.meta.dirname, "../src/text/entities-data.ts");
writeFileSync(
  out,
  `// Written by scripts/pack-entities.ts from the HTML Living Standard's named character references
// (https://html.spec.whatwg.org/entities.json, ${values.size} names, ${legacy.size} of them also read without \`;\`). Do not edit.
export const ENTITY_MARKERS = ${JSON.stringify(MARKERS)};
export const ENTITY_NAMES = ${JSON.stringify(names)};
export const ENTITY_VALUES = ${JSON.stringify(packedValues)};
export const LEGACY_ENTITY_NAMES = ${JSON.stringify([...legacy].sort().join(","))};
`,
);
// In the repository's format, so that writing it again changes nothing.
execFileSync(join(import.meta.dirname, "../../../node_modules/.bin/biome"), ["format", "--write", out]);
console.log(`wrote ${out}: ${values.size} names, ${legacy.size} legacy`);
