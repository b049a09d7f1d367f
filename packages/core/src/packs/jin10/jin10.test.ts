// Fixtures: cc5207597-hash/daily-stock-news history/日报_20260820.json at 646b73b7, the record analyzed[15], its fields verbatim (re-indented)
// (fixture.json; also datasets/fresh-96/daily-report-json); the push marker's message is verbatim from a Feishu relay's
// test messages of 金十's pushes (the search index's file 55826546346, its repository not named), in a record of ours.
import { describe, expect, it } from "vitest";
import { parseFixture, rulesSchemaErrors } from "../../../test/packs.js";
import { parse } from "../../index.js";
import { PACKS } from "../index.js";
import { jin10 } from "./index.js";
import { rulesDocument } from "./rules.js";

const fixture = new URL("./fixture.json", import.meta.url);

describe("jin10 pack", () => {
  const { withPack, withoutPack } = parseFixture(jin10(), fixture);

  it("is a valid JSON rule pack", () => {
    expect(rulesSchemaErrors(rulesDocument())).toBeNull();
  });

  it("cuts the database plug glued to the flash's last sentence, and nothing of the flash", () => {
    const flash =
      "美财政部拟将回购规模扩大一倍至40亿美元，沃什推动减少政策会议次数；黄金一度站上4520美元，创6月初以来新高……当前现货金银多头占优，美油多空情绪拉锯，后市情绪如何？";
    expect(withPack.text).toBe(flash);
    expect(withoutPack.text).toBe(`${flash}欢迎前往“数据库-嘉盛市场晴雨表”查看并订阅（数据每10分钟更新1次）`);
    expect(withPack.source).toEqual({ name: "金十数据" });
  });

  it("cuts a push's marker and the flash's link before it", () => {
    const message =
      "霍尔木兹通行量下降，原油供应风险推升通胀预期，黄金避险需求升温 https://news.jin10.com/detail/1 来自金十数据APP重要推送";
    const record = JSON.stringify({ title: "霍尔木兹通行量下降", content: message });
    const without = { ...PACKS, content: PACKS.content.filter((p) => p !== jin10()) };
    expect(parse(record).text).toBe("霍尔木兹通行量下降，原油供应风险推升通胀预期，黄金避险需求升温");
    expect(parse(record, { packs: without }).text).toBe(message);
  });
});
