// Fixture: Rock-Candy-Tea/RSSHUB-PAGE at a49516f3 (also datasets/dev/tune/hexo-rsshub), whole: a Hexo
// post carrying a 新浪财经 article page.
import { describe, expect, it } from "vitest";
import { parseFixture, rulesSchemaErrors } from "../../../test/packs.js";
import { sinaFinance } from "./index.js";
import { rulesDocument } from "./rules.js";

const fixture = new URL("./fixture.md", import.meta.url);

describe("sina-finance pack", () => {
  const { withPack, withoutPack } = parseFixture(sinaFinance, fixture);

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
});
