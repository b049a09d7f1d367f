import type { Dirent, Stats } from "node:fs";
import { constants } from "node:fs";
import { lstat, open, readdir, readlink, stat } from "node:fs/promises";
import { basename, isAbsolute, join, posix, relative, resolve, sep } from "node:path";
import { gunzipSync, constants as zlibConstants } from "node:zlib";
import { big5OrGb18030, DETECTION_SAMPLE, detectInput } from "@caixun/core";
import { parseAllSync } from "@caixun/core/parse-all";
import { argumentBytes } from "./argument-bytes.js";
import {
  type ContentCheckedKind,
  contentCheckedKinds,
  hasExtension,
  isCaixunCsv,
  isProjectFile,
  NEWS_EXTENSIONS,
} from "./extensions.js";
import { compileGlob, type GlobMatcher, GlobSyntaxError, isGlob, splitGlob } from "./glob.js";
import { type Failed, failed, type Skipped, type SkipReason } from "./policy.js";
import { hasNoExtension, SNIFF_BYTES, sniffNewsText } from "./sniff.js";

/**
 * Input discovery for every app: files, folders (walked recursively), globs and `-` for stdin,
 * streamed in a stable order (arguments in the order given; inside a folder, entries sorted by
 * name and walked depth-first) so that two runs over the same tree agree. Every entry a walk finds
 * and does not read comes out too, as a skip or a failure with its reason, so nothing is dropped
 * silently.
 */

/** An argument that names nothing caixun can read; apps report it before any work starts. */
export class InputSpecError extends Error {
  override readonly name = "InputSpecError";
}

/** One command-line input, checked to exist. */
export type InputRoot =
  | { kind: "stdin"; spec: "-" }
  /** `bytesPath`: the argument's bytes when they are not UTF-8 (`argumentBytes`); `spec` and `path` show them decoded. */
  | { kind: "file"; spec: string; path: string; bytesPath?: Buffer }
  /** A FIFO or a device named as an argument: read as a stream, to the size limit, until interrupted. */
  | { kind: "stream"; spec: string; path: string }
  | { kind: "folder"; spec: string; path: string; bytesPath?: Buffer }
  | { kind: "glob"; spec: string; base: string; matcher: GlobMatcher; maxDepth: number };

/** One entry found below the roots. */
export interface Input {
  /** `-` for stdin, else the path to open (the argument, joined with what a walk found below it). */
  path: string;
  /**
   * Where it sits below the folder or glob base it was found in, with `/` separators (just the
   * name for a file argument, `stdin` for stdin): an output folder mirrors this tree.
   */
  relativePath: string;
  /**
   * How it is read: `file`, a regular file a worker reads; `stream`, stdin, a FIFO or a device,
   * read by the caller with the limit and stopped by its signal.
   */
  via: "file" | "stream";
  /** Set when the walk already knows the outcome: it could not read the entry, or chose not to. */
  outcome?: Failed | Skipped;
  /**
   * The path's bytes, when a name on it is not UTF-8 (a GBK name from an archive made on Windows): it
   * is opened by them, and `path` and `relativePath` show the name decoded (`fileNameText`).
   */
  bytesPath?: Buffer;
}

export interface WalkOptions {
  /** Extensions (with the dot, lower case) a folder walk reads. Globs and file arguments are read as given. */
  extensions?: readonly string[];
}

/**
 * Checks every argument before any work starts, so a typo fails fast instead of after an hour of
 * parsing: each must exist (globs must match something) and be something caixun can read.
 */
export async function resolveInputs(specs: readonly string[]): Promise<InputRoot[]> {
  if (specs.length === 0) throw new InputSpecError("no inputs given");
  if (specs.filter((spec) => spec === "-").length > 1)
    throw new InputSpecError("stdin (-) can be read only once");
  const roots: InputRoot[] = [];
  for (const spec of specs) roots.push(await resolveInput(spec));
  return roots;
}

