// Fixture: Rock-Candy-Tea/RSSHUB-PAGE at a49516f3 (also datasets/dev/tune/hexo-rsshub), whole: a Hexo
// post carrying a 新浪财经 article page.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO } from "../../../test/helpers.js";
import { parseFixture, rulesSchemaErrors } from "../../../test/packs.js";
import { parse } from "../../index.js";
import { sinaFinance } from "./index.js";
import { rulesDocument } from "./rules.js";

const fixture = new URL("./fixture.md", import.meta.url);

describe("sina-finance pack", () => {
  const { withPack, withoutPack } = parseFixture(sinaFinance(), fixture);

  it("is a valid JSON rule pack", () => {
    expect(rulesSchemaErrors(rulesDocument())).toBeNull();
  });

  it("drops the app promotion and the account-opening widget after the story, with their QR codes", () => {
    expect(withoutPack.text).toContain("海量资讯、精准解读，尽在新浪财经APP");
    const qr = [
      "https://n.sinaimg.cn/finance/200/w500h500/20220216/303e-b2864e7bf4f7e5ecede113b90b5a53c9.png",
      "https://n.sinaimg.cn/finance/cece9e13/20200514/343233024.png",
    ];
    expect(withoutPack.images.map((image) => image.src)).toEqual(expect.arrayContaining(qr));
    expect(withPack.text).not.toContain("海量资讯");
    expect(withPack.text).not.toContain("股民福利来了");
    expect(withPack.images.map((image) => image.src)).not.toEqual(expect.arrayContaining([qr[0]]));
    expect(withPack.images).toHaveLength(withoutPack.images.length - 2);
    expect(withPack.text.endsWith("公司股票质押等业务计提信用减值损失。")).toBe(true);
  });

  it("reads the editor, whose line carries a staff code", () => {
    expect(withPack.editor).toBe("张恒星");
    expect(withPack.text).not.toContain("SF142");
  });

  it("keeps the stock names the quote spans wrap, and reads their codes", () => {
    expect(withPack.text).toContain("东方财富证券");
    expect(withPack.securities.map((s) => `${s.code}.${s.market}`)).toContain("300059.SZ");
  });

  // A 新浪新闻 roll crawler's saved records (maoding1/sinaCrawler, news.json, commit
  // e1f0498cdbf75d5ec7c548d4478eceb766f8a955; datasets/fresh-54/crawler-json-output), two objects verbatim.
  it("names 新浪财经 the carrier of another outlet's story its sign-off closes; its byline 市场资讯 is 新浪财经", () => {
    const records = join(REPO, "datasets/fresh-54/crawler-json-output");
    const gelonghui = parse(readFileSync(join(records, "sinaCrawler__news__netease.json"), "utf8"));
    expect(gelonghui).toMatchObject({ source: { name: "格隆汇" }, via: ["新浪财经"], editor: "张俊" });
    const nbd = parse(readFileSync(join(records, "sinaCrawler__news__chuantou-nbd.json"), "utf8"));
    expect(nbd).toMatchObject({ source: { name: "每日经济新闻" }, via: ["新浪财经"] });
  });

  it("drops the topic page a story is filed under (专题：…), linked over its 来源 line", () => {
    const records = join(REPO, "datasets/fresh-54/crawler-json-output");
    const c3ai = parse(readFileSync(join(records, "sinaCrawler__news__c3ai.json"), "utf8"));
    expect(c3ai).toMatchObject({ source: { name: "格隆汇" }, via: ["新浪财经"], editor: "郭明煜" });
    expect(c3ai.text.startsWith("AI软件服务提供商C3.ai(AI.US)涨22.6%，报36.41美元。")).toBe(true);
  });
});
