// A feed that writes the flash itself as each item's title states no headline (src/readers/record.ts,
// `repeatsFlash`): an RSS bridge's 财联社 route puts the whole flash in `<title>` (RSSHub's cls route does the same:
// `title: item.title || item.content`), its 金十数据 and 华尔街见闻 routes the flash cut at a length. The title is
// then the flash's 【headline】 (not repeated in the text) or its first sentence without the dateline
// (`title-derived`). Fixtures are real: datasets/fresh-81/flash-rss-bridge (zhanpu89/china-finance-rss's
// integration report, 18 September 2026).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Article } from "../src/article.js";
import { parseAllSync } from "../src/parse-all.js";
import { REPO } from "./helpers.js";

const BRIDGE = join(REPO, "datasets/fresh-81/flash-rss-bridge");
const feed = (name: string) => readFileSync(join(BRIDGE, name), "utf8");

function articles(input: string, filename: string): Article[] {
  return [...parseAllSync(input, { filename })].flatMap((result) => (result.ok ? [result.article] : []));
}

const codes = (article: Article) => article.warnings.map((w) => w.code);

describe("a flash written as its own title", () => {
  it("takes the 【headline】 when the title repeats the whole flash, and keeps it out of the text", () => {
    const items = articles(feed("china-finance-rss__cls-telegraph.xml"), "cls-telegraph.xml");
    expect(items).toHaveLength(6);
    const last = items[5]!;
    expect(last.title).toBe("日韩股市集体收涨 SK海力士涨超6%");
    expect(last.text).toBe(
      "财联社9月18日电，日经225指数收涨1.38%，报65018.95点。韩国KOSPI指数收涨2.66%，报6894.23点。其中，SK海力士上涨6.42%，三星电子上涨3.37%。",
    );
    expect(codes(last)).not.toContain("title-derived");
  });

  it("derives the title from the first sentence, dateline dropped, when the flash has no headline", () => {
    const [first] = articles(feed("china-finance-rss__cls-telegraph.xml"), "cls-telegraph.xml");
    expect(first!.title).toBe("日本央行行长植田和男表示，将密切关注中东影响、日元波动及人工智能需求");
    expect(first!.text).toBe(
      "财联社9月18日电，日本央行行长植田和男表示，将密切关注中东影响、日元波动及人工智能需求。",
    );
    expect(codes(first!)).toContain("title-derived");
  });

  it("reads a title cut from the flash (金十数据, 华尔街见闻) as no headline, a one-sentence one as the feed's", () => {
    const jin10 = articles(feed("china-finance-rss__jin10-flash.xml"), "jin10-flash.xml");
    expect(jin10.map((a) => a.title)).toEqual([
      "沙特从拉斯坦努拉港售出约6000万桶原油 全球油价降温",
      // One-sentence flashes the feed states as their titles keep them, as 同花顺's dumps do.
      "日本央行行长植田和男：近期油价上涨。",
      "欧洲央行管委卡扎克斯：如有必要，我们将把存款利率提高到2.5%以上。",
      "日本央行行长植田和男：必须警惕通胀上行风险，包括中东局势带来的风险。",
      "日本央行行长植田和男：需要避免价格偏离目标，以免损害经济。",
      "午后，暴拉超297%！沈鼓变“神鼓”，什么情况？",
    ]);
    expect(jin10[0]!.text.startsWith("金十数据9月18日讯，贸易消息人士周五称")).toBe(true);
    const [live] = articles(feed("china-finance-rss__wallstreetcn-live.xml"), "wallstreetcn-live.xml");
    expect(live!.title).toBe("日本央行行长植田和男：将根据经济和物价情况继续加息");
    expect(codes(live!)).toContain("title-derived");
  });

  it("keeps a feed's own headlines (同花顺, 东方财富) as they are", () => {
    const ths = articles(feed("china-finance-rss__ths-kuaixun.xml"), "ths-kuaixun.xml");
    expect(ths[4]!.title).toBe("光大期货：保供政策推出，焦煤近月合约跌停");
    const em = articles(feed("china-finance-rss__eastmoney-kuaixun.xml"), "eastmoney-kuaixun.xml");
    expect(em[2]!.title).toBe("日韩股市集体收涨");
    expect(em[2]!.text).toBe("日经225指数收涨1.38%，报65018.95点；韩国KOSPI指数收涨2.68%，报6895.55点。");
  });

  it("never touches a title that holds no full stop and opens with no 【", () => {
    // The rule's domain: a headline reads as one when it has no sentence's full stop and no flash's bracket.
    const headline = fc
      .stringMatching(/^[\u4e00-\u9fa5A-Za-z0-9，！？：、 ]{2,40}$/)
      .filter((t) => t.trim().length >= 2 && /[\u4e00-\u9fa5A-Za-z0-9]/.test(t));
    fc.assert(
      fc.property(headline, (title) => {
        const record = JSON.stringify([
          { title, content: `${title}。正文第一句。正文第二句。`, time: "2026-09-18 14:40" },
        ]);
        const [article] = articles(record, "flash.json");
        expect(article!.title).toBe(title.replace(/\s+/g, " ").trim());
      }),
      { numRuns: 300 },
    );
  });
});
