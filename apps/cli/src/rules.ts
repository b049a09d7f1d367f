import { readFileSync } from "node:fs";
import { CaixunError, type RulePackJson } from "@caixun/core";
import { compileRules } from "@caixun/core/rules";

/**
 * Reads and checks the rules files of `--rules` (each one pack or a list of packs) and returns them
 * as one list, the rules document every parse of the run adds. A file that cannot be read, is not
 * JSON or is not a valid rules document throws, naming the file and the place of the problem.
 */
export function readRules(paths: readonly string[]): RulePackJson[] {
  const packs = paths.flatMap(readRulesFile);
  compileRules(packs);
  return packs;
}

function readRulesFile(path: string): RulePackJson[] {
  let document: unknown;
  try {
    document = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    compileRules(document);
  } catch (error) {
    if (error instanceof CaixunError) throw new Error(`${path}: ${error.message}`);
    throw error;
  }
  return Array.isArray(document) ? (document as RulePackJson[]) : [document as RulePackJson];
}
