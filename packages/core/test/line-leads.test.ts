// LineLeads: which rules a line's opening words select. The credit grammar builds one from its word
// lists (the readings themselves are held by credit-grammar.test.ts's real lines).
import { describe, expect, it } from "vitest";
import { LineLeads } from "../src/credits/line-leads.js";

const EDITOR = 1 << 0;
const SOURCE = 1 << 1;
const REPOST = 1 << 2;
const leads = new LineLeads([
  ["责任编辑", "责编", "编辑"],
  ["文章", "本文", "来源"],
  ["本文", "转自"],
]);

describe("LineLeads", () => {
  it("selects every rule one of whose leads the line opens with", () => {
    expect(leads.rulesOpening("责任编辑：张恒星 SF142")).toBe(EDITOR);
    expect(leads.rulesOpening("编辑 | 马克")).toBe(EDITOR);
    expect(leads.rulesOpening("来源：证券时报网")).toBe(SOURCE);
    expect(leads.rulesOpening("转自：中新网四川")).toBe(REPOST);
    // A lead two rules share selects both.
    expect(leads.rulesOpening("本文转自【央视新闻客户端】；")).toBe(SOURCE | REPOST);
  });

  it("selects none for a line that opens otherwise, wherever its words stand", () => {
    expect(leads.rulesOpening("公司公告称，来源于本文的数据由编辑部核实。")).toBe(0);
    expect(leads.rulesOpening(" 来源：证券时报网")).toBe(0);
    expect(leads.rulesOpening("")).toBe(0);
    expect(leads.rulesOpening("责")).toBe(0);
  });
});

describe("LineLeads.rulesHeld", () => {
  it("selects every rule one of whose leads the text holds anywhere", () => {
    expect(leads.rulesHeld("公司公告称，来源于本文的数据由编辑部核实。")).toBe(EDITOR | SOURCE | REPOST);
    expect(leads.rulesHeld("据悉，文章转自某处")).toBe(SOURCE | REPOST);
    expect(leads.rulesHeld("新华社北京12月9日电")).toBe(0);
    expect(leads.rulesHeld("")).toBe(0);
  });
});
