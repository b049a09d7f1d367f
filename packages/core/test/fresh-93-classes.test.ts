// fresh-93's classes, read and fixed in session 55 (fix93), and fix92's left ones: a wire's closing translator credit
// before its archive stamp, an end mark's link lead-in, an outlet's social-account plug, a dump row's page HTML beside
// its flattened copy and the writer in its source column, a copied page's foot and read-on prompt, a Hong Kong paper's
// bracketed credit, 時報資訊's byline without a slash, a page's head run into its story and its button words, and
// eastmoney's glued source and editor foot. Real excerpts: the files of datasets/fresh-93 and datasets/fresh-92
// (provenance in their SOURCES.tsv) and strings from the search index (file ids noted).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readByline, readDateline } from "../src/credits/grammar.js";
import { isLonePersonName } from "../src/credits/outlets.js";
import { parse } from "../src/index.js";
import { parseAllSync } from "../src/parse-all.js";
import { readPlainText } from "../src/stages/plain-text.js";
import { REPO } from "./helpers.js";

const read = (set: string, path: string) => readFileSync(join(REPO, "datasets", set, path), "utf8");
const parsed = (set: string, path: string) => parse(read(set, path), { filename: path });

describe("a feed-job mirror's one-line HTML body", () => {
  it("cuts 中央社's closing translator credit before its archive stamp, and reads the translator", () => {
    const article = parsed("fresh-93", "jekyll-html-post/agora0-2511__cna-nvidia-huang-share-sale.html");
    expect(
      article.text.endsWith("他今年也對自己的基金會與一個捐贈者建議基金捐出價值超過3億美元的股票。"),
    ).toBe(true);
    expect(article.text).not.toContain("編譯");
    expect(article.author).toBe("張曉雯");
  });

  it("keeps a translator's closing note with no archive stamp after it (RFI's, fresh-2)", () => {
    const article = parsed("fresh-2", "news-mirror-md/dutymachine__rfi_1042091.md");
    expect(article.text.endsWith("收3534.22点。（译者：张佑之）")).toBe(true);
  });

  it("cuts 路透's announcement lead-in and its `here` links after the end mark", () => {
    const article = parsed("fresh-93", "jekyll-html-post/agora0-news__reuters-airlines-losses.html");
    expect(article.text.endsWith("国内航线和国际航线旅客运输量分别同比下降32.1%和86.1%。")).toBe(true);
    expect(article.text).not.toContain("点选链接");
  });

  it("keeps a short line ending with a colon under an end mark when no link follows it", () => {
    const html =
      "<p>第一段是故事的正文内容，说明了事情的经过。</p><p>市场人士表示，走势仍待观察。（完）</p><p>附表如下：</p>";
    expect(parse(html, { filename: "a.html" }).text.endsWith("附表如下：")).toBe(true);
  });

  it("drops 德国之声's Instagram plug, in either script (search-index files 56063124442 and 70973900723)", () => {
    const article = parsed("fresh-93", "jekyll-html-post/agora0-2511__dw-bessent-rare-earths.html");
    expect(article.text.endsWith("稀土材料是汽车、电子、能源、军工等众多领域的关键上游产品。")).toBe(true);
    const traditional =
      "<p>德國政府週四公布最新的經濟預測，下調了今年的增長預期。</p><p>DW中文有Instagram！歡迎搜尋dw.chinese，看更多深入淺出的圖文與影音報導。</p>";
    expect(parse(traditional, { filename: "dw.html" }).text).toBe(
      "德國政府週四公布最新的經濟預測，下調了今年的增長預期。",
    );
  });

  it("keeps a sentence on what someone posted on a platform", () => {
    const html =
      "<p>公司周三发布公告称，季度营收增长两成。</p><p>马斯克在Twitter上表示，欢迎更多投资者参与，但未给出细节。</p>";
    expect(parse(html, { filename: "b.html" }).text).toContain("马斯克在Twitter上表示");
  });
});

describe("a SQL dump's row with the page HTML and a flattened copy", () => {
  const file = "navicat-sql/wallstreetcn-forex__article-info-fund-manager-survey.sql";

  it("reads the row's page HTML (src_content) over the flattened content, and the writer in its source column", () => {
    const article = parsed("fresh-93", file);
    expect(article.source?.name).toBe("华尔街见闻");
    expect(article.via).toEqual([]);
    expect(article.author).toBe("叶桢");
    expect(
      article.text.startsWith("尽管全球股市势头强劲，但基金经理们似乎不那么乐观，尤其是对欧洲股市。\n\n"),
    ).toBe(true);
    expect(article.text.endsWith("38%的受访者预计紧缩周期将结束。")).toBe(true);
    expect(article.text).toContain("（最拥挤交易演变历程 图片来源：Zerohedge）");
    expect(article.text).not.toContain("开通华尔街见闻金卡会员");
  });

  it("keeps a JSON Feed item's content_text, which its mapping names before content_html (fresh-14)", () => {
    const article = parsed("fresh-14", "jsonfeed-item/caixin__102408734.json");
    expect(article.text).toContain("【财新网】为了加速关键矿产供应链建设");
  });

  it("reads a lone person's name as one, and no outlet's or placeholder's", () => {
    expect(["叶桢", "王小明", "張曉雯"].map(isLonePersonName)).toEqual([true, true, true]);
    expect(
      ["新浪", "和讯", "网易", "东财", "本站", "界面", "路透", "万得", "叶桢网", "叶"].map(isLonePersonName),
    ).toEqual(Array(10).fill(false));
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (text) => {
        const person = isLonePersonName(text);
        expect(typeof person).toBe("boolean");
        if (person) expect(text.trim()).toMatch(/^\p{Script=Han}{2,3}$/u);
      }),
    );
  });

  it("reads 星島日報's bracketed credit opening a forum user's paste (and a spaCy sample's, file 48792522428)", () => {
    expect(parsed("fresh-93", "phpmyadmin-sql/hk-car-forum-fyp__singtao-byd-tesla.sql").source?.name).toBe(
      "星島日報",
    );
    expect(
      readDateline("（星島日報報道）本港運動員在東奧取得一金兩銀三銅的歷史佳績，令全城掀起一片體育熱。"),
    ).toEqual({
      outlet: "星島日報",
      date: null,
      author: null,
    });
    expect(readDateline("（記者報道）運輸署本月初公布")).toBeNull();
  });
});

