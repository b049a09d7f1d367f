import { readFile, stat } from "node:fs/promises";
import { type Article, CaixunError, MAX_INPUT_SIZE, parse } from "@caixun/core";

export type ReadOutcome = { ok: true; article: Article } | { ok: false; file: string; reason: string };

/**
 * Reads and parses one input file. Anything that goes wrong is this file's failure, reported and
 * skipped: one bad file never stops a build.
 */
export async function readArticle(file: string): Promise<ReadOutcome> {
  try {
    const { size } = await stat(file);
    if (size > MAX_INPUT_SIZE) return { ok: false, file, reason: `larger than ${MAX_INPUT_SIZE} bytes` };
    const article = parse(await readFile(file), { filename: file });
    if (article.warnings.some((warning) => warning.code === "binary-content")) {
      return { ok: false, file, reason: "not a text file" };
    }
    return { ok: true, article };
  } catch (error) {
    if (error instanceof CaixunError || (error as NodeJS.ErrnoException).code !== undefined) {
      return { ok: false, file, reason: (error as Error).message };
    }
    throw error;
  }
}
