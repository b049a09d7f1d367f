import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { markdownTable, writeSection } from "../src/index.js";

const work = mkdtempSync(join(tmpdir(), "caixun-docs-writer-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("writeSection", () => {
  it("creates the file with a title, appends a new section and replaces its own, leaving the rest as it was", () => {
    const path = join(work, "benchmarks.md");
    writeSection(path, "a", "first\n", "Benchmarks");
    expect(readFileSync(path, "utf8")).toBe(
      "# Benchmarks\n\n<!-- section:a -->\nfirst\n<!-- /section:a -->\n",
    );
    writeFileSync(path, `${readFileSync(path, "utf8")}\nHand-written text.\n`);
    writeSection(path, "b", "second", "Benchmarks");
    writeSection(path, "a", "first, again", "Benchmarks");
    expect(readFileSync(path, "utf8")).toBe(
      "# Benchmarks\n\n<!-- section:a -->\nfirst, again\n<!-- /section:a -->\n\nHand-written text.\n\n" +
        "<!-- section:b -->\nsecond\n<!-- /section:b -->\n",
    );
    expect(readdirSync(work)).toEqual(["benchmarks.md"]);
  });
});

describe("markdownTable", () => {
  it("right-aligns and pads every column to its widest cell", () => {
    expect(
      markdownTable(
        ["what", "ms"],
        [
          ["picomatch", "1.5"],
          ["ours", "12.25"],
        ],
      ),
    ).toBe("|      what |    ms |\n| --------: | ----: |\n| picomatch |   1.5 |\n|      ours | 12.25 |");
  });
});
