// The one home of per-parse memos (`pipeline/per-parse.ts`): every registered memo is emptied as each
// document's pipeline starts, by `parse` and by `parseAll`, so no memo holds an earlier input's text.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { parseAllSync } from "../src/parse-all.js";
import { forgetEachParse } from "../src/pipeline/per-parse.js";

const fixture = (name: string) => readFileSync(new URL(`fixtures/jsonl/${name}`, import.meta.url));

describe("per-parse memos", () => {
  let forgotten = 0;
  forgetEachParse(() => forgotten++);

  it("are forgotten once as a parse starts", () => {
    forgotten = 0;
    const article = parse(
      "# 宝马在美召回1.67万辆摩托车\n\n美国国家公路交通安全管理局7月29日公布召回信息。\n",
      {
        filename: "recall.md",
      },
    );
    expect(article.title).toBe("宝马在美召回1.67万辆摩托车");
    expect(forgotten).toBe(1);
  });

  it("are forgotten before each record of a dump (a real eastmoney 7x24 export cut mid-record at both ends)", () => {
    forgotten = 0;
    const results = [
      ...parseAllSync(fixture("eastmoney-split-part.jsonl"), { filename: "eastmoney-split-part.jsonl" }),
    ];
    // The part opens and ends mid-record: those two are failures, read by no pipeline.
    expect(results.map((result) => result.ok)).toEqual([false, true, true, false]);
    expect(forgotten).toBe(2);
  });
});
