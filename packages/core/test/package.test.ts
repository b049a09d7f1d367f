import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { runInNewContext } from "node:vm";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { SEEDS, seed } from "./helpers.js";

const CORE = resolve(import.meta.dirname, "..");
const seedText = (index: number) => new TextDecoder().decode(seed(index));

describe("core in the browser", () => {
  it("bundles for the browser platform with no Node built-in, and runs with only web globals", async () => {
    // esbuild refuses to resolve fs, path, Buffer users and node: imports for platform "browser".
    const result = await build({
      entryPoints: [join(CORE, "src/index.ts")],
      bundle: true,
      platform: "browser",
      format: "iife",
      globalName: "caixun",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    expect(result.errors).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((path) => /(^|\/)node:|__vite-browser-external/.test(path))).toEqual([]);
    const code = result.outputFiles[0]!.text;
    const sandbox: Record<string, unknown> = { TextDecoder, TextEncoder, Intl, atob, btoa, console };
    runInNewContext(`${code}\nglobalThis.result = caixun.parse(input, { filename: "004.txt" });`, {
      ...sandbox,
      globalThis: sandbox,
      input: seedText(4),
    });
    const article = sandbox.result as { source: { name: string }; via: string[] };
    expect(article.source.name).toBe("雅安日报");
    expect(article.via).toEqual(["中新网四川", "趣头条"]);
  });
});

const SHARED_SEEDS = join(CORE, "../../../shared/seeds");

it.skipIf(!existsSync(SHARED_SEEDS))(`ships the seeds byte for byte (needs ${SHARED_SEEDS})`, () => {
  for (const name of SEEDS) {
    expect(readFileSync(join(CORE, "../../seeds", name))).toEqual(readFileSync(join(SHARED_SEEDS, name)));
  }
});