async function resolveInput(argument: string): Promise<InputRoot> {
  if (argument === "-") return { kind: "stdin", spec: argument };
  // An argument that was not UTF-8 is opened by its bytes and shown as they read (`fileNameText`), as a walk does.
  const bytesPath = argumentBytes(argument);
  const spec = bytesPath === null ? argument : fileNameText(bytesPath);
  const info = await stat(bytesPath ?? spec).catch((error: NodeJS.ErrnoException) => error);
  if (!(info instanceof Error)) {
    const bytes = bytesPath === null ? {} : { bytesPath };
    if (info.isDirectory()) return { kind: "folder", spec, path: spec, ...bytes };
    if (info.isFile()) return { kind: "file", spec, path: spec, ...bytes };
    if (info.isSocket()) throw new InputSpecError(`${spec} is a socket, not a file`);
    if (bytesPath !== null) throw new InputSpecError(`${spec}: a stream is read only by a UTF-8 name`);
    return { kind: "stream", spec, path: spec };
  }
  if (info.code === "ELOOP") throw new InputSpecError(`${spec} is a symbolic link loop`);
  const link = await lstat(bytesPath ?? spec).catch(() => null);
  if (link?.isSymbolicLink()) {
    throw new InputSpecError(`${spec} is a symbolic link to ${await linkTarget(spec)}, which does not exist`);
  }
  if (isGlob(spec)) {
    const { base, pattern, maxDepth } = splitGlob(spec);
    let matcher: GlobMatcher;
    try {
      matcher = compileGlob(pattern);
    } catch (error) {
      if (error instanceof GlobSyntaxError) throw new InputSpecError(`${spec}: ${error.message}`);
      throw error;
    }
    const root: InputRoot = { kind: "glob", spec, base, matcher, maxDepth };
    if (!(await matchesAnything(root))) throw new InputSpecError(`no files match ${spec}`);
    return root;
  }
  if (info.code === "ENOENT" || info.code === "ENOTDIR") {
    throw new InputSpecError(`no such file or folder: ${spec}`);
  }
  throw new InputSpecError(`cannot read ${spec}: ${info.message}`);
}

async function matchesAnything(root: InputRoot): Promise<boolean> {
  for await (const input of walkRoot(root, {})) {
    const { outcome } = input;
    // A folder that cannot be listed or a link to one matched nothing; any other entry matched.
    if (outcome?.status === "skipped" && outcome.skip.reason === "symlink-to-folder") continue;
    if (outcome?.status === "failed" && outcome.failure.message.startsWith(LIST_FAILED)) continue;
    return true;
  }
  return false;
}

/** Every entry below the roots, in order. */
export async function* walkInputs(
  roots: readonly InputRoot[],
  options: WalkOptions = {},
): AsyncGenerator<Input> {
  for (const root of roots) yield* walkRoot(root, options);
}

/**
 * How many inputs a walk finds that are not skipped: each gives at least one outcome (an Article
 * or a failure). For a progress bar; walks the tree without reading files.
 */
export async function countInputs(roots: readonly InputRoot[], options: WalkOptions = {}): Promise<number> {
  let total = 0;
  for await (const input of walkInputs(roots, options)) if (input.outcome?.status !== "skipped") total++;
  return total;
}

/**
 * The folder an input root reads from (absolute), or the file itself; apps use it to refuse
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

/** Whether `inner` is `outer` or somewhere below it (both absolute). */
export function isWithin(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === "" || (!isAbsolute(rel) && rel !== ".." && !rel.startsWith(`..${sep}`));
}

