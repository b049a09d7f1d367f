import { describe, expect, it } from "vitest";
import { runCliUntilFirstOutput } from "./helpers/run-cli.js";

describe("help piped into a reader that stops early", () => {
  it.each([["--help"], ["serve", "--help"], ["parse", "--help"]])(
    "caixun %s | head -1 ends quietly",
    async (...args) => {
      expect(await runCliUntilFirstOutput(args)).toEqual({ code: 0, stderr: "" });
    },
  );
});
