// Fixture: `caixun parse datasets/dev/tune/hexo-rsshub/36kr__109亿股方正证券股票二拍流拍.md --format md`
// (a Hexo aggregator post of Rock-Candy-Tea/RSSHUB-PAGE: 36氪 carrying 财联社; see datasets/dev/SOURCES.tsv).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseFixture } from "../../../test/packs.js";
import { parse } from "../../parse.js";
import { articleToMarkdown } from "../../render/markdown.js";
import { loadSecurities } from "../../securities/entry.js";
import { splitFrontMatter } from "../../stages/front-matter.js";
import { PACKS } from "../index.js";
import { caixun } from "./index.js";

const fixture = new URL("./fixture.md", import.meta.url);
const original = new URL(
  "../../../../../datasets/dev/tune/hexo-rsshub/36kr__109亿股方正证券股票二拍流拍.md",
  import.meta.url,
);

describe("caixun pack", () => {
  const { bytes, withPack, withoutPack } = parseFixture(caixun, fixture);
  const text = new TextDecoder().decode(bytes);

  it("matches the front matter caixun writes, and no other generator's", () => {
    const { data, body } = splitFrontMatter(text);
    expect(caixun.matches({ data, hasFrontMatter: true, body })).toBe(true);
    const hexo = splitFrontMatter(readFileSync(original, "utf8"));
    expect(caixun.matches({ data: hexo.data, hasFrontMatter: true, body: hexo.body })).toBe(false);
    expect(caixun.matches({ data: { ...data, format: "rss" }, hasFrontMatter: true, body })).toBe(false);
  });

  it("reads the file back to the Article it was written from", () => {
    // As `caixun parse` read it: with the shipped securities dictionary.
    const article = parse(readFileSync(original), {
      filename: "36kr__109亿股方正证券股票二拍流拍.md",
      securities: loadSecurities(),
    });
    expect(withPack).toEqual(article);
    expect(articleToMarkdown(withPack)).toBe(text);
  });

  it("takes the stated id, provenance, securities, family and fields the body cannot give again", () => {
    expect(withPack.id).toBe("h5c4caf3f4745f077");
    expect(withPack.source).toEqual({ name: "财联社" });
    expect(withPack.via).toEqual(["36kr"]);
    expect(withPack.securities).toEqual([
      { code: "601901", market: "SH", name: "方正证券", how: "name", mentions: 4 },
    ]);
    expect(withPack.format).toBe("hexo-aggregator");
    expect(withPack.extra).toEqual({
      headimg: "https://picsum.photos/400/300?random=3225",
      comments: false,
      thumbnail: "https://picsum.photos/400/300?random=3225",
    });
    // Without the pack the file is a blog post: a hash of the Markdown for id, the provenance lost,
    // caixun's own fields in `extra`.
    expect(withoutPack.id).not.toBe("h5c4caf3f4745f077");
    expect(withoutPack.via).toEqual([]);
    expect(withoutPack.format).toBe("front-matter");
    expect(Object.keys(withoutPack.extra)).toContain("securities");
    expect(withoutPack.text).toBe(withPack.text);
  });

  it("reads the files earlier versions wrote (warnings as codes, no securities) for what they state", () => {
    const earlier = [
      "---",
      'id: "35587159352"',
      'title: "标题"',
      'date: "2022-04-08T09:57:00Z"',
      "source: null",
      'via: ["金色财经"]',
      "author: null",
      "editor: null",
      'categories: ["新媒体","金色财经","快讯"]',
      "tags: []",
      "originalUrl: null",
      'format: "hexo-aggregator"',
      "warnings: []",
      "---",
      "",
      "正文。",
    ].join("\n");
    const article = parse(earlier, { filename: "id35587159352.md" });
    expect(article).toMatchObject({
      id: "35587159352",
      via: ["金色财经"],
      format: "hexo-aggregator",
      publishedAt: "2022-04-08T09:57:00Z",
      extra: {},
      warnings: [],
    });
  });

  it("derives a field whose stated value has the wrong shape, as for any file", () => {
    const edited = text.replace('via: ["36kr"]', "via: []").replace('source: "财联社"', "source: 7");
    const article = parse(edited, { filename: "edited.md" });
    expect(article.via).toEqual([]);
    // As for the same file without the pack (whose `source: 7` names no outlet either).
    const packs = { ...PACKS, generators: PACKS.generators.filter((p) => p !== caixun) };
    expect(article.source).toEqual(parse(edited, { filename: "edited.md", packs }).source);
    expect(article.id).toBe("h5c4caf3f4745f077");
  });
});
