import { readFileSync } from "node:fs";
import { basename } from "node:path";
import {
  loadSecurities,
  readSecurityList,
  type SecurityDictionary,
  securitiesWith,
} from "@caixun/core/securities";

/**
 * The securities dictionary every parse of this process uses (the CLI, the site builder, the Node
 * API): the shipped one, extended by the user's list (`caixun parse --securities`). The list's path
 * travels in the environment, which the pool's worker threads inherit, so each worker builds the
 * same dictionary once.
 */
const ENV = "CAIXUN_SECURITIES";
let dictionary: SecurityDictionary | undefined;

/** Reads a user's list now (a list nothing can be read from is a usage error) and uses it from here on. */
export function useSecurityList(path: string): { entries: number; skipped: number } {
  const { entries, skipped } = readList(path);
  if (entries.length === 0)
    throw new Error(`${path}: no securities read (needs code, market and name columns)`);
  process.env[ENV] = path;
  dictionary = undefined;
  return { entries: entries.length, skipped };
}

export function securities(): SecurityDictionary {
  // The environment is read only to build the dictionary: each read is a call into C++, once a file.
  if (dictionary === undefined) {
    const path = process.env[ENV];
    dictionary = path ? securitiesWith(readList(path).entries) : loadSecurities();
  }
  return dictionary;
}

function readList(path: string) {
  return readSecurityList(readFileSync(path, "utf8"), basename(path));
}
