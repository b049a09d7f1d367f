import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CaixunError, DEFAULT_SETTINGS, PACKS, parse } from "../src/index.js";
import { handedOver } from "../src/pipeline/context.js";
import type { SourceDocument } from "../src/pipeline/document.js";
import { grow } from "../src/pipeline/pipeline.js";
import { InputSession } from "../src/readers/session.js";
import { resolveSettings } from "../src/settings.js";
import {
  advance,
  boilerplate,
  captions,
  credits,
  decode,
  detect,
  type ParseContext,
  readBody,
  readFile,
  runPipeline,
  type Stage,
  type Texted,
  text,
} from "../src/stages/index.js";
import { readMarkup } from "../src/stages/read-body.js";
import { seed } from "./helpers.js";

/** Freezes an object graph, so a stage that writes to what it was given throws. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

function contextOf(input: Uint8Array | string, filename?: string) {
  const decoded = decode(input);
  const read = readFile(decoded.text, filename);
  return {
    settings: DEFAULT_SETTINGS,
    packs: PACKS,
    warnings: [...decoded.warnings, ...read.warnings],
    document: read.document,
  };
}

describe("the pipeline", () => {
  it("is parse: decode, read the file, then the stages in order", () => {
    for (const index of [0, 1, 2, 3, 4]) {
      expect(runPipeline(contextOf(seed(index), `seed-${index}.txt`))).toEqual(
        parse(seed(index), { filename: `seed-${index}.txt` }),
      );
    }
  });

  it("has stages that return new values and leave what they were given untouched", () => {
    // Seed 004 exercises every block-level stage: boilerplate, a caption, credit lines, a repost.
    const body = readBody(detect(contextOf(seed(4))));
    const frozen = deepFreeze(body);
    const before = JSON.stringify(frozen.document.rawBlocks);
    const after = credits(captions(boilerplate(frozen)));
    expect(JSON.stringify(frozen.document.rawBlocks)).toBe(before);
    expect(after.document.rawBlocks).not.toBe(frozen.document.rawBlocks);
    expect(after.document.credits.via).toEqual(["中新网四川"]);
    expect(
      after.document.rawBlocks.some((raw) => raw.block.type === "image" && raw.block.caption !== null),
    ).toBe(true);
  });

  it("narrows the registry to the packs that apply, at detection", () => {
    const detected = detect(contextOf(seed(0)));
    expect(detected.packs.generators.map((pack) => pack.name)).toEqual(["finews"]);
    expect(detected.packs.content.map((pack) => pack.name)).toEqual(["eastmoney"]);
    expect(detected.document).toMatchObject({ format: "finews-jekyll", syntax: "markdown" });
  });

  it("takes a stage of one's own, typed by what it needs and adds", () => {
    const shout: Stage<Texted, Pick<Texted, "text">> = (context) =>
      advance(context, { text: context.document.text.toUpperCase() });
    const context: ParseContext<Texted> = shout(text(readBody(detect(contextOf("Title\nsome text.")))));
    expect(context.document.text).toBe("SOME TEXT.");
  });
});

/** Every field of a reader's document, as its type declares them: the compiler checks that none is missing. */
const SOURCE_FIELDS: Record<keyof SourceDocument, true> = {
  data: true,
  hasFrontMatter: true,
  body: true,
  bodyLine: true,
  syntax: true,
  raw: true,
  filename: true,
  ref: true,
  format: true,
  id: true,
  originalUrl: true,
  channel: true,
  securities: true,
  summary: true,
  timeless: true,
};

/** The documents the record readers hand to the pipeline for `input`, as `parseAllSync` reads it. */
function recordDocuments(input: Uint8Array): SourceDocument[] {
  const documents: SourceDocument[] = [];
  const options = {
    settings: DEFAULT_SETTINGS,
    packs: PACKS,
    filename: undefined,
    mapping: null,
    firstLine: 1,
  };
  const session = new InputSession(options, undefined, (document) => documents.push(document));
  [...session.push(input), ...session.end()];
  return documents;
}

