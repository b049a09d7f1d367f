import { opendir, stat } from "node:fs/promises";
import { basename, extname, isAbsolute, join, posix, relative, resolve, sep } from "node:path";
import { UsageError } from "./exit-codes.js";
import { globToRegExp, isGlob, splitGlob } from "./glob.js";

/**
 * Input discovery shared by every command that reads a corpus: files, folders (recursive), globs
 * and `-` for stdin, streamed in a stable order (arguments in the order given; inside a folder,
 * entries sorted by name and walked depth-first) so that two runs over the same tree agree.
 */

/** Extensions a folder walk picks up; files named explicitly are read whatever their extension. */
export const DEFAULT_EXTENSIONS: readonly string[] = [".md", ".markdown", ".txt", ".text", ".html", ".htm"];

/** One command-line input, checked to exist. */
export type InputRoot =
  | { kind: "stdin"; spec: "-" }
  | { kind: "file"; spec: string; path: string }
  | { kind: "folder"; spec: string; path: string }
  | { kind: "glob"; spec: string; base: string; matcher: RegExp; maxDepth: number };

/** One input to read. */
export interface Input {
  /** `-` for stdin, else the path to open (the argument, joined with what a walk found below it). */
  path: string;
  /**
   * Where it sits below the folder or glob base it was found in, with `/` separators (just the
   * name for a file argument, `stdin` for stdin): an output folder mirrors this tree.
   */
  relativePath: string;
  /**
   * Set when this is a folder the walk could not list (permissions, removed during the run): the
   * walk goes on without it, and commands report it as a failed input.
   */
  unreadable?: string;
}

export interface WalkOptions {
  /** Extensions (with the dot, lower case) a folder walk keeps. Globs and file arguments are kept as given. */
  extensions?: readonly string[];
}

/**
 * Checks every argument before any work starts, so a typo fails fast with exit code 2 instead of
 * after an hour of parsing. Globs must match at least one file.
 */
export async function resolveInputs(specs: readonly string[]): Promise<InputRoot[]> {
  if (specs.length === 0) throw new UsageError("no inputs given");
  if (specs.filter((spec) => spec === "-").length > 1)
    throw new UsageError("stdin (-) can be read only once");
  const roots: InputRoot[] = [];
  for (const spec of specs) {
    if (spec === "-") {
      roots.push({ kind: "stdin", spec });
      continue;
    }
    const info = await stat(spec).catch(() => null);
    if (info?.isDirectory()) roots.push({ kind: "folder", spec, path: spec });
    else if (info) roots.push({ kind: "file", spec, path: spec });
    else if (isGlob(spec)) {
      const { base, pattern, maxDepth } = splitGlob(spec);
      const root: InputRoot = { kind: "glob", spec, base, matcher: globToRegExp(pattern), maxDepth };
      if (!(await matchesAnything(root))) throw new UsageError(`no files match ${spec}`);
      roots.push(root);
    } else {
      throw new UsageError(`no such file or folder: ${spec}`);
    }
  }
  return roots;
}

async function matchesAnything(root: InputRoot): Promise<boolean> {
  for await (const input of walkRoot(root, {})) {
    if (input.unreadable === undefined) return true;
  }
  return false;
}

/** Every input below the roots, in order. */
export async function* walkInputs(
  roots: readonly InputRoot[],
  options: WalkOptions = {},
): AsyncGenerator<Input> {
  for (const root of roots) yield* walkRoot(root, options);
}

/** `resolveInputs` then `walkInputs`, for callers that need no look at the roots in between. */
export async function* discoverInputs(
  specs: readonly string[],
  options: WalkOptions = {},
): AsyncGenerator<Input> {
  yield* walkInputs(await resolveInputs(specs), options);
}

/** How many inputs a walk will yield (for a progress bar); walks the tree without reading files. */
export async function countInputs(roots: readonly InputRoot[], options: WalkOptions = {}): Promise<number> {
  let total = 0;
  for await (const _ of walkInputs(roots, options)) total++;
  return total;
}

/**
 * The folder an input root reads from (absolute), or the file itself; commands use it to refuse
 * outputs that would land inside what they read.
 */
export function rootPath(root: InputRoot): string | null {
  switch (root.kind) {
    case "stdin":
      return null;
    case "glob":
      return resolve(root.base);
    default:
      return resolve(root.path);
  }
}

async function* walkRoot(root: InputRoot, options: WalkOptions): AsyncGenerator<Input> {
  switch (root.kind) {
    case "stdin":
      yield { path: "-", relativePath: "stdin" };
      return;
    case "file":
      yield { path: root.path, relativePath: basename(root.path) };
      return;
    case "folder": {
      const extensions = options.extensions ?? DEFAULT_EXTENSIONS;
      const keep = (relativePath: string) => extensions.includes(extname(relativePath).toLowerCase());
      yield* walkFolder(root.path, "", Number.POSITIVE_INFINITY, keep);
      return;
    }
    case "glob": {
      const keep = (relativePath: string) => root.matcher.test(relativePath);
      yield* walkFolder(root.base, "", root.maxDepth, keep);
      return;
    }
  }
}

/**
 * Depth-first walk with each folder's entries sorted by name. Hidden entries (`.git`, temp files)
 * are skipped; symbolic links are followed to files but not to folders, so a link cycle cannot
 * make the walk endless.
 */
async function* walkFolder(
  folder: string,
  relativeFolder: string,
  depthLeft: number,
  keep: (relativePath: string) => boolean,
): AsyncGenerator<Input> {
  if (depthLeft <= 0) return;
  const entries: { name: string; isFolder: boolean }[] = [];
  try {
    for await (const entry of await opendir(folder)) {
      if (entry.name.startsWith(".")) continue;
      if (entry.isDirectory()) entries.push({ name: entry.name, isFolder: true });
      else if (entry.isFile()) entries.push({ name: entry.name, isFolder: false });
      else if (entry.isSymbolicLink()) {
        const target = await stat(join(folder, entry.name)).catch(() => null);
        if (target?.isFile()) entries.push({ name: entry.name, isFolder: false });
      }
    }
  } catch (error) {
    const message = `cannot list folder: ${error instanceof Error ? error.message : String(error)}`;
    yield { path: folder, relativePath: relativeFolder, unreadable: message };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    const relativePath = relativeFolder === "" ? entry.name : posix.join(relativeFolder, entry.name);
    if (entry.isFolder) yield* walkFolder(path, relativePath, depthLeft - 1, keep);
    else if (keep(relativePath)) yield { path, relativePath };
  }
}

/** Whether `inner` is `outer` or somewhere below it (both absolute). */
export function isWithin(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === "" || (!isAbsolute(rel) && rel !== ".." && !rel.startsWith(`..${sep}`));
}
