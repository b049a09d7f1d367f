import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "@caixun/core";
import { afterAll, describe, expect, it } from "vitest";
import { onePassReference } from "../src/cli-figures.js";
import { buildCore } from "../src/core-build.js";
import { generateCorpus } from "../src/corpus/generate.js";
import { harvestPieces } from "../src/corpus/pieces.js";
import { readRealFiles } from "../src/corpus/real-files.js";
import { generatedFiles } from "../src/inputs.js";

const COUNT = 50;
const pieces = harvestPieces(readRealFiles());
const scratch = mkdtempSync(join(tmpdir(), "caixun-bench-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every file under `dir`, relative path → bytes. */
function readTree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const name of readdirSync(dir, { recursive: true, encoding: "utf8" }).sort()) {
    if (/\.(?:md|txt)$/.test(name)) files.set(name, readFileSync(join(dir, name)));
  }
  return files;
}

describe("the corpus generator", () => {
  const first = join(scratch, "first");
  const again = join(scratch, "again");
  const other = join(scratch, "other");
  const summary = generateCorpus(pieces, { count: COUNT, seed: 7, out: first });
  generateCorpus(pieces, { count: COUNT, seed: 7, out: again });
  generateCorpus(pieces, { count: COUNT, seed: 8, out: other });

  it("writes byte-identical files for the same seed, and different ones for another seed", () => {
    const a = readTree(first);
    expect(a.size).toBe(COUNT);
    expect(readTree(again)).toEqual(a);
    expect(readTree(other)).not.toEqual(a);
  });

  it("makes files of all three families", () => {
    expect(summary.byFamily["finews-jekyll"]).toBeGreaterThan(0);
    expect(summary.byFamily["hexo-aggregator"]).toBeGreaterThan(0);
    expect(summary.byFamily["plain-text"]).toBeGreaterThan(0);
    const formats = new Set([...readTree(first).values()].map((bytes) => parse(bytes).format));
    expect(formats).toEqual(new Set(["finews-jekyll", "hexo-aggregator", "plain-text"]));
  });

  it("makes files that caixun parses without falling back to salvage", () => {
    for (const [name, bytes] of readTree(first)) {
      const article = parse(bytes, { filename: name });
      expect(
        article.warnings.map((w) => w.code),
        name,
      ).not.toContain("parse-failed");
      expect(article.text, name).not.toBe("");
    }
  });
});

describe("the CLI's one-pass reference", () => {
  const out = join(scratch, "reference");
  generateCorpus(pieces, { count: COUNT, seed: 7, out });

  it("reads any slice of the generated files in generation order, as bytes", () => {
    const all = generatedFiles(out, COUNT);
    expect(all).toHaveLength(COUNT);
    const tree = [...readTree(out).values()];
    expect(all.map((file) => Buffer.from(file.raw))).toEqual(tree);
    expect(generatedFiles(out, 3, 10)).toEqual(all.slice(10, 13));
  });

  it("parses each file once in a fresh process and counts the loading of core in its CPU time", async () => {
    const core = await buildCore(".");
    try {
      const reference = onePassReference(core.file, out, COUNT);
      expect(reference.files).toBe(COUNT);
      expect(reference.failures).toBe(0);
      expect(reference.loadMs).toBeGreaterThan(0);
      expect(reference.cpuMs).toBeGreaterThan(reference.loadMs);
    } finally {
      core.remove();
    }
  }, 60_000);
});