/** Which entries a walk reads, and whether it reports the ones it leaves out by name. */
interface WalkRule {
  keep(relativePath: string): boolean;
  /**
   * A folder walk reports what its extension list and hidden names leave out; a glob does not
   * (what a pattern does not match was never asked for). Both report the project files they find
   * among what they would read.
   */
  reportsFiltered: boolean;
  /**
   * A folder walk with the default extension list also reads files without any extension whose
   * first bytes are news text (`sniff.ts`): scrapers save pages under their titles. `--ext` and
   * globs read exactly what they name.
   */
  sniffsExtensionless: boolean;
  /**
   * A folder walk with the default extension list reads an `.xml`, `.dat`, `.sql`, `.csv` or `.tsv` file only
   * when its first bytes are a feed, a tagged record corpus, a dump's rows or a header of news (`CONTENT_CHECKED`); `--ext` and globs
   * read what they name.
   */
  checksContent: boolean;
}

/**
 * The entries below one root. A folder's walk is returned as it is rather than delegated to (a
 * generator's `yield*` costs a promise per entry and per level).
 */
function walkRoot(root: InputRoot, options: WalkOptions): AsyncIterable<Input> {
  switch (root.kind) {
    case "stdin":
      return entryAlone({ path: "-", relativePath: "stdin", via: "stream" });
    case "file":
      return entryAlone({
        path: root.path,
        relativePath: basename(root.path),
        via: "file",
        ...(root.bytesPath === undefined ? {} : { bytesPath: root.bytesPath }),
      });
    case "stream":
      return entryAlone({ path: root.path, relativePath: basename(root.path), via: "stream" });
    case "folder": {
      const extensions = options.extensions ?? NEWS_EXTENSIONS;
      const keep = (relativePath: string) => hasExtension(basename(relativePath), extensions);
      const defaultList = options.extensions === undefined;
      return walkFolder(root.path, root.bytesPath ?? null, "", Number.POSITIVE_INFINITY, {
        keep,
        reportsFiltered: true,
        sniffsExtensionless: defaultList,
        checksContent: defaultList,
      });
    }
    case "glob": {
      const keep = (relativePath: string) => root.matcher.test(relativePath);
      return walkFolder(root.base, null, "", root.maxDepth, {
        keep,
        reportsFiltered: false,
        sniffsExtensionless: false,
        checksContent: false,
      });
    }
  }
}

async function* entryAlone(input: Input): AsyncGenerator<Input> {
  yield input;
}

const LIST_FAILED = "cannot list folder";

type EntryKind = "folder" | "file" | "symlink" | "fifo" | "socket" | "device" | "gone";

/**
 * Depth-first walk with each folder's entries sorted by name. Symbolic links are followed to files
 * but not to folders (a link cycle cannot make the walk endless, and no tree is read twice); every
 * entry that is not read comes out as a skip or a failure. Kept by hand rather than tinyglobby or
 * fast-glob, which use less CPU (docs/benchmarks.md, "Inputs") but neither stream in a stable order
 * nor say what they pass over.
 */
