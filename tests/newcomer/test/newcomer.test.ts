/**
 * The project as a newcomer meets it: a fresh clone of the committed repository, README's first
 * command (`npm run quickstart`; the second, `npm test`, is the suite this test belongs to), then
 * every example of README.md, docs/*.md and the packages' READMEs, run as written, in document
 * order, in the clone. Examples are found, not listed (see src/examples.ts for the directives that
 * mark a block as not runnable, with a reason).
 *
 * The clone has `../shared` beside it when the repository has; examples that read `../shared` are
 * skipped with a message when it is absent. npm's global folder is the test's own, so the
 * quickstart's `npm link` puts `caixun` on this test's PATH and nowhere else; `pnpm` is
 * `npx -y pnpm@<pinned>`, as README says to use it where pnpm is not installed.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shellScript } from "../src/example-script.js";
import { type Example, findExamples } from "../src/examples.js";
import { pnpmCommand, run, runOk } from "../src/run.js";
import { REPO, SHARED } from "../src/workspace.js";

const HAS_SHARED = existsSync(SHARED);
const examples = findExamples(REPO);
const work = mkdtempSync(join(tmpdir(), "caixun-newcomer-"));
const clone = join(work, "caixun");
const prefix = join(work, "npm-global");
const shims = join(work, "bin");

/** A newcomer's environment: none of the variables pnpm, turbo or vitest set for this run. */
function newcomerEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^(npm_|PNPM_|TURBO_|VITEST|INIT_CWD$|NODE_ENV$|NODE_OPTIONS$)/i.test(name)) env[name] = value;
  }
  return {
    ...env,
    npm_config_prefix: prefix,
    npm_config_update_notifier: "false",
    PATH: `${join(prefix, "bin")}:${shims}:${env.PATH}`,
    NO_COLOR: "1",
  };
}

let quickstart: { stdout: string; stderr: string };

beforeAll(() => {
  runOk("git", ["clone", "-q", REPO, clone], { cwd: work });
  if (HAS_SHARED) symlinkSync(SHARED, join(work, "shared"));
  mkdirSync(join(prefix, "bin"), { recursive: true });
  mkdirSync(shims);
  const [npx, args] = pnpmCommand();
  writeFileSync(join(shims, "pnpm"), `#!/bin/sh\nexec ${npx} ${args.join(" ")} "$@"\n`, { mode: 0o755 });
  quickstart = runOk("npm", ["run", "quickstart"], { cwd: clone, env: newcomerEnv(), timeoutMs: 900_000 });
});

afterAll(() => {
  // The link lives in this test's own prefix; remove the folder and it is gone.
  if (existsSync(join(prefix, "bin", "caixun"))) unlinkSync(join(prefix, "bin", "caixun"));
  rmSync(work, { recursive: true, force: true });
});

describe("a fresh clone", () => {
  it("quick start parses the seeds and leaves a working caixun on the PATH", () => {
    expect(quickstart.stdout).toContain("连续六年！中国太保产、寿险双膺经营评价A级");
    expect(quickstart.stderr).toContain(
      `quickstart: caixun is on your PATH (${join(prefix, "bin")}/caixun -> apps/cli)`,
    );
    const which = runOk("sh", ["-c", "command -v caixun && caixun --version"], {
      cwd: work,
      env: newcomerEnv(),
    });
    expect(which.stdout.split("\n")[0]).toBe(join(prefix, "bin", "caixun"));
  });
});

const label = (example: Example) => `${example.file}:${example.line} (${example.language})`;

describe("every documented example, as written", () => {
  it("finds the examples of README and docs", () => {
    expect(examples.filter((example) => example.file === "README.md").length).toBeGreaterThanOrEqual(4);
    expect(examples.some((example) => example.file.startsWith("docs/"))).toBe(true);
  });

  for (const example of examples) {
    if (example.notRun !== undefined) {
      it.skip(`${label(example)} — not run: ${example.notRun}`, () => undefined);
      continue;
    }
    const needsShared = /\.\.\/shared\b/.test(`${example.code} ${example.runIn ?? ""}`);
    it.skipIf(needsShared && !HAS_SHARED)(
      `${label(example)}${needsShared && !HAS_SHARED ? ` — skipped: ${SHARED} is absent` : ""}`,
      () => {
        const cwd = join(clone, example.runIn ?? ".");
        const servers = join(work, `servers-${example.line}`);
        let result: ReturnType<typeof run>;
        try {
          result =
            example.language === "ts" || example.language === "js"
              ? runProgram(example, cwd)
              : run("bash", ["-c", shellScript(example)], {
                  cwd,
                  env: { ...newcomerEnv(), EXAMPLE_SERVERS: servers },
                  timeoutMs: 600_000,
                });
        } finally {
          stopServers(servers);
        }
        expect(
          result.status,
          `${label(example)}\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`,
        ).toBe(0);
      },
    );
  }
});

/** Kills the process groups of the servers a block started, if the block could not stop them itself. */
function stopServers(list: string): void {
  if (!existsSync(list)) return;
  for (const pid of readFileSync(list, "utf8").split("\n").filter(Boolean)) {
    try {
      process.kill(-Number(pid), "SIGKILL");
    } catch {
      // Already stopped by the block, as it should be.
    }
  }
  rmSync(list, { force: true });
}

/**
 * The package a program example belongs to: the one whose README holds it, else core. The example
 * is written inside that package, where the package's own name resolves to itself (the name a
 * user imports), and runs with tsx in the example's folder.
 */
function programHome(file: string): string {
  return /^((?:packages|apps)\/[^/]+)\/README\.md$/.exec(file)?.[1] ?? "packages/core";
}

function runProgram(example: Example, cwd: string) {
  const file = join(
    clone,
    programHome(example.file),
    `.example-${example.file.replace(/\W/g, "-")}-${example.line}.${example.language}`,
  );
  writeFileSync(file, example.code);
  try {
    return run(join(clone, "packages", "core", "node_modules", ".bin", "tsx"), [file], {
      cwd,
      env: newcomerEnv(),
      timeoutMs: 120_000,
    });
  } finally {
    rmSync(file, { force: true });
  }
}
