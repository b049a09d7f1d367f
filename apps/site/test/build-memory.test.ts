import { execFile } from "node:child_process";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const SITE = join(import.meta.dirname, "..");
/**
 * The heap the build is given in the child. The hostile set's build holds about 40 MiB live; harden55's tokenizer held
 * every `Intl.Segmenter` segment of a line at once, and V8 gives each segment its own copy of the span it came from
 * (3.6 KB a segment of a 2,000-character span), so the one 900,000-character line held 2.5 GB and the build peaked at
 * 2.6 GiB (thirty-fifth round, session 58, docs/reliability.md). Under this cap that build dies of heap exhaustion.
 */
const HEAP_MIB = 512;
/** Peak resident memory the child may reach: the build itself, tsx, V8 and ICU (about 200 MiB in the round). */
const RSS_BOUND_MIB = 1024;
/** Enough articles to hold an empty one (0), a 10,000-character title (10) and the 900,000-character line (20). */
const ARTICLES = 40;

let work: string;
let measured: { articles: number; pages: number; maxRssMiB: number };

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "caixun-build-memory-"));
  // A child of its own: its peak resident memory is the build's, not the test runner's.
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      `--max-old-space-size=${HEAP_MIB}`,
      "--expose-gc",
      "--import",
      "tsx",
      "scripts/measure-memory.ts",
      String(ARTICLES),
      join(work, "site"),
      "--hostile",
    ],
    { cwd: SITE, maxBuffer: 1 << 20 },
  );
  measured = JSON.parse(stdout.trim().split("\n").at(-1)!);
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("the build's memory on hostile Articles (a 900,000-character line among them)", () => {
  it("builds every article within the heap cap", async () => {
    expect(measured.articles).toBe(ARTICLES);
    expect(await readdir(join(work, "site", "article"))).toHaveLength(ARTICLES);
  });

  it("peaks under the bound", () => {
    expect(measured.maxRssMiB).toBeLessThan(RSS_BOUND_MIB);
  });
});