describe("a page's copied text with menus and footers one per line", () => {
  const file = "page-text-export/ltn-voice-assistant__foxconn-quake-page.txt";

  it("cuts 自由財經's foot and read-on prompt, and names the paper for its channel", () => {
    const article = parsed("fresh-93", file);
    expect(article.source?.name).toBe("自由時報");
    expect(article.text.endsWith("目前正積極尋求國際社會援助救災行動。")).toBe(true);
    for (const furniture of ["請繼續往下閱讀", "點我下載APP", "相關新聞", "SANLUX", "The Liberty Times"])
      expect(article.text).not.toContain(furniture);
  });

  it("keeps a credit line among the foot's short lines, and the story under fewer of them", () => {
    const page = read("fresh-93", file);
    const cut = page.indexOf("一手掌握經濟脈動");
    const story = page.slice(0, cut);
    const credited = parse(`${story}責任編輯：王小明\n相關新聞\n熱門新訊\n注目新聞\n財經即時\n`, {
      filename: file,
    });
    expect(credited.editor).toBe("王小明");
    expect(credited.text.endsWith("目前正積極尋求國際社會援助救災行動。")).toBe(true);
    expect(credited.text).not.toContain("相關新聞");
    // Three such lines are fewer than `plainPageFootMinLines` (4): they stay; a fourth makes them the foot.
    const three = parse(`${story}一手掌握經濟脈動\n基金查詢\nmore\n`, { filename: file });
    expect(three.text.endsWith("一手掌握經濟脈動\n\n基金查詢\n\nmore")).toBe(true);
    const four = parse(`${story}一手掌握經濟脈動\n基金查詢\nmore\n進階查詢 +\n`, { filename: file });
    expect(four.text.endsWith("目前正積極尋求國際社會援助救災行動。")).toBe(true);
  });
});

describe("fix92's left classes", () => {
  it("reads 時報資訊's byline with no slash between the writer and the place", () => {
    expect(readByline("【時報記者林資傑台北報導】金管會推動「鼓勵境外基金深耕計畫」邁入第10年")).toEqual({
      authors: ["林資傑"],
      outlet: "時報資訊",
      editors: [],
    });
    const docstring = parseAllSync(
      readFileSync(join(REPO, "datasets/fresh-92/stories-in-python-docstring/news-glue__preprocess.py")),
      { filename: "news-glue__preprocess.py" },
    );
    const first = [...docstring].find((result) => result.ok && result.article.ref === "item 1");
    expect(first?.ok ? first.article.source?.name : null).toBe("時報資訊");
  });

  it("splits a page's head run into its story (file 33261090239's request body) and cuts its button words", () => {
    const article = parsed("fresh-92", "story-in-python-request-dict/sagemaker-textrank__client.py");
    expect(article.title).toBe("《半導體》Q1展望保守，世界垂淚");
    expect(article.source?.name).toBe("時報資訊");
    expect(article.author).toBe("沈培華");
    expect(article.publishedAt).toBe("2019-02-11T10:28:00+08:00");
    expect(article.text.startsWith("【時報記者沈培華台北報導】世界先進 (5347) 去年營運創歷史新高")).toBe(
      true,
    );
    expect(article.text.endsWith("增進公司明年起業績成長動能。")).toBe(true);
  });

  it("leaves a first line with no outlet between its stamp and its bracket", () => {
    const text = "市場觀察2019/02/11 10:28（本文僅供參考）今日股市開高走低，成交量明顯萎縮。";
    expect(readPlainText(text).title).not.toBe("市場觀察");
  });

  it("cuts eastmoney's glued source and editor foot after the bracketed source", () => {
    const results = parseAllSync(
      readFileSync(join(REPO, "datasets/fresh-92/stories-in-python-llm-chain/arcadia-chain__main.py")),
      { filename: "arcadia-chain__main.py" },
    );
    const second = [...results].find((result) => result.ok && result.article.ref === "item 2");
    const article = second?.ok ? second.article : null;
    expect(article?.source?.name).toBe("每日经济新闻");
    expect(article?.text.endsWith("实现新的突破。")).toBe(true);
  });

  it("never throws on arbitrary page text and keeps the story's first line", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 40 }), { maxLength: 30 }), (lines) => {
        const text = ["甲公司公布季度业绩，营收同比增长两成。", ...lines].join("\n");
        expect(() => readPlainText(text)).not.toThrow();
      }),
    );
  });
});
