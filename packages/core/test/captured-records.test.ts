// The classes of datasets/fresh-74 (session 48, fix74): news records captured by crawlers and kept in mocks and code —
// a site mock's and a P2P crawl's abbreviated or misspelt keys, an API's `#&#` paragraph marks, a day with a two-digit
// year, a stated stamp without a year dated by the story's address, a column's credit run onto a relayed report, a
// compiler's credit run onto the last sentence, a click-to-subscribe line, a page's stamp followed by its outlet and
// writer, a code a listing notice names (`证券代码为“603966”`). Each read on the set's real files (`datasets/fresh-74`,
// the repositories its SOURCES.tsv names) or on excerpts of them, with exact values.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readDateline } from "../src/credits/grammar.js";
import { normalizeDate } from "../src/enrich/dates.js";
import { codeMentions } from "../src/enrich/securities.js";
import { parse } from "../src/index.js";
import { genericDrop } from "../src/stages/boilerplate.js";
import { patternSet } from "../src/text/pattern-set.js";

const file = (path: string) =>
  readFileSync(join(import.meta.dirname, "../../../datasets/fresh-74", path), "utf8");
const read = (path: string, text = file(path)) => parse(text, { filename: path });

describe("a site mock's and a P2P crawl's own keys (`news_tit`, `news_con`, `concent`, `item_pub_time`)", () => {
  it("reads the site mock's abbreviated headline and body, and its two-digit-year day (meizhouren/huhuitong)", () => {
    const story = read("site-mock-news-json/huhuitong__mock-news-4-visa-clearing-licence.json");
    expect(story.title).toBe("Visa中国区总经理：希望拿到支付清算牌照");
    expect(story.publishedAt).toBe("2016-02-17T00:00:00+08:00");
    expect(story.text.startsWith("中国正式打开银行卡清算市场大门半年后，")).toBe(true);
    expect(story.text).not.toContain("尊敬的持卡人");
  });

  it("reads the P2P crawl's misspelt body and its item time (Andy0526/business_web, hot_topic/2/news.json)", () => {
    const story = read(
      "p2p-portal-scraped-json/business-web__hot-topic-2-news-721-ppdai-small-platforms.json",
    );
    expect([story.title, story.publishedAt]).toEqual([
      "拍拍贷张俊：小平台未来生存空间不大",
      "2015-12-28T17:18:05+08:00",
    ]);
    expect(story.text.startsWith("对于刚刚发布的P2P监管细则，拍拍贷CEO张俊表示：")).toBe(true);
    expect(story.text.endsWith("这也意味着小平台未来生存空间不大。")).toBe(true);
  });
});

describe("an API's paragraph mark `#&#` (`#\\u0026#` in its JSON)", () => {
  it("reads each mark as a paragraph's end, the byline paragraph as the writer (331770916/TNApp)", () => {
    const story = read("app-api-response-json/tnapp__selfchoice-news-nbd-everbright-card.json");
    expect(story.author).toBe("朱丹丹");
    expect(
      story.text.startsWith("每经记者朱丹丹\n\n11月15日，光大银行发布2016年第一次临时股东大会决议公告显示"),
    ).toBe(true);
    expect(story.text).not.toContain("#&#");
  });

  it("leaves a character reference after a `#` as it is (`C#&#12290;` is `C#。`)", () => {
    const record = JSON.stringify({
      title: "编程语言排行",
      content: "榜单显示，C#&#12290;Java与Python仍居前三，其中Python的份额较上月上升了一个百分点。",
    });
    const story = read("rank.json", record);
    expect(story.text).toBe("榜单显示，C#。Java与Python仍居前三，其中Python的份额较上月上升了一个百分点。");
  });
});

describe("a day with a two-digit year first (`16-2-17`, `13-09-04`)", () => {
  it("reads it as the year POSIX `%y` gives, at midnight on China's clock, with its time when written", () => {
    expect(normalizeDate("16-2-17")).toBe("2016-02-17T00:00:00+08:00");
    expect(normalizeDate("13-09-04")).toBe("2013-09-04T00:00:00+08:00");
    expect(normalizeDate("16-04-28 11:00")).toBe("2016-04-28T11:00:00+08:00");
    expect(normalizeDate("99-12-31")).toBe("1999-12-31T00:00:00+08:00");
    // No month 13, no 30 February; a year written last with four digits is not this form.
    expect([normalizeDate("16-13-01"), normalizeDate("16-2-30"), normalizeDate("16-01-2022")]).toEqual([
      null,
      null,
      null,
    ]);
  });

  it("is the same instant as the day written with its full year, for every day", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1969-01-01"), max: new Date("2068-12-31"), noInvalidDate: true }),
        (date) => {
          const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
          const short = `${String(year % 100).padStart(2, "0")}-${month}-${day}`;
          expect(normalizeDate(short)).toBe(normalizeDate(`${year}-${month}-${day}`));
        },
      ),
    );
  });
});

describe("a stated stamp without a year (`datetime: '11月22日 11:36'`)", () => {
  const path = "crawler-script-capture/scrapy-caixin__web-scrapy-jiao-xiaoping-ppp.py";

  it("takes its year from the story's address when the address's day is the same (Deft-pawN/scrapy_caixin_source)", () => {
    expect(read(path).publishedAt).toBe("2018-11-22T11:36:00+08:00");
  });

  it("names no date when no day the file states agrees with it (a stated date that is none is not replaced)", () => {
    const moved = file(path).replace("/2018-11-22/", "/2018-11-21/");
    expect(read(path, moved).publishedAt).toBeNull();
    const addressless = file(path).replace("http://economy.caixin.com/2018-11-22/101350656.html", "");
    expect(read(path, addressless).publishedAt).toBeNull();
  });
});

