import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import Database from "better-sqlite3";
import { afterAll, describe, expect, test } from "vitest";

const work = mkdtempSync(join(tmpdir(), "caixun-store-migrate-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Opens `file` with openSqlite in a process of its own; resolves with its exit code and stderr. */
function openInProcess(file: string): Promise<{ code: number | null; stderr: string }> {
  const sqlite = pathToFileURL(join(import.meta.dirname, "../dist/sqlite.js")).href;
  const script = `const { openSqlite } = await import(${JSON.stringify(sqlite)}); openSqlite(${JSON.stringify(file)}).close();`;
  const child = spawn(process.execPath, ["--input-type=module", "-e", script], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stderr })));
}

describe("migrations", () => {
  test("several processes opening one new file at once apply each migration once", async () => {
    for (let round = 0; round < 3; round++) {
      const file = join(work, `race-${round}.db`);
      const results = await Promise.all(Array.from({ length: 4 }, () => openInProcess(file)));
      for (const result of results) expect(result, result.stderr).toMatchObject({ code: 0 });
      const db = new Database(file, { readonly: true });
      const names = (db.prepare("SELECT name FROM d1_migrations").all() as { name: string }[]).map(
        (r) => r.name,
      );
      db.close();
      expect(names).toEqual([...new Set(names)]);
      expect(names.length).toBeGreaterThan(0);
    }
  });
});