describe("the handed-over document", () => {
  // Real inputs of both kinds of reader: the five seed files (one document each) and two record exports,
  // test/fixtures/csv/news163.csv (Super-Brother/news, news_data.csv at 7bf9b639, see csv.test.ts) and
  // test/fixtures/sql/pg-dump-news.sql (see sql.test.ts).
  const fixture = (path: string) => readFileSync(join(import.meta.dirname, "fixtures", path));
  const documents = [
    ...[0, 1, 2, 3, 4].map((index) => contextOf(seed(index), `seed-${index}.txt`).document),
    ...recordDocuments(fixture("csv/news163.csv")),
    ...recordDocuments(fixture("sql/pg-dump-news.sql")),
  ];
  const contextWith = (document: SourceDocument) => ({
    settings: DEFAULT_SETTINGS,
    packs: PACKS,
    warnings: [],
    document,
  });

  it("is made with room for every field a stage adds, and for no other", () => {
    expect(documents.length).toBeGreaterThan(8);
    const preset = Object.keys(handedOver(contextWith(documents[0]!)).document);
    const added = new Set<string>();
    for (const document of documents) {
      // The stages on a document not handed over copy it at each stage: what it ends with is what they add.
      const grown = Object.keys(grow(contextWith(document), readMarkup).document);
      expect(grown.filter((key) => !preset.includes(key))).toEqual([]);
      for (const key of grown) if (!(key in document)) added.add(key);
    }
    expect(preset.filter((key) => !(key in SOURCE_FIELDS) && !added.has(key))).toEqual([]);
    expect(preset.length).toBe(Object.keys(SOURCE_FIELDS).length + added.size);
  });

  it("gives the Article the document not handed over gives", () => {
    for (const document of documents) {
      const before = JSON.stringify(document);
      expect(runPipeline(handedOver(contextWith(document)))).toStrictEqual(
        runPipeline(contextWith(document)),
      );
      expect(JSON.stringify(document)).toBe(before);
    }
  });
});

describe("ParseSettings", () => {
  it("changes a threshold for one call and leaves the defaults alone", () => {
    const input = "标题\n第一段。\n短小的小节标题\n第二段。";
    expect(parse(input).blocks[1]).toEqual({ type: "heading", level: 3, text: "短小的小节标题" });
    // Too long to be a heading now, and unpunctuated: a hard-wrapped line, joined to the next.
    expect(parse(input, { settings: { plainHeadingMaxLength: 5 } }).blocks[1]).toEqual({
      type: "paragraph",
      text: "短小的小节标题第二段。",
    });
    expect(parse(input).blocks[1]!.type).toBe("heading");
  });

  it("keeps the two heading rules apart: bold lines in markup up to 60, plain lines up to 30", () => {
    const line = "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五"; // 35
    expect(parse(`<p>正文。</p><p><strong>${line}</strong></p><p>正文。</p>`).blocks[1]!.type).toBe(
      "heading",
    );
    expect(parse(`标题\n正文。\n${line}\n正文。`).blocks[1]!.type).toBe("paragraph");
    expect(DEFAULT_SETTINGS.boldHeadingMaxLength).toBe(60);
    expect(DEFAULT_SETTINGS.plainHeadingMaxLength).toBe(30);
  });

  it("bounds the input by maxInputBytes", () => {
    expect(() => parse("0123456789", { settings: { maxInputBytes: 5 } })).toThrow(CaixunError);
  });

  it("rejects unknown names and values out of range with a typed error", () => {
    const invalid = (settings: object) => {
      try {
        resolveSettings(settings);
        return null;
      } catch (error) {
        return (error as CaixunError).code;
      }
    };
    expect(invalid({ plainHeadingMaxLenght: 40 })).toBe("invalid-settings");
    expect(invalid({ captionMaxLength: -1 })).toBe("invalid-settings");
    expect(invalid({ captionMaxLength: 1.5 })).toBe("invalid-settings");
    expect(invalid({ binaryControlShare: 2 })).toBe("invalid-settings");
    expect(invalid({ binaryControlShare: 0.2, captionMaxLength: 10 })).toBeNull();
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
  });

  it("resolves a frozen overrides object once, and an unfrozen one at every call", () => {
    const frozen = Object.freeze({ captionMaxLength: 10 });
    const first = resolveSettings(frozen);
    expect(first.captionMaxLength).toBe(10);
    expect(resolveSettings(frozen)).toBe(first);
    expect(resolveSettings({ captionMaxLength: 10 })).not.toBe(first);
    const overrides: Record<string, number> = { captionMaxLength: 10 };
    expect(resolveSettings(overrides).captionMaxLength).toBe(10);
    overrides.captionMaxLength = 12;
    expect(resolveSettings(overrides).captionMaxLength).toBe(12);
    overrides.captionMaxLength = -1;
    expect(() => parse("标题\n正文。", { settings: overrides })).toThrow(CaixunError);
    expect(() => resolveSettings(Object.freeze({ captionMaxLength: -1 }))).toThrow(CaixunError);
  });
});