describe("a column's credit run onto a first sentence that relays a report (`P2P观察网：叶子据财新网报道，…`)", () => {
  it("reads the site as the source and the name as the writer, and leaves the credit out of the text", () => {
    expect(
      readDateline("P2P观察网：叶子据财新网报道，关于网络借贷业务的监管办法（下称《办法》）将有望于年底出台"),
    ).toEqual({
      outlet: "P2P观察网",
      date: null,
      author: "叶子",
      label: "P2P观察网：叶子",
    });
    const story = read(
      "p2p-portal-scraped-json/business-web__hot-topic-2-news-585-p2p-rules-disclosure.json",
    );
    expect([story.source?.name, story.author]).toEqual(["P2P观察网", "叶子"]);
    expect(story.text.startsWith("据财新网报道，关于网络借贷业务的监管办法")).toBe(true);
  });

  it("is no credit where the words before the colon are no outlet, or no report is relayed", () => {
    expect(readDateline("美联储：美国据路透报道将加息")).toBeNull();
    expect(readDateline("新华网：叶子认为监管将落地")).toBeNull();
  });
});

describe("a compiler's credit run onto the last sentence (`…评论。JPM编译自Bloomberg, …, by Olga Kharif.`)", () => {
  it("is not text: the story ends on its last sentence (Andy0526/business_web, static/data/news.json)", () => {
    const story = read("p2p-portal-scraped-json/business-web__news-json-1063-apple-pay-asia-europe.json");
    expect(
      story.text.endsWith("西班牙的美国运通用户将可以使用苹果支付。\n\n苹果公司对此拒绝给予评论。"),
    ).toBe(true);
    expect(story.source?.name).toBe("金评媒");
  });

  it("stays where the original it names is not written in its own Latin script", () => {
    const record = JSON.stringify({
      title: "苹果支付转向亚洲",
      source: "金评媒",
      content: "苹果支付2016年向海外拓展。苹果公司对此拒绝给予评论。本文编译自彭博社的报道。",
    });
    expect(read("apple.json", record).text).toBe(
      "苹果支付2016年向海外拓展。苹果公司对此拒绝给予评论。本文编译自彭博社的报道。",
    );
  });
});

describe("a click-here-to-subscribe line (`…，点此订阅财新数据通。`)", () => {
  it("drops the line, and no sentence of a story that speaks of subscribing", () => {
    const drops = patternSet(genericDrop());
    for (const line of [
      "欲获得上图中数据，以及更多中国/全球经济数据，点此订阅财新数据通。",
      "点此订阅相关资源",
      "请点击此处订阅行情。",
    ])
      expect(drops.test(line), line).toBe(true);
    for (const line of [
      "投资者可点此订阅的服务在上月新增了三项，订阅人数同比增长了四成。",
      "据财新数据，财政部公布的数据显示，截至2018年10月末，全国地方政府债务余额184043亿元。",
    ])
      expect(drops.test(line), line).toBe(false);
    const brief = read("crawler-script-capture/scrapy-caixin__web-scrapy-local-debt-data.py");
    expect(brief.text.endsWith("政府债券181478亿元，非政府债券形式存量政府债务2565亿元。")).toBe(true);
  });
});

describe("a page's stamp followed by its outlet and its writer (和讯网's `2016-01-26 14:12:04 新华网 李丽`)", () => {
  const page = (info: string) =>
    `<html><body><div class="articleName"><h1>李大霄否认被打脸 市场吹响六大反击信号</h1><div class="tip"><span>2016-01-26 14:12:04</span>${info}</div></div><div class="art_contextBox"><p>和讯网消息 1月26日，早盘沪深两市大幅低开，盘中弱势震荡。截至午间休盘，沪指跌2.09%，报2877.11点；深成指跌2.32%，报9955.92点。</p><p>香港联系汇率问题也会造成整个A股和港股的剧烈波动。香港政府非常坚决地维系联系汇率，IMF也表态支持，这对A股的稳定也很重要。</p></div></body></html>`;

  it("reads the stamp, the outlet and the writer (rhinemetal/hexun, article/index.html)", () => {
    const story = read("hexun.html", page("新华网   李丽"));
    expect([story.publishedAt, story.source?.name, story.author]).toEqual([
      "2016-01-26T14:12:04+08:00",
      "新华网",
      "李丽",
    ]);
    const prototype = read("outlet-page-prototype/rhinemetal-hexun__article-index-li-daxiao.html");
    expect([prototype.publishedAt, prototype.author]).toEqual(["2016-01-26T14:12:04+08:00", "李丽"]);
  });
});

describe("a code a listing notice names (`证券简称为“法兰泰克”，证券代码为“603966”`)", () => {
  it("reads each code on the exchange its prefix names (331770916/TNApp, a 中证网 flash)", () => {
    const keys = (text: string) => codeMentions(text).map((mention) => mention.key);
    expect(
      keys('证券简称为“法兰泰克”，证券代码为“603966”。证券简称为"华达科技"，证券代码为"603358"。'),
    ).toEqual(["603966.SH", "603358.SH"]);
    expect(keys("证券代码是000001")).toEqual(["000001.SZ"]);
    const flash = read("app-api-response-json/tnapp__selfchoice-news-cs-two-listings.json");
    expect(flash.securities.map((security) => `${security.code}.${security.market}`)).toEqual([
      "603966.SH",
      "603358.SH",
    ]);
  });
});
