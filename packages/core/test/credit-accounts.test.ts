// Closing credits that name a social platform's account (`（集创北方微信公号）`), a credit cut mid-word
// (`（第一财经记）`) and a flash's status mark (`（更新）`): the account's owner is the source and the platform a
// hop; the other two name no outlet. Real lines from ../shared/dumps (skipped when absent) and constructed forms.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Article } from "../src/article.js";
import { readTrailingOutlet } from "../src/credits/grammar.js";
import { CARRIER_PORTALS, canonicalOutlet, platformAccount } from "../src/credits/outlets.js";
import { parse } from "../src/parse.js";
import { parseAllSync } from "../src/parse-all.js";
import { DUMPS } from "./dumps.js";

const STORY = "公司发布公告，上半年营收同比增长32%，净利润创历史新高。";

function closedWith(credit: string): Pick<Article, "source" | "via"> {
  const { source, via } = parse(`# 业绩预告\n\n${STORY}${credit}\n`, { filename: "flash.md" });
  return { source, via };
}

describe("an account's closing credit", () => {
  it.each([
    ["集创北方微信公号", "集创北方", "微信公众号"],
    ["宁德时代微信公众号", "宁德时代", "微信公众号"],
    ["比亚迪公众号", "比亚迪", "微信公众号"],
    ["人民日报官方微信", "人民日报", "微信公众号"],
    ["小米官方微博", "小米", "微博"],
    ["央视新闻微博", "央视新闻", "微博"],
    // 官微 is WeChat's or Weibo's: the owner, no platform.
    ["中国证券报官微", "中国证券报", null],
    // The owner as the outlet names itself.
    ["上证报微信公众号", "上海证券报", "微信公众号"],
  ])("%s: %s on %s", (credit, owner, platform) => {
    expect(platformAccount(credit)).toEqual({ owner, platform });
    expect(closedWith(`（${credit}）`)).toEqual({
      source: { name: owner },
      via: platform === null ? [] : [platform],
    });
  });

  it("reads the account a source label names, as it reads one alone", () => {
    expect(closedWith("（来源：宁德时代微信公众号）")).toEqual({
      source: { name: "宁德时代" },
      via: ["微信公众号"],
    });
  });

  it("keeps a portal's own platform and a platform named alone as they were", () => {
    expect(platformAccount("新浪微博")).toBeNull();
    expect(platformAccount("腾讯微博")).toBeNull();
    expect(platformAccount("微信公众号")).toBeNull();
    expect(platformAccount("官方微博")).toBeNull();
    expect(platformAccount("第一财经")).toBeNull();
    expect(closedWith("\n\n来源：微信公众号")).toEqual({ source: null, via: ["微信公众号"] });
  });

  it("keeps an outlet's app named `客户端` as the corpus labels it, and credits an `APP` to the outlet", () => {
    // The shared corpus's finews-jekyll old_post__2021-12-08-202112082207168450.md: source 央视新闻客户端.
    expect(canonicalOutlet("央视新闻客户端")).toBe("央视新闻客户端");
    expect(canonicalOutlet("中新经纬APP")).toBe("中新经纬");
    expect(closedWith("（新华社客户端）")).toEqual({ source: { name: "新华社客户端" }, via: [] });
  });

  it("splits any owner's WeChat or Weibo account into the owner and the platform", () => {
    const owner = fc
      .stringMatching(/^[集创北方宁德时代比亚迪小米鹏程科技云]{2,8}$/u)
      .filter((name) => !CARRIER_PORTALS.has(name));
    const platform = fc.constantFrom(
      ["微信公众号", "微信公众号"],
      ["微信公号", "微信公众号"],
      ["公众号", "微信公众号"],
      ["官方微博", "微博"],
      ["微博", "微博"],
    );
    fc.assert(
      fc.property(owner, platform, (name, [written, carrier]) => {
        expect(platformAccount(`${name}${written}`)).toEqual({
          owner: canonicalOutlet(name),
          platform: carrier,
        });
      }),
    );
  });
});

describe("a closing bracket that names no outlet", () => {
  it.each(["第一财经记", "财联社记", "新华社通讯", "更新", "持续更新", "更新中", "更正"])(
    "（%s）",
    (tail) => {
      expect(readTrailingOutlet(`${STORY}（${tail}）`)).toBeNull();
      expect(closedWith(`（${tail}）`).source).toBeNull();
    },
  );

  it("still reads an outlet whose name only holds those characters", () => {
    expect(readTrailingOutlet(`${STORY}（第一财经）`)?.outlet).toBe("第一财经");
    expect(readTrailingOutlet(`${STORY}（更新网）`)?.outlet).toBe("更新网");
  });
});

/** One record of a feed's day file in ../shared/dumps, by its id. */
function dumpRecord(feed: string, day: string, id: string): Article | undefined {
  const file = join(DUMPS, feed, "data/2026", `${day}.jsonl.gz`);
  for (const result of parseAllSync(gunzipSync(readFileSync(file)))) {
    if (result.ok && result.article.id === `${feed}:${id}`) return result.article;
  }
  return undefined;
}

describe.skipIf(!existsSync(DUMPS))("the credits in the feeds' dumps (../shared/dumps)", () => {
  it("ths 2026-07-29, 678520685 `…按下“加速键”。（集创北方微信公号）`: 集创北方 on its WeChat account, 同花顺 relayed", () => {
    const record = dumpRecord("ths", "2026-07-29", "678520685");
    expect(record?.source).toEqual({ name: "集创北方" });
    expect(record?.via).toEqual(["微信公众号", "同花顺"]);
    expect(record?.text.endsWith("按下“加速键”。")).toBe(true);
  });

  it("cls 2026-07-30, 2441525 `…项下的义务。 （第一财经记）`: the cut credit names no outlet, the feed's own is the source", () => {
    const record = dumpRecord("cls", "2026-07-30", "2441525");
    expect(record?.source).toEqual({ name: "财联社" });
    expect(record?.via).toEqual([]);
  });
});
