import { existsSync, rmSync, statSync, truncateSync } from "node:fs";
import { open, stat } from "node:fs/promises";
import { dirname } from "node:path";
import { UsageError } from "./exit-codes.js";

/** The first 16 bytes of every SQLite database (sqlite.org/fileformat.html, "The Database Header"). */
const SQLITE_HEADER = Buffer.from("SQLite format 3\0", "latin1");

/**
 * Refuses a `--db` that SQLite could not use, before SQLite opens it: a folder, a path whose folder
 * does not exist, or a file that is not a SQLite database. SQLite writes into the file it opens, so
 * a news file given by mistake (or a symbolic link to one) is refused here rather than left to
 * SQLite, which crashed the command with a stack trace ("file is not a database") and, for an
 * empty file, would have made it a database. An empty file or none is a new database.
 */
export async function checkDatabaseFile(option: string, path: string): Promise<void> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return null;
    throw new UsageError(`${option} ${path} cannot be read: ${error.message}`);
  });
  if (info === null) {
    const folder = dirname(path);
    if ((await stat(folder).catch(() => null))?.isDirectory() !== true) {
      throw new UsageError(`${option} ${path}: the folder ${folder} does not exist`);
    }
    return;
  }
  if (!info.isFile()) throw new UsageError(`${option} ${path} is not a file`);
  if (info.size === 0) return;
  const header = Buffer.alloc(SQLITE_HEADER.length);
  const file = await open(path, "r").catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`${option} ${path} cannot be read: ${error.message}`);
  });
  try {
    await file.read(header, 0, header.length, 0);
  } finally {
    await file.close();
  }
  if (!header.equals(SQLITE_HEADER)) {
    throw new UsageError(
      `${option} ${path} is not a SQLite database; caixun writes its database into a new file or one it made`,
    );
  }
}

/**
 * An error of SQLite opening or migrating `path` (a damaged database: `SQLITE_CORRUPT`,
 * `SQLITE_NOTADB`) as a usage error naming it; any other error as it is.
 */
export function databaseError(option: string, path: string, error: unknown): unknown {
  if (isSqliteError(error)) {
    return new UsageError(`${option} ${path} cannot be used: ${error.message} (${error.code})`);
  }
  return error;
}

/** The files of a SQLite database in WAL mode (or with a rollback journal): itself and its side files. */
const DATABASE_FILES = ["", "-wal", "-shm", "-journal"] as const;

/**
 * When `path` is a new database (no file, or an empty one: see `checkDatabaseFile`), a function
 * that puts it back as it was: removes each of its files (the database, `-wal`, `-shm`, `-journal`)
 * that was not there and empties the database file that was there empty. A run that fails on a new
 * database (a full disk) calls it, so nothing is left that was not there. Null for a database with
 * content: its transactions keep it whole, and every batch written before a failure is kept.
 */
export function newDatabaseUndo(path: string): (() => void) | null {
  const size = statSync(path, { throwIfNoEntry: false })?.size ?? 0;
  if (size > 0) return null;
  const absent = DATABASE_FILES.map((ending) => `${path}${ending}`).filter((file) => !existsSync(file));
  return () => {
    for (const file of absent) rmSync(file, { force: true });
    if (!absent.includes(path)) truncateSync(path, 0);
  };
}

/** Whether `error` is SQLite's (its code `SQLITE_…`). */
export function isSqliteError(error: unknown): error is Error & { code: string } {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === "string" && code.startsWith("SQLITE_");
}