async function* walkFolder(
  folder: string,
  /** The folder's bytes when a name on its path is not UTF-8 (`Input.bytesPath`). */
  folderBytes: Buffer | null,
  relativeFolder: string,
  depthLeft: number,
  rule: WalkRule,
): AsyncGenerator<Input> {
  if (depthLeft <= 0) return;
  let entries: Dirent[];
  try {
    // One listing call, where iterating `opendir` awaited each entry (with the digest look-up below
    // and no await for an entry whose kind the listing gives, 6.0 → 2.8 µs an entry: docs/benchmarks.md).
    entries = await readdir(folderBytes ?? folder, { withFileTypes: true });
  } catch (error) {
    const message = `${LIST_FAILED}: ${(error as Error).message}`;
    yield { path: folder, relativePath: relativeFolder, via: "file", outcome: failed("unreadable", message) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const undecoded = await namesNotUtf8(folderBytes ?? folder, entries);
  // Once per folder: looking each name's records up in a new set of its siblings was quadratic.
  const records = recordFilesByStem(entries);
  for (const entry of entries) {
    const nameBytes = undecoded?.get(entry.name)?.shift();
    const name = nameBytes === undefined ? entry.name : fileNameText(nameBytes);
    const path = join(folder, name);
    const bytesPath =
      folderBytes === null && nameBytes === undefined
        ? undefined
        : Buffer.concat([
            folderBytes ?? Buffer.from(folder),
            Buffer.from(sep),
            nameBytes ?? Buffer.from(name),
          ]);
    /** What the file system is given for this entry. */
    const openPath = bytesPath ?? path;
    const relativePath = relativeFolder === "" ? name : posix.join(relativeFolder, name);
    const input = (outcome?: Failed | Skipped): Input => ({
      path,
      relativePath,
      via: "file",
      ...(bytesPath === undefined ? {} : { bytesPath }),
      ...(outcome === undefined ? {} : { outcome }),
    });
    if (name.startsWith(".")) {
      if (rule.reportsFiltered) yield input(skipped("hidden", "hidden name"));
      continue;
    }
    let kind = kindOfDirent(entry) ?? (await kindOfUnknownEntry(openPath));
    if (kind === "folder") {
      yield* walkFolder(path, bytesPath ?? null, relativePath, depthLeft - 1, rule);
      continue;
    }
    let linkFailure: Failed | null = null;
    if (kind === "symlink") {
      const target = await stat(openPath).catch((error: NodeJS.ErrnoException) => error);
      if (target instanceof Error) {
        kind = "file";
        linkFailure =
          target.code === "ELOOP"
            ? failed("symlink-loop", "symbolic link loop")
            : target.code === "ENOENT" || target.code === "ENOTDIR"
              ? failed(
                  "dangling-symlink",
                  `symbolic link to ${await linkTarget(openPath)}, which does not exist`,
                )
              : failed("unreadable", target.message);
      } else if (target.isDirectory()) {
        // Reported where a real folder would have been walked (not by `*.md`, which stays in its folder).
        const message = "symbolic link to a folder, not followed (give it as an argument to read it)";
        if (depthLeft > 1) yield input(skipped("symlink-to-folder", message));
        continue;
      } else {
        kind = kindOfStats(target);
      }
    }
    const sniffed = rule.sniffsExtensionless && kind === "file" && hasNoExtension(name);
    if (!sniffed && !rule.keep(relativePath)) {
      if (rule.reportsFiltered) yield input(skipped("extension", "not a news file extension"));
      continue;
    }
    if (isProjectFile(name)) {
      yield input(
        skipped("project-file", "the project's own file (read-me, licence, change log…), not news"),
      );
      continue;
    }
    if (sniffed) {
      const verdict = await sniffFile(openPath);
      if (!verdict.news) {
        yield input(skipped("not-news-text", `no extension, and its first bytes are ${verdict.why}`));
        continue;
      }
    }
    const needed = rule.checksContent && kind === "file" ? contentCheckedKinds(name) : null;
    if (needed !== null) {
      const head = await readHead(openPath, DETECTION_SAMPLE).catch(() => null);
      const found = head === null ? null : detectInput(head, name);
      if (
        head !== null &&
        (!needed.some((kind) => kind === found) ||
          (found === "csv" && (isCaixunCsv(head) || !opensAsNews(head, name))) ||
          (found === "sql" && isRowlessDump(head, name)))
      ) {
        const what = needed.map((kind) => NOT_CONTENT[kind]).join(" and ");
        yield input(skipped("not-feed-or-dump", `its first bytes are ${what}`));
        continue;
      }
    }
    if (linkFailure !== null) yield input(linkFailure);
    else if (kind === "file") {
      const digestOf =
        records.size === 0 ? null : await recordsOfDigest(openPath, name, records, relativeFolder, rule);
      yield digestOf === null
        ? input()
        : input(
            skipped("digest-of-records", `a digest of the records in ${digestOf}, which are read instead`),
          );
    } else if (kind === "fifo")
      yield input(skipped("fifo", "a FIFO, not read in a walk (it could wait forever)"));
    else if (kind === "socket") yield input(skipped("socket", "a socket, not a file"));
    else if (kind === "device") yield input(skipped("device", "a device, not a file"));
    else yield input(failed("unreadable", "removed during the walk"));
  }
}

const DIGEST_NAME = /^(.+)\.(?:md|markdown)(?:\.gz)?$/i;
const RECORD_NAME = /^(.+)(?:\.jsonl|\.jsonl\.gz|\.ndjson|\.ndjson\.gz)$/;

/**
 * The records files (`.jsonl`, `.ndjson`, gzipped or not) of a folder by stem, names in order:
 * a digest beside them is looked up here, and a folder without any skips the look-up.
 */
function recordFilesByStem(entries: readonly Dirent[]): Map<string, string[]> {
  const byStem = new Map<string, string[]>();
  for (const { name } of entries) {
    const stem = RECORD_NAME.exec(name)?.[1];
    if (stem === undefined) continue;
    const names = byStem.get(stem);
    if (names === undefined) byStem.set(stem, [name]);
    else names.push(name);
  }
  return byStem;
}

const DIGEST_HEAD = 16 * 1024;

/**
 * When `name` is a digest Markdown rendered from records that sit beside it in the same folder
 * (`2026-07-29.md.gz` next to `2026-07-29.jsonl.gz`) and the walk reads those, the name of the
 * records file: the digest would count every story a second time. Null otherwise. Only a file that
 * opens as a digest (core's `detectInput`) is one.
 */
async function recordsOfDigest(
  path: string | Buffer,
  name: string,
  recordFiles: ReadonlyMap<string, readonly string[]>,
  relativeFolder: string,
  rule: WalkRule,
): Promise<string | null> {
  const stem = DIGEST_NAME.exec(name)?.[1];
  if (stem === undefined) return null;
  const records = recordFiles
    .get(stem)
    ?.find((candidate) => rule.keep(posix.join(relativeFolder, candidate)));
  if (records === undefined) return null;
  const head = await readHead(path, DIGEST_HEAD).catch(() => null);
  return head !== null && detectInput(head) === "digest" ? records : null;
}

/**
 * Whether a CSV or TSV export opens as news: a header the record mapping knows vouches for the file (`detectInput`
 * without the name); a header of other names (`no,stamp,headline_cn,body_cn`), which `parse` reads because the
 * file's name vouches for it, when its first row reads as a dated news record by its values, as `parse` reads it. A
 * price table (`date,open,close`: no text) and a table of notes (a provenance list: no time) stay skipped.
 */
function opensAsNews(head: string, name: string): boolean {
  if (detectInput(head) === "csv") return true;
  for (const result of parseAllSync(head, { filename: name }))
    return result.ok && result.article.publishedAt !== null;
  return false;
}

/**
 * Whether a file the walk read whole in its head is a dump that holds no row (a schema migration's `CREATE TABLE`s):
 * core reads its head as a dump, and its reading says it holds none. A longer file's rows may come after its head (a
 * wide schema's dump), so it is read.
 */
function isRowlessDump(head: string, name: string): boolean {
  if (Buffer.byteLength(head) >= DETECTION_SAMPLE) return false;
  const first = parseAllSync(head, { filename: name }).next();
  return (
    !first.done &&
    !first.value.ok &&
    first.value.failure.code === "not-a-news-record" &&
    first.value.failure.ref === null
  );
}

/** What a content-checked file's first bytes are not, when the walk skips it. */
const NOT_CONTENT: Readonly<Record<ContentCheckedKind, string>> = {
  feed: "no RSS or Atom feed",
  sql: "no SQL dump's rows (INSERT, COPY)",
  csv: "no header of news (title, content … ), or caixun's own CSV output",
  "tagged-records": "no tagged record corpus (<doc> records of fields)",
  notebook: "no Jupyter notebook (nbformat's JSON of cells)",
};

/** The first `bytes` bytes of a file as text, decompressed when it is gzip. */
async function readHead(path: string | Buffer, bytes: number): Promise<string> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    let head = buffer.subarray(0, bytesRead);
    if (head[0] === 0x1f && head[1] === 0x8b)
      head = gunzipSync(head, { finishFlush: zlibConstants.Z_SYNC_FLUSH });
    return head.toString("utf8");
  } finally {
    await handle.close();
  }
}

