// tsx scripts/pack-entities.ts <entities.json>
//
// Writes src/text/entities-data.ts and src/text/entities-data-full.ts: HTML's named character
// references, packed for the browser bundle, from the HTML Living Standard's list
// (https://html.spec.whatwg.org/entities.json: every name with and without its `;`, 2,231 entries).
// In ASCII only, since bundlers write other characters of a string as `\uXXXX`.
//
// Two tables: the names HTML 4.01 had (its 252, and XML's `apos`) with every name HTML also reads
// without `;`, which `parse` always has; and the other 1,866 (MathML's symbols, mostly, and every
// name of two code points), which the full table (`fullEntities`, `@caixun/core/entities`) adds.
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

/** HTML 4.01's names (its three entity sets: Latin-1, symbols, special), as HTML's list spells them. */
const HTML4 = new Set(
  `AElig Aacute Acirc Agrave Alpha Aring Atilde Auml Beta Ccedil Chi Dagger Delta ETH Eacute Ecirc Egrave
  Epsilon Eta Euml Gamma Iacute Icirc Igrave Iota Iuml Kappa Lambda Mu Ntilde Nu OElig Oacute Ocirc Ograve
  Omega Omicron Oslash Otilde Ouml Phi Pi Prime Psi Rho Scaron Sigma THORN Tau Theta Uacute Ucirc Ugrave
  Upsilon Uuml Xi Yacute Yuml Zeta aacute acirc acute aelig agrave alefsym alpha amp and ang aring asymp
  atilde auml bdquo beta brvbar bull cap ccedil cedil cent chi circ clubs cong copy crarr cup curren dArr
  dagger darr deg delta diams divide eacute ecirc egrave empty emsp ensp epsilon equiv eta eth euml euro
  exist fnof forall frac12 frac14 frac34 frasl gamma ge gt hArr harr hearts hellip iacute icirc iexcl
  igrave image infin int iota iquest isin iuml kappa lArr lambda lang laquo larr lceil ldquo le lfloor
  lowast loz lrm lsaquo lsquo lt macr mdash micro middot minus mu nabla nbsp ndash ne ni not notin nsub
  ntilde nu oacute ocirc oelig ograve oline omega omicron oplus or ordf ordm oslash otilde otimes ouml para
  part permil perp phi pi piv plusmn pound prime prod prop psi quot rArr radic rang raquo rarr rceil rdquo
  real reg rfloor rho rlm rsaquo rsquo sbquo scaron sdot sect shy sigma sigmaf sim spades sub sube sum sup
  sup1 sup2 sup3 supe szlig tau there4 theta thetasym thinsp thorn tilde times trade uArr uacute uarr ucirc
  ugrave uml upsih upsilon uuml weierp xi yacute yen yuml zeta zwj zwnj`.split(/\s+/),
);
if (HTML4.size !== 252) throw new Error(`HTML 4.01 has 252 names, not ${HTML4.size}`);
const basic = (name: string) => HTML4.has(name) || name === "apos" || legacy.has(name);

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The names of one code point among `names`, packed as described above. */
function pack(names: (name: string) => boolean): string {
  const single = [...values]
    .filter(([name, codes]) => codes.length === 1 && names(name))
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
  return table;
}
const pairs = [...values]
  .filter(([name, codes]) => codes.length > 1 && !basic(name))
  .sort(([a], [b]) => byName(a, b))
  .map(([name, codes]) => `${name}:${codes.map((code) => code.toString(36)).join("+")}`)
  .join(",");
if ([...values].some(([name, codes]) => codes.length > 1 && basic(name)))
  throw new Error("a name of the basic table has two code points");

const basicCount = [...values.keys()].filter(basic).length;
const header = `// Written by scripts/pack-entities.ts from the HTML Living Standard's named character references
// (https://html.spec.whatwg.org/entities.json, ${values.size} names, ${legacy.size} of them also read without \`;\`); the
// format is described there. Do not edit.`;
const files = {
  "entities-data.ts": `${header} The ${basicCount} names HTML 4.01 had and those read without \`;\`.
export const ENTITY_TABLE = ${JSON.stringify(pack(basic))};
`,
  "entities-data-full.ts": `${header} The other ${values.size - basicCount} names.
export const FULL_ENTITY_TABLE = ${JSON.stringify(pack((name) => !basic(name)))};
export const FULL_ENTITY_PAIRS = ${JSON.stringify(pairs)};
`,
};
for (const [file, text] of Object.entries(files)) {
  const out = join(import.meta.dirname, "../src/text", file);
  writeFileSync(out, text);
  // In the repository's format, so that writing it again changes nothing.
  execFileSync(join(import.meta.dirname, "../../../node_modules/.bin/biome"), ["format", "--write", out]);
}
console.log(
  `wrote src/text/entities-data.ts (${basicCount} names) and src/text/entities-data-full.ts (${values.size - basicCount}); ${legacy.size} legacy`,
);
