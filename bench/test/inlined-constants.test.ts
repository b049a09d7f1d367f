// The constants core's text loops test at every character are written as their values in a bundle of core:
// esbuild does so only for a constant declared in a module that imports nothing (speed47 found the character
// classes' bits bundled as `var`s from session 46, when char-class.ts began to import `heldConstant`, and the
// fingerprint's sizes so since they were written). Core built as the bench builds it, and as wrangler and a
// site's bundler build it (esbuild, syntax minified).
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { buildCore, type CoreBuild } from "../src/core-build.js";

const builds: CoreBuild[] = [];
afterAll(() => {
  for (const build of builds) build.remove();
});

/** Each module of constants (`packages/core/src/…`) and the names it declares. */
const CONSTANT_MODULES = {
  "text/char-class-bits.ts": [
    "SPACE",
    "COLLAPSIBLE",
    "UNCOUNTED",
    "HAN",
    "WORD",
    "NOISE",
    "CASED",
    "NFKC_STABLE",
  ],
  "assemble/fingerprint-sizes.ts": ["SHINGLE", "LEVELS"],
};

describe("the text loops' constants", () => {
  it("are declared in modules that import nothing", () => {
    for (const [module, names] of Object.entries(CONSTANT_MODULES)) {
      const source = readFileSync(new URL(`../../packages/core/src/${module}`, import.meta.url), "utf8");
      expect(source).not.toMatch(/^import /mu);
      for (const name of names) expect(source).toContain(`export const ${name} = `);
    }
  });

  it("are written as their values in core's bundle, never read from a binding", async () => {
    const build = await buildCore(".");
    builds.push(build);
    const bundle = readFileSync(build.file, "utf8");
    // Where the classes are tested: `classOf(code) & 2` in isCollapsed, `& 4` in the stats.
    expect(bundle).toMatch(/function isCollapsed\([^)]*\) \{[\s\S]*?classOf\(\w+\) & 2\)/u);
    expect(bundle).toMatch(/function measure\([^)]*\) \{[\s\S]*?kind & 4\)/u);
    // The fingerprint's loop: `++seen < 3`.
    expect(bundle).toMatch(/function simHash\([^)]*\) \{[\s\S]*?\+\+seen < 3\)/u);
    // No binding holds one of them (another module's `HAN` pattern text is no class bit).
    for (const name of Object.values(CONSTANT_MODULES).flat())
      expect(bundle, name).not.toMatch(new RegExp(`\\b${name} = \\d`, "u"));
  }, 120_000);
});
