/**
 * `@caixun/core/securities`: the shipped securities dictionary, its own entry point so that `parse`
 * and the Worker carry it only when asked for.
 *
 *   import { parse } from "@caixun/core";
 *   import { loadSecurities } from "@caixun/core/securities";
 *   parse(bytes, { securities: loadSecurities() });
 */

import { DICTIONARY_LINES } from "./data.js";
import {
  createDictionary,
  extendDictionary,
  readDictionaryLines,
  type SecurityDictionary,
  type SecurityEntry,
} from "./dictionary.js";

let shipped: SecurityDictionary | undefined;

/** The shipped dictionary, built on first use (one trie for the whole process). */
export function loadSecurities(): SecurityDictionary {
  shipped ??= createDictionary(readDictionaryLines(DICTIONARY_LINES));
  return shipped;
}

/** The shipped dictionary with your entries added (yours replace shipped entries with the same key). */
export function securitiesWith(entries: readonly SecurityEntry[]): SecurityDictionary {
  return extendDictionary(loadSecurities(), entries);
}

export {
  companyOf,
  createDictionary,
  type EntryKind,
  entryKey,
  extendDictionary,
  readDictionaryLines,
  readSecurityList,
  type SecurityDictionary,
  type SecurityEntry,
  writeDictionaryLines,
} from "./dictionary.js";
export { type FoundSecurities, findSecurities, type ListingEvidence } from "./find.js";
