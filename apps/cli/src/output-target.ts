import { lstat, realpath, stat } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import { type InputRoot, rootPath } from "@caixun/inputs";
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
 * (a mirrored output could overwrite it). Files and folders are compared by identity (device and
 * inode), not by name, so a symbolic link anywhere in the path, a hard link, a `..` after a link
 * and a bind mount of the input are all seen for what they are.
 */
export async function checkOutputSafety(
  label: string,
  target: OutputTarget,
  roots: readonly InputRoot[],
): Promise<void> {
  if (target.kind === "stdout") return;
  const readings = await outputReadings(target.path);
  const outputs = new Set<Identity>();
  const above = new Set<Identity>();
  for (const reading of readings) {
    const identity = await identityOf(reading);
    if (identity !== null) outputs.add(identity);
    for (const folder of await identitiesAbove(reading)) above.add(folder);
  }
  for (const root of roots) {
    const raw = rootPath(root);
    if (raw === null) continue;
    const input = (await identityOf(givenPath(root) ?? raw)) ?? (await identityOf(raw));
    if (input === null) continue;
    if (outputs.has(input)) {
      throw new UsageError(
        `${label} ${target.path} is the input ${root.spec}; caixun never writes over its inputs`,
      );
    }
    if (root.kind !== "file" && above.has(input)) {
      throw new UsageError(
        `${label} ${target.path} is inside the input ${root.spec}, which would read it back; write it elsewhere`,
      );
    }
    if (target.kind === "folder" && outputs.size > 0) {
      const holding = await identitiesAbove(await canonical(givenPath(root) ?? raw));
      if (holding.some((folder) => outputs.has(folder))) {
        throw new UsageError(
          `${label} folder ${target.path} contains the input ${root.spec}; outputs could overwrite inputs`,
        );
      }
    }
  }
}

/** The input as it was given (the kernel reads `link/..` from the link's target). */
function givenPath(root: InputRoot): string | null {
  if (root.kind === "stdin") return null;
  return root.kind === "glob" ? root.base : root.path;
}

/** A file's identity on this machine: device and inode, the same through any link or mount. */
type Identity = string;

async function identityOf(path: string): Promise<Identity | null> {
  const info = await stat(path, { bigint: true }).catch(() => null);
  return info === null ? null : `${info.dev}:${info.ino}`;
}

/** The identities of a canonical path and of every folder above it that exists. */
async function identitiesAbove(path: string): Promise<Identity[]> {
  const found: Identity[] = [];
  for (let folder = path; ; folder = dirname(folder)) {
    const identity = await identityOf(folder);
    if (identity !== null) found.push(identity);
    if (dirname(folder) === folder) return found;
  }
}

/**
 * Where a path can lead, canonical: as the kernel reads it (`link/..` is the link target's parent)
 * and as a path joined by name reads it (`link/..` is the folder holding the link): a writer that
 * joins names under the output goes the second way, one that opens it the first.
 */
async function outputReadings(path: string): Promise<string[]> {
  const readings = new Set([await canonical(path), await canonical(resolve(path))]);
  // A file is written beside its path and renamed over it: over a link, the link itself is replaced, where it is
  // (a link inside the input to a file outside it took the output into the input: twenty-sixth round).
  const entry = await lstat(path).catch(() => null);
  if (entry?.isSymbolicLink()) readings.add(join(await canonical(dirname(path)), basename(path)));
  return [...readings];
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

/**
 * The absolute path with symbolic links resolved for as much of it as exists, each name taken as
 * the kernel takes it (a `..` goes up from where the path before it really is).
 */
export async function canonical(path: string): Promise<string> {
  const real = await realpath(path).catch(() => null);
  if (real !== null) return real;
  const trimmed = trimSlashes(path);
  if (trimmed === "." || trimmed === "") return resolve(path);
  const cut = trimmed.lastIndexOf("/");
  if (cut < 0) return join(await canonical("."), trimmed);
  const parent = await canonical(cut === 0 ? "/" : trimmed.slice(0, cut));
  const name = trimmed.slice(cut + 1);
  if (name === "..") return dirname(parent);
  return name === "." ? parent : join(parent, name);
}

/** The path without the slashes it ends with (`/` stays `/`). */
function trimSlashes(path: string): string {
  let end = path.length;
  while (end > 1 && path[end - 1] === "/") end--;
  return path.slice(0, end);
}
