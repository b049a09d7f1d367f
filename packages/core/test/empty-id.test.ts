import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";

describe("ids of empty files", () => {
  it("differ by file name, so empty files never overwrite each other in a store", () => {
    const a = parse("", { filename: "corpus/a.md" }).id;
    const b = parse("  \n", { filename: "corpus/b.md" }).id;
    expect(a).toMatch(/^h[0-9a-f]{16}$/);
    expect(b).toMatch(/^h[0-9a-f]{16}$/);
    expect(a).not.toBe(b);
    expect(parse("", { filename: "corpus/a.md" }).id).toBe(a);
  });

  it("leave files with content known by their content, whatever their name", () => {
    expect(parse("正文。", { filename: "a.md" }).id).toBe(parse("正文。", { filename: "b.md" }).id);
  });
});
