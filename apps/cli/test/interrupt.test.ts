import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, SEEDS } from "./helpers/paths.js";
import { runCliUntilFirstOutput } from "./helpers/run-cli.js";

/** Enough inputs that a run is still going when the test interrupts it. */
const COPIES = 400;

let work: string;
let corpus: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "caixun-cli-interrupt-"));
  corpus = join(work, "corpus");
  mkdirSync(corpus);
  const seed = readFileSync(join(SEEDS, "000_ed6ab7b49aac3011.txt"));
  for (let i = 0; i < COPIES; i++) writeFileSync(join(corpus, `${String(i).padStart(4, "0")}.md`), seed);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Starts the CLI, sends SIGINT once `ready` says so, and resolves with how it ended. */
function interruptWhen(
  args: string[],
  ready: (stdout: string) => boolean,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: "1" } });
    let stdout = "";
    let stderr = "";
    let sent = false;
    const check = () => {
      if (!sent && ready(stdout)) {
        sent = true;
        child.kill("SIGINT");
      }
    };
    const poll = setInterval(check, 10);
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      check();
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(poll);
      resolve({ code, stdout, stderr });
    });
  });
}

describe("caixun parse interrupted with Ctrl-C", () => {
  it("closes a JSON array on stdout so it stays valid, and exits 130", async () => {
    const result = await interruptWhen(
      ["parse", corpus, "--format", "json", "--fields", "id", "--jobs", "1"],
      (out) => out.includes("}"),
    );
    expect(result.code).toBe(130);
    const articles = JSON.parse(result.stdout) as unknown[];
    expect(articles.length).toBeGreaterThan(0);
    expect(articles.length).toBeLessThan(COPIES);
    expect(result.stderr).toMatch(/^caixun: interrupted; \d+ parsed/);
  });

  it("leaves no output file and no temp file behind when writing -o", async () => {
    const out = join(work, "out");
    mkdirSync(out);
    const result = await interruptWhen(
      ["parse", corpus, "-o", join(out, "all.json"), "--errors", join(out, "errors.jsonl"), "--jobs", "1"],
      () => readdirSync(out).length === 2,
    );
    expect(result.code).toBe(130);
    expect(readdirSync(out)).toEqual([]);
  });
});

describe("caixun parse when the reader of stdout goes away", () => {
  it("stops quietly, as in `caixun parse corpus | head -1`", async () => {
    expect(await runCliUntilFirstOutput(["parse", corpus, "-q", "--jobs", "1"])).toEqual({
      code: 0,
      stderr: "",
    });
  });
});