/** The sniff's verdict on a file's first bytes; a file that cannot be opened is left to the reader, which reports why. */
async function sniffFile(path: string | Buffer): Promise<ReturnType<typeof sniffNewsText>> {
  let handle: Awaited<ReturnType<typeof open>> | null = null;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return sniffNewsText(buffer.subarray(0, bytesRead));
  } catch {
    return { news: true };
  } finally {
    await handle?.close();
  }
}

function skipped(reason: SkipReason, message: string): Skipped {
  return { status: "skipped", skip: { reason, message } };
}

/** What a listing says an entry is, or undefined when the file system did not say. */
function kindOfDirent(entry: Dirent): EntryKind | undefined {
  if (entry.isFile()) return "file";
  if (entry.isDirectory()) return "folder";
  if (entry.isSymbolicLink()) return "symlink";
  if (entry.isFIFO()) return "fifo";
  if (entry.isSocket()) return "socket";
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return "device";
  return undefined;
}

/** Some file systems do not say what an entry is; ask. */
async function kindOfUnknownEntry(path: string | Buffer): Promise<EntryKind> {
  const info = await lstat(path).catch(() => null);
  if (info === null) return "gone";
  if (info.isSymbolicLink()) return "symlink";
  if (info.isDirectory()) return "folder";
  return kindOfStats(info);
}

