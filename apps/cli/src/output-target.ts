import { realpath, stat } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import { type InputRoot, isWithin, rootPath } from "@caixun/inputs";
import { UsageError } from "./exit-codes.js";

/** Where `-o` sends the output: stdout, one file, or a folder with one file per article. */
export type OutputTarget =
  | { kind: "stdout" }
  | { kind: "file"; path: string }
  | { kind: "folder"; path: string };

/** `-o dir/` (trailing slash) or an existing folder is a folder; anything else is a file. */
export async function outputTarget(out: string | undefined): Promise<OutputTarget> {
  if (out === undefined || out === "-") return { kind: "stdout" };
  const info = await stat(out).catch(() => null);
  if (out.endsWith("/") || info?.isDirectory()) return { kind: "folder", path: out };
  return { kind: "file", path: out };
}

/**
 * Refuses outputs that could destroy or feed back into the inputs: a file that is an input, a file
 * or folder inside an input folder (a later run would read it back), a folder that holds an input
 * (a mirrored output could overwrite it). Paths are compared after resolving symbolic links.
 */
export async function checkOutputSafety(
  label: string,
  target: OutputTarget,
  roots: readonly InputRoot[],
): Promise<void> {
  if (target.kind === "stdout") return;
  const out = await canonical(target.path);
  for (const root of roots) {
    const raw = rootPath(root);
    if (raw === null) continue;
    const input = await canonical(raw);
    const inputIsFolder = root.kind !== "file";
    if (out === input) {
      throw new UsageError(
        `${label} ${target.path} is the input ${root.spec}; caixun never writes over its inputs`,
      );
    }
    if (inputIsFolder && isWithin(out, input)) {
      throw new UsageError(
        `${label} ${target.path} is inside the input ${root.spec}, which would read it back; write it elsewhere`,
      );
    }
    if (target.kind === "folder" && isWithin(input, out)) {
      throw new UsageError(
        `${label} folder ${target.path} contains the input ${root.spec}; outputs could overwrite inputs`,
      );
    }
  }
}

/**
 * The file an article goes to in an output folder: the input's place below its root, new
 * extension. An article of an input of many (a record of a dump) goes into a folder named after
 * the input, one file per record named by its place: `2026-07-29.jsonl.gz` line 812 →
 * `2026-07-29/line-812.md`.
 */
export function mirroredPath(
  folder: string,
  relativePath: string,
  extension: string,
  ref: string | null,
): string {
  const stem = withoutExtensions(relativePath);
  return ref === null
    ? join(folder, stem + extension)
    : join(folder, stem, ref.replace(/\s+/g, "-") + extension);
}

/** A path without its extension, or two when the last is `.gz` (`a.jsonl.gz` → `a`). */
function withoutExtensions(path: string): string {
  let stem = path;
  const first = extname(stem);
  if (first !== "") stem = stem.slice(0, -first.length);
  if (first.toLowerCase() === ".gz") {
    const second = extname(stem);
    if (second !== "") stem = stem.slice(0, -second.length);
  }
  return stem;
}

/** The absolute path with symbolic links resolved for as much of it as exists. */
async function canonical(path: string): Promise<string> {
  const absolute = resolve(path);
  const real = await realpath(absolute).catch(() => null);
  if (real !== null) return real;
  const parent = dirname(absolute);
  if (parent === absolute) return absolute;
  return join(await canonical(parent), basename(absolute));
}
