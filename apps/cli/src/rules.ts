import { CaixunError, MAX_INPUT_SIZE, type RulePackJson } from "@caixun/core";
import { compileRules } from "@caixun/core/rules";
import { NotAFileError, readFileBounded } from "@caixun/inputs";

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
    document = JSON.parse(rulesText(path));
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

/**
 * A rules file's text, read to `MAX_INPUT_SIZE` as any input is (`--rules /dev/zero` read without
 * end, its memory growing): a device, a FIFO or a folder is no rules document.
 */
function rulesText(path: string): string {
  let read: ReturnType<typeof readFileBounded>;
  try {
    read = readFileBounded(path);
  } catch (error) {
    if (error instanceof NotAFileError) throw new Error("not a regular file; rules are read from a file");
    throw error;
  }
  if (read.tooLarge) throw new Error(`larger than MAX_INPUT_SIZE (${MAX_INPUT_SIZE} bytes)`);
  return new TextDecoder().decode(read.bytes);
}