function kindOfStats(info: Stats): EntryKind {
  if (info.isFile()) return "file";
  if (info.isFIFO()) return "fifo";
  if (info.isSocket()) return "socket";
  return "device";
}

async function linkTarget(path: string | Buffer): Promise<string> {
  return readlink(path).catch(() => "a target");
}

/**
 * The names of a folder's entries that are not UTF-8, by the text the listing gave for them (with
 * U+FFFD where a byte was not UTF-8), each a queue of their bytes in listing order; null when every
 * name is UTF-8 (the folder is listed once more only when one is not).
 */
async function namesNotUtf8(
  folder: string | Buffer,
  entries: readonly Dirent[],
): Promise<Map<string, Buffer[]> | null> {
  if (!entries.some((entry) => entry.name.includes("\uFFFD"))) return null;
  const raw = await readdir(folder, { encoding: "buffer" }).catch(() => [] as Buffer[]);
  const byText = new Map<string, Buffer[]>();
  for (const bytes of raw) {
    const text = bytes.toString("utf8");
    if (!text.includes("\uFFFD") || bytes.equals(Buffer.from(text))) continue;
    byText.set(text, [...(byText.get(text) ?? []), bytes]);
  }
  return byText;
}

const legacyNames = {
  gb18030: new TextDecoder("gb18030", { fatal: true }),
  big5: new TextDecoder("big5", { fatal: true }),
};

/**
 * A file name's bytes that are not UTF-8 as text: GB18030 (what Chinese Windows writes names in, and what a zip
 * made there keeps) or Big5 (Traditional Chinese Windows), whichever the bytes fit as core tells them apart in
 * content (`big5OrGb18030`: each decoder reads the other's bytes as valid-looking Han), else UTF-8 with U+FFFD for
 * the bytes it cannot read.
 */
export function fileNameText(bytes: Buffer): string {
  try {
    return legacyNames[big5OrGb18030(bytes)].decode(bytes);
  } catch {
    return bytes.toString("utf8");
  }
}
