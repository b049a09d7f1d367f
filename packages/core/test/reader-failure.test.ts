// A reader that throws on input nobody foresaw (`readers/whole-file.ts`' `WholeFileReader.end`): before session 39, a
// Typst table of `columns: 999999999` threw a RangeError out of `parseAll` (the API answered 500) while `parse`
// salvaged it. The reader is made to throw here, so the guard is tested whatever reader fails next.
import { describe, expect, it, vi } from "vitest";
import { parse } from "../src/index.js";
import { parseAllSync } from "../src/parse-all.js";

vi.mock("../src/readers/typst.js", () => ({
  readTypstPage: (text: string) => {
    if (text.startsWith("#set")) throw new RangeError("Invalid string length");
    return null;
  },
}));

const PAGE = '#set text(lang: "zh")\n= 债券\n债券说白了就是借条。\n';

describe("a reader that throws", () => {
  it("leaves parseAll's text read whole with parse-failed, as parse salvages it, not the stream thrown", () => {
    const results = [...parseAllSync(PAGE, { filename: "债券.typ" })];
    expect(results).toHaveLength(1);
    const [only] = results;
    expect(only?.ok && [only.article.title, only.article.text]).toEqual([
      '#set text(lang: "zh")',
      "= 债券\n\n债券说白了就是借条。",
    ]);
    expect(only?.ok && only.article.warnings.find((w) => w.code === "parse-failed")?.message).toBe(
      "the parser failed (Invalid string length); the text was kept line by line",
    );
    expect(parse(PAGE, { filename: "债券.typ" }).warnings.map((w) => w.code)).toContain("parse-failed");
  });
});
