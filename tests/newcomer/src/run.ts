import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO } from "./workspace.js";

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  input?: string;
  timeoutMs?: number;
}

/** Runs a program to its end and returns what it printed; never throws on a non-zero exit. */
export function run(command: string, args: readonly string[], options: RunOptions): RunResult {
  const result = spawnSync(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    input: options.input ?? "",
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    timeout: options.timeoutMs ?? 600_000,
    killSignal: "SIGKILL",
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Fails with everything the program printed when it did not exit 0. */
export function runOk(command: string, args: readonly string[], options: RunOptions): RunResult {
  const result = run(command, args, options);
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(" ")} (in ${options.cwd}) exited ${result.status}\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result;
}

/** `npx -y pnpm@<the version packageManager pins>`: the pnpm the project says to use. */
export function pnpmCommand(): [string, string[]] {
  const { packageManager } = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as {
    packageManager: string;
  };
  return ["npx", ["-y", packageManager]];
}
