// Classes of datasets/fresh-69 (feeds saved as XML), on its real files and excerpts of them:
// - a merged feed's label opening an item's text (`[CNBC] …`, snowtraces/finance-rss finance_feed.xml): the outlet,
//   not text (stages/credits.ts `withoutFeedLabel`);
// - a Hong Kong code written bare in brackets after its company's name (`翰森制药(03692)`, the same feed's
//   cn.investing.com headlines): a security (enrich/securities.ts `HK_CODE_NAME`);
// - a translation's credit box (`作者：Rusty Russell` / `来源：<address>`, btc-study/btcstudy.org atom.xml): a Latin
//   author of any length and the original's address (stages/credits.ts `readPageFields`).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codeMentions } from "../src/enrich/securities.js";
import { parse } from "../src/index.js";
import { REPO } from "./helpers.js";

const SET = join(REPO, "datasets/fresh-69");
const parsed = (name: string) => parse(readFileSync(join(SET, name)), { filename: name });

/** The merged feed's channel head and closing lines around one item, as finance_feed.xml writes them. */
const mergedItem = (description: string) => `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
    <channel>
        <title>Finance News Summary</title>
        <generator>Finance-RSS Generator</generator>
        <item>
            <title><![CDATA[中国经济增速放缓至一年低点]]></title>
            <link>https://www.wsj.com/economy/chinas-economic-growth-slows-to-one-year-low-07e36e7b</link>
            <pubDate>Mon, 20 Oct 2025 02:41:00 GMT</pubDate>
            <description><![CDATA[${description}]]></description>
        </item>
    </channel>
</rss>`;

describe("a merged feed's label on an item's text", () => {
  it("names the outlet and leaves the text (real items)", () => {
    const cnbc = parsed("merged-finance-rss/finance-rss__cnbc-china-q3-gdp.xml");
    expect(cnbc.source?.name).toBe("CNBC");
    expect(cnbc.text).toBe("中国国家统计局周一公布了第三季度GDP和9月份经济数据。");
    const bloomberg = parsed("merged-finance-rss/finance-rss__bloomberg-vanguard-boj.xml");
    expect(bloomberg.source?.name).toBe("彭博");
    expect(bloomberg.text.startsWith("先锋资产管理有限公司（Vanguard Asset Management Ltd.）")).toBe(true);
    const wsj = parsed("merged-finance-rss/finance-rss__wsj-china-growth-slows.xml");
    expect(wsj.source?.name).toBe("华尔街日报");
    expect(wsj.text).toBe("中国经济第三季度失去动力，增速为一年来最慢，加大了额外政策支持的理由。");
  });

  it("leaves a headline-only item empty, its outlet read", () => {
    const item = parsed("merged-finance-rss/finance-rss__investing-hansoh-roche.xml");
    expect(item.source?.name).toBe("英为财情");
    expect(item.text).toBe("");
    expect(item.warnings.map((w) => w.code)).toContain("empty-body");
  });

  it("keeps what only looks like a label: a link's text, a note's number, a word in brackets", () => {
    const link = parse(mergedItem("[CNBC](https://www.cnbc.com/) 中国国家统计局周一公布了第三季度GDP。"), {
      filename: "f.xml",
    });
    expect(link.text).toBe("[CNBC](https://www.cnbc.com/) 中国国家统计局周一公布了第三季度GDP。");
    const note = parse(mergedItem("[1] 中国经济第三季度失去动力。"), { filename: "f.xml" });
    expect(note.text).toBe("[1] 中国经济第三季度失去动力。");
    const word = parse(mergedItem("[快讯] 中国经济第三季度失去动力。"), { filename: "f.xml" });
    expect(word.text).toBe("[快讯] 中国经济第三季度失去动力。");
    expect(word.source?.name ?? null).toBe(null);
  });

  it("never throws and strips at most the label, whatever follows it", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (rest) => {
        const article = parse(mergedItem(`[WSJ] ${rest}`), { filename: "f.xml" });
        expect(article.text.includes("[WSJ]")).toBe(false);
      }),
      { numRuns: 60 },
    );
  });
});

describe("a Hong Kong code in brackets after its company's name", () => {
  it("is a Hong Kong security (real headlines)", () => {
    expect(
      parsed("merged-finance-rss/finance-rss__investing-hansoh-roche.xml").securities.map((s) => s.code),
    ).toEqual(["03692"]);
    expect(
      parsed("merged-finance-rss/finance-rss__investing-jd-health.xml").securities.map((s) => s.market),
    ).toEqual(["HK"]);
  });

  it("reads a share-class mark before the bracket, and no bare number", () => {
    const keys = (text: string) => codeMentions(text).map((m) => m.key);
    // The same feed's headlines (`港股异动 | 科济药业-B(02171)早盘涨超9%`, `维持周大福(01929)“买入”评级`).
    expect(keys("港股异动 | 科济药业-B(02171)早盘涨超9%")).toEqual(["02171.HK"]);
    expect(keys("国盛证券：维持周大福(01929)“买入”评级")).toEqual(["01929.HK"]);
    expect(keys("编号 (01234) 的文件")).toEqual([]);
    expect(keys("（01234）")).toEqual([]);
    expect(keys("营收(12345)万元")).toEqual([]);
  });

  it("finds only zero-led five-digit codes after a name, in any text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        for (const mention of codeMentions(text))
          expect(mention.key).toMatch(/^(?:\d{5}\.HK|\d{6}\.(?:SH|SZ|BJ)|[A-Z]{1,5}\.\w+)$/);
      }),
      { numRuns: 200 },
    );
  });
});

describe("a translation's credit box", () => {
  it("names a Latin author of any length and the original's address (real entries)", () => {
    const opcode = parsed("atom-hexo/btcstudy__2025-10-13-great-opcode-restoration.xml");
    expect(opcode.author).toBe("Rusty Russell");
    expect(opcode.originalUrl).toBe("https://rusty.ozlabs.org/2024/01/19/the-great-opcode-restoration.html");
    const utility = parsed("atom-hexo/btcstudy__2025-10-16-utility-of-bitcoin.xml");
    expect(utility.author).toBe("Roy Sheinfeld");
    expect(utility.text.startsWith("如果你认为技术发展的轨迹就像宿命，那也不能怪你。")).toBe(true);
  });

  it("reads the box in a page with no feed around it", () => {
    const box =
      '<blockquote><p><em>作者：Roy Sheinfeld</em></p><p><em>来源：<a href="https://blog.breez.technology/the-utility-of-bitcoin-moving-value-like-information-2513eae84676">https://blog.breez.technology/the-utility-of-bitcoin-moving-value-like-information-2513eae84676</a></em></p></blockquote><p>如果你认为技术发展的轨迹就像宿命，那也不能怪你。</p><p>人们已经充分认识到，比特币是最好的资产。</p>';
    const article = parse(box, { filename: "page.html" });
    expect(article.author).toBe("Roy Sheinfeld");
    expect(article.originalUrl).toBe(
      "https://blog.breez.technology/the-utility-of-bitcoin-moving-value-like-information-2513eae84676",
    );
    expect(article.text).toBe(
      "如果你认为技术发展的轨迹就像宿命，那也不能怪你。\n\n人们已经充分认识到，比特币是最好的资产。",
    );
  });
});
