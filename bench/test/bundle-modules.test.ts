import { describe, expect, it } from "vitest";
import { coreBundleModules, measureCoreBundles } from "../src/bundles.js";

describe("coreBundleModules", () => {
  it("measures the bundle the Bundles table does, and shares that add up to about its gzip", async () => {
    const [{ bundle, modules }, table] = await Promise.all([
      coreBundleModules("parse"),
      measureCoreBundles(),
    ]);
    expect(bundle).toEqual(table.find((row) => row.name === "@caixun/core { parse }"));
    const names = modules.map((share) => share.module);
    expect(names).toContain("src/parse.ts");
    expect(names).toContain("src/text/entities-data.ts");
    expect(new Set(names).size).toBe(names.length);
    // Sorted by share; each module's code minified alone keeps its top-level names' length, so the
    // shares add up to a little more than the real bundle, never less, and never far more.
    expect(modules.map((share) => share.gzipBytes)).toEqual(
      modules.map((share) => share.gzipBytes).sort((a, b) => b - a),
    );
    const total = modules.reduce((sum, share) => sum + share.gzipBytes, 0);
    expect(total).toBeGreaterThan(bundle.gzipBytes * 0.95);
    expect(total).toBeLessThan(bundle.gzipBytes * 1.2);
  }, 60_000);
});
