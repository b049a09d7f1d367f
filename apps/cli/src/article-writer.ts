import { dirname } from "node:path";
import { type Failure, type Input, isWithin, type Parsed } from "@caixun/inputs";
import type { OutputFormat } from "./formats/index.js";
import { type OutputSink, openAtomicFile, stdoutSink, writeFileAtomic } from "./output.js";
import { canonical, mirroredPath, type OutputTarget } from "./output-target.js";

/** Writes articles to the output target; `article` returns a failure when this one could not be written. */
export interface ArticleWriter {
  article(parsed: Parsed, input: Input): Promise<Failure | null>;
  finish(): Promise<void>;
  abort(): Promise<void>;
}

/** Opens the writer for `-o` (or stdout) in the given format. */
export async function openWriter(target: OutputTarget, format: OutputFormat): Promise<ArticleWriter> {
  if (target.kind === "folder") return folderWriter(target.path, format);
  const sink: OutputSink = target.kind === "file" ? await openAtomicFile(target.path) : stdoutSink();
  let count = 0;
  let begun = false;
  const begin = async () => {
    if (!begun) await sink.write(format.begin());
    begun = true;
  };
  const end = async () => {
    await begin();
    await sink.write(format.end(count));
  };
  return {
    async article(parsed, input) {
      await begin();
      await sink.write(
        format.recordParsed?.(parsed, input, count) ?? format.record(parsed.article, input, count),
      );
      count++;
      return null;
    },
    async finish() {
      await end();
      await sink.commit();
    },
    async abort() {
      // stdout cannot be taken back, so it is closed as a complete document instead.
      if (target.kind === "stdout") await end().catch(() => undefined);
      await sink.abort();
    },
  };
}

/**
 * One file per article, mirroring where each input sits below its root. Two inputs that would
 * land on the same output file (same relative path under two roots) are a failure of the second.
 * A file whose folder a symbolic link inside the output folder leads elsewhere (`out/sub` → an
 * input folder) is not written: the output folder was checked against the inputs, not every link
 * below it, and a mirrored name could land on an input there.
 */
function folderWriter(folder: string, format: OutputFormat): ArticleWriter {
  const written = new Map<string, string>();
  const leadsOut = foldersLeadingOut(folder);
  return {
    async article(parsed, input) {
      const path = mirroredPath(folder, input.relativePath, format.extension, parsed.article.ref);
      const earlier = written.get(path);
      if (earlier !== undefined) {
        return { code: "output-collision", message: `output ${path} was already written for ${earlier}` };
      }
      const elsewhere = await leadsOut(dirname(path));
      if (elsewhere !== null) {
        return {
          code: "unwritable",
          message: `output ${path} is not written: a link leads its folder out of ${folder}, to ${elsewhere}`,
        };
      }
      written.set(path, input.path);
      try {
        await writeFileAtomic(path, format.document(parsed.article, input));
        return null;
      } catch (error) {
        return { code: "unwritable", message: `cannot write ${path}: ${(error as Error).message}` };
      }
    },
    finish: async () => undefined,
    abort: async () => undefined,
  };
}

/**
 * For a folder below the output folder, where it really is when a symbolic link leads it out of the
 * output folder, else null; answered once a folder (a run writes many files into each).
 */
function foldersLeadingOut(folder: string): (below: string) => Promise<string | null> {
  const root = canonical(folder);
  const answers = new Map<string, Promise<string | null>>();
  return (below) => {
    let answer = answers.get(below);
    if (answer === undefined) {
      answer = Promise.all([canonical(below), root]).then(([real, top]) =>
        isWithin(real, top) ? null : real,
      );
      answers.set(below, answer);
    }
    return answer;
  };
}
