import type { Failure, Input, Parsed } from "@caixun/inputs";
import type { OutputFormat } from "./formats/index.js";
import { type OutputSink, openAtomicFile, stdoutSink, writeFileAtomic } from "./output.js";
import { mirroredPath, type OutputTarget } from "./output-target.js";

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
 */
function folderWriter(folder: string, format: OutputFormat): ArticleWriter {
  const written = new Map<string, string>();
  return {
    async article(parsed, input) {
      const path = mirroredPath(folder, input.relativePath, format.extension, parsed.article.ref);
      const earlier = written.get(path);
      if (earlier !== undefined) {
        return { code: "output-collision", message: `output ${path} was already written for ${earlier}` };
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
