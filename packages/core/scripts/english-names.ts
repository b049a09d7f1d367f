// The short English name a Chinese story writes for a US listing, from the name an index provider or
// exchange lists: without the company's legal form (`Inc.`, `Corporation`, `plc`), a class of shares
// or a trailing `(The)` — `Apple Inc.` → `Apple`, `Alphabet Inc. (Class A)` → `Alphabet`,
// `Coca-Cola Company (The)` → `Coca-Cola`. Null when what is left is too short to tell from a ticker
// or a stray abbreviation (`HP`, `GE`).
const CLASS_OR_ARTICLE = /(?<!\s)\s*\((?:Class [A-Z]|The)\)/g;
const LEGAL_FORM =
  /(?<=[^\s,]),?\s+(?:Inc\.?|Incorporated|Corporation|Corp\.?|Company|Co\.|plc|Limited|Ltd\.?|SA|N\.V\.)$/;

export function englishName(listed: string): string | null {
  let name = listed.replace(CLASS_OR_ARTICLE, "").trim();
  for (let before = ""; before !== name; ) {
    before = name;
    name = name
      .replace(LEGAL_FORM, "")
      .replace(/(?<=\S)\s+(?:and|&)$/, "")
      .trim();
  }
  return name.replace(/[^A-Za-z]/g, "").length >= 4 ? name : null;
}

/** One plain word (`Target`, `Visa`): the kind of name that may also be an ordinary English word. */
export function isOneWord(name: string): boolean {
  return /^[A-Za-z]+$/.test(name);
}
