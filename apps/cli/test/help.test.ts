import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { BIN } from "./helpers/paths.js";

describe("help piped into a reader that stops early", () => {
  it.each([["--help"], ["serve", "--help"], ["parse", "--help"]])(
    "caixun %s | head -1 ends quietly",
    async (...args) => {
      const result = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
        const child = spawn(process.execPath, [BIN, ...args]);
        let stderr = "";
        child.stdout.once("data", () => child.stdout.destroy());
        child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
          stderr += chunk;
        });
        child.on("error", reject);
        child.on("close", (code) => resolve({ code, stderr }));
      });
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
    },
  );
});
