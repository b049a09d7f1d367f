import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MAX_INPUT_SIZE } from "@caixun/core";
import { describe, expect, it } from "vitest";
import { processParseOptions } from "../dist/parse-job.js";
import { inputTooLarge, parseOutcomes } from "../dist/policy.js";
import { seed } from "./helpers/tree.js";

/** Bytes that are clearly not text: NULs spread through. */
function binaryBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i += 3) bytes[i] = (i * 7) & 0xff;
  return bytes;
}

describe("the input policy", () => {
  it("gives a news file its Article", () => {
    const outcomes = [...parseOutcomes(seed("000"), "000.txt")];
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["parsed"]);
    expect(outcomes[0]!.status === "parsed" && outcomes[0]!.article.id).toBe("NW202201302266849892");
  });

  it("fails bytes that are not text, never giving them as an article", () => {
    expect([...parseOutcomes(binaryBytes(300), "photo.md")]).toEqual([
      {
        status: "failed",
        failure: {
          code: "binary",
          message: "not a text file: 212 control character(s) such as NUL were removed",
        },
      },
    ]);
  });

  it("keeps an empty file as an article (with an empty-body warning), not a failure", () => {
    const [outcome] = [...parseOutcomes(new Uint8Array(0), "empty.md")];
    expect(outcome!.status).toBe("parsed");
    expect(outcome!.status === "parsed" && outcome!.article.warnings.map((w) => w.code)).toContain(
      "empty-body",
    );
  });

  it("fails input over the limit, with its size", () => {
    expect([...parseOutcomes("x".repeat(MAX_INPUT_SIZE + 1))]).toEqual([inputTooLarge(MAX_INPUT_SIZE + 1)]);
    expect(inputTooLarge(MAX_INPUT_SIZE + 1, "file").failure.message).toBe(
      "file is 16777217 bytes; the limit is 16777216 bytes (MAX_INPUT_SIZE)",
    );
    expect(inputTooLarge(null, "stdin").failure.message).toBe(
      "stdin goes on past the limit of 16777216 bytes (MAX_INPUT_SIZE); it was read no further",
    );
  });

  it("runs without Node: the policy module imports nothing but core", () => {
    const source = readFileSync(join(import.meta.dirname, "../src/policy.ts"), "utf8");
    // Imports may span lines (`import {\n  type Article,\n …} from "@caixun/core";`).
    const modules = [...source.matchAll(/^import [^;]*? from "([^"]+)";$/gm)].map((match) => match[1]);
    expect([...new Set(modules)]).toEqual([
      "@caixun/core",
      "@caixun/core/entities",
      "@caixun/core/parse-all",
      "@caixun/core/yaml",
    ]);
  });
});

describe("a run's rules document (processParseOptions)", () => {
  // A plain-text file with a closing line of its own that core keeps, unless a pack drops it.
  const text = "季度报告发布\n\n公司今日发布季度报告，营收增长。\n\n鸣谢各位读者\n\n分析师认为前景向好。\n";
  const texts = (rules?: string) =>
    [...parseOutcomes(text, "report.txt", processParseOptions(rules))].map((outcome) =>
      outcome.status === "parsed" ? outcome.article.text : outcome,
    );

  it("adds its packs to each parse", () => {
    expect(texts()).toEqual(["公司今日发布季度报告，营收增长。\n\n鸣谢各位读者\n\n分析师认为前景向好。"]);
    expect(texts(JSON.stringify({ name: "thanks-line", dropBlocks: ["鸣谢各位读者"] }))).toEqual([
      "公司今日发布季度报告，营收增长。\n\n分析师认为前景向好。",
    ]);
  });

  it("fails each input with core's reason when core refuses the document", () => {
    expect(texts(JSON.stringify({ name: "Thanks Line" }))).toEqual([
      {
        status: "failed",
        failure: {
          code: "invalid-rules",
          message: "pack.name: must be lower-case letters, digits and dashes (up to 64)",
        },
      },
    ]);
  });
});
