import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runInNewContext } from "node:vm";
import { build } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
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

describe("the npm package", () => {
  const work = mkdtempSync(join(tmpdir(), "caixun-pack-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("packs to a tarball that installs and parses a seed in a clean folder", () => {
    execFileSync("npm", ["pack", "--pack-destination", work], { cwd: CORE, stdio: "pipe" });
    const tarball = execFileSync("sh", ["-c", "ls *.tgz"], { cwd: work, encoding: "utf8" }).trim();
    const contents = execFileSync("tar", ["-tzf", join(work, tarball)], { encoding: "utf8" });
    expect(contents).toContain("package/dist/index.js");
    expect(contents).toContain("package/dist/index.d.ts");
    expect(contents).toContain("package/dist/article.schema.json");
    expect(contents).toContain("package/README.md");
    expect(contents).not.toContain("package/src/");
    expect(contents).not.toContain("package/test/");

    const app = join(work, "app");
    execFileSync("mkdir", ["-p", app]);
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
    execFileSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", join(work, tarball)], {
      cwd: app,
      stdio: "pipe",
    });
    writeFileSync(join(app, "seed.txt"), seed(0));
    writeFileSync(
      join(app, "main.mjs"),
      [
        'import { readFileSync } from "node:fs";',
        'import { createRequire } from "node:module";',
        'import { parse } from "@caixun/core";',
        'const schema = createRequire(import.meta.url)("@caixun/core/article.schema.json");',
        'const a = parse(readFileSync("seed.txt"), { filename: "seed.txt" });',
        "console.log(JSON.stringify({ id: a.id, title: a.title, source: a.source, schema: schema.title }));",
      ].join("\n"),
    );
    const output = execFileSync("node", ["main.mjs"], { cwd: app, encoding: "utf8" });
    expect(JSON.parse(output)).toEqual({
      id: "NW202201302266849892",
      title: "连续六年！中国太保产、寿险双膺经营评价A级",
      source: { name: "北方网", slug: "beifangwang" },
      schema: "Article",
    });
  }, 180_000);
});

const SHARED_SEEDS = join(CORE, "../../../shared/seeds");

it.skipIf(!existsSync(SHARED_SEEDS))(`ships the seeds byte for byte (needs ${SHARED_SEEDS})`, () => {
  for (const name of SEEDS) {
    expect(readFileSync(join(CORE, "../../seeds", name))).toEqual(readFileSync(join(SHARED_SEEDS, name)));
  }
});
