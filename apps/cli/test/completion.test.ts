import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { runCli } from "./helpers/run-cli.js";

/** Completions bash would offer for the words typed so far (the last one being completed). */
function complete(script: string, words: string[]): string[] {
  const program = `${script}\nCOMP_WORDS=(${words.map((word) => `'${word}'`).join(" ")}); COMP_CWORD=${words.length - 1}; _caixun_completion; printf '%s\\n' "\${COMPREPLY[@]}"`;
  return execFileSync("bash", ["-c", program], { encoding: "utf8" }).split("\n").filter(Boolean);
}

describe("caixun completion", () => {
  const script = runCli(["completion", "bash"]).stdout;

  it("completes commands, subcommands, options and option values from the program's own definitions", () => {
    expect(complete(script, ["caixun", "s"])).toEqual(["stats", "stories", "site", "serve"]);
    expect(complete(script, ["caixun", "site", ""])).toEqual(["build", "serve"]);
    expect(complete(script, ["caixun", "parse", "seeds", "--fo"])).toEqual(["--format", "--format-in"]);
    expect(complete(script, ["caixun", "parse", "-f", "j"])).toEqual(["jsonl", "json"]);
    expect(complete(script, ["caixun", "site", "build", "--base"])).toEqual(["--base-url"]);
  });

  it("prints the zsh variant through bashcompinit and refuses other shells", () => {
    expect(runCli(["completion", "zsh"]).stdout).toMatch(/^autoload -U \+X bashcompinit && bashcompinit\n/);
    const fish = runCli(["completion", "fish"]);
    expect(fish.code).toBe(2);
    expect(fish.stderr).toContain("no completion for fish");
  });
});
