// Text files that open with labelled lines (`Title:`, `Link:`, `Published:`, `Summary:`; `标题：`,
// `来源：`, `正文：`) read as one record written out as text. Forms from datasets/fresh/rss-text
// (qipeijun/FinancialReport), written here as small inputs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { parseAllSync } from "../src/parse-all.js";
import { readLabels } from "../src/readers/labelled.js";
import { REPO } from "./helpers.js";

const ITEM = [
  "Title: 海南积极拓展境外航线网络",
  "Link: http://www.chinanews.com/cj/2025/09-29/10491945.shtml",
  "Source: 中新网",
  "Published: Mon, 29 Sep 2025 21:34:41 +0800",
  "Summary: 中新网海口9月29日电 (张月和)海南省交通运输厅二级巡视员林向河29日说，海南拥有最开放的航权政策。",
  "有记者问：海南还将做什么？他说，将积极用好用足开放政策。",
  "--------------------------------------------------",
  "Full Content: 中新网海口9月29日电 (张月和)海南省交通运输厅二级巡视员林向河29日说...",
  "",
].join("\n");

describe("labelled text files", () => {
  it("reads the labels as a record: title, link, date, the feed as the channel", () => {
    const article = parse(ITEM);
    expect(article.title).toBe("海南积极拓展境外航线网络");
    expect(article.originalUrl).toBe("http://www.chinanews.com/cj/2025/09-29/10491945.shtml");
    expect(article.publishedAt).toBe("2025-09-29T21:34:41+08:00");
    expect(article.source?.name).toBe("中新网");
    expect(article.author).toBe("张月和");
    expect(article.ref).toBe(parse("标题\n正文。").ref);
  });

  it("keeps a sentence with a colon in the body, and takes the whole copy over one cut short", () => {
    const article = parse(ITEM);
    expect(article.text).toContain("有记者问：海南还将做什么？");
    expect(article.text).not.toContain("...");
    expect(article.text).not.toContain("Full Content");
    expect(article.text.endsWith("将积极用好用足开放政策。")).toBe(true);
  });

  it("reads Chinese labels", () => {
    const article = parse(
      "标题：公司发布年报\n来源：证券时报\n发布时间：2024-03-01 08:00\n正文：公司今日发布年报。\n营收增长。\n",
    );
    expect(article.title).toBe("公司发布年报");
    expect(article.publishedAt).toBe("2024-03-01T08:00:00+08:00");
    expect(article.source?.name).toBe("证券时报");
    expect(article.text).toBe("公司今日发布年报。\n\n营收增长。");
  });

  // datasets/fresh-9/jina-reader: a reader service's Markdown copy of a page (r.jina.ai).
  const READER = [
    "Title: 段永平买入泡泡玛特",
    "",
    "URL Source: https://finance.eastmoney.com/a/202605073730438926.html",
    "",
    "Published Time: 2026-05-07T21:32:00+08:00",
    "",
    "Markdown Content:",
    "# 段永平买入泡泡玛特",
    "",
    "来源：证券时报网",
    "",
    "证券时报e公司讯，知名投资人段永平在社交平台发文表示，自己买了一些泡泡玛特（09992.HK）。",
    "",
    "一、背景",
    "------",
    "",
    "有市场人士认为，段永平的表态或将进一步强化市场对消费龙头和IP经济的关注。",
    "",
  ].join("\n");

  it("reads a label of a few words by its word that is a key: `URL Source:`, `Markdown Content:`", () => {
    const read = readLabels(READER);
    expect(read?.record.url).toBe("https://finance.eastmoney.com/a/202605073730438926.html");
    expect(read?.record.title).toBe("段永平买入泡泡玛特");
    expect(read?.record.content?.startsWith("# 段永平买入泡泡玛特")).toBe(true);
    expect(readLabels("Title: t\nBreaking News Today: x\nContent: c\n")).toBeNull();
  });

  it("keeps in the body a label in the other language and a heading's underline", () => {
    const read = readLabels(READER);
    expect(read?.record.source).toBeUndefined();
    expect(read?.record.content).toContain("来源：证券时报网");
    expect(read?.record.content).toContain("一、背景\n------\n");
    expect(read?.record.content?.endsWith("IP经济的关注。")).toBe(true);
  });

  it("reads a body that shows Markdown's syntax as Markdown, its outlet credit into the source", () => {
    const article = parse(READER);
    expect(article.title).toBe("段永平买入泡泡玛特");
    expect(article.originalUrl).toBe("https://finance.eastmoney.com/a/202605073730438926.html");
    expect(article.publishedAt).toBe("2026-05-07T21:32:00+08:00");
    expect(article.source?.name).toBe("证券时报网");
    expect(article.blocks.some((b) => b.type === "heading" && b.text === "一、背景")).toBe(true);
    for (const label of ["URL Source", "Markdown Content", "来源：", "------"])
      expect(article.text).not.toContain(label);
  });

  it("leaves other texts to the plain-text and Markdown readers", () => {
    expect(readLabels("记者：张三\n正文第一段。\n第二段。")).toBeNull();
    expect(readLabels("Title: only a title\nLink: http://a.example/1\n")).toBeNull();
    expect(readLabels("公司公告\n来源：证券时报\n正文：…")).toBeNull();
    expect(parse("标题一行\n来源：新华社\n正文。").title).toBe("标题一行");
  });

  it("never throws, and reads a record only with a title and a body", () => {
    const line = fc.oneof(
      fc.constantFrom(
        "Title: t",
        "Link: http://x.example/",
        "Summary: s",
        "Content: c",
        "-----",
        "",
        "标题：题",
        "正文：文",
      ),
      fc.string({ maxLength: 40 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const read = readLabels(lines.join("\n"));
        if (read === null) return;
        expect(read.record.title).toBeDefined();
        // A block of a file of blocks without a body label has an empty one (its Article says `empty-body`).
        expect(Object.keys(read.record).some((k) => ["content", "summary"].includes(k))).toBe(true);
      }),
      { numRuns: 1_000 },
    );
  });
});

describe("a campus-news crawl written as labelled fields", () => {
  // hongtaiFan/test 新闻.txt (datasets/fresh-43, shortened: three of the story's wrapped lines, two of its four links).
  const crawl = [
    "标题：【新能源?活动】“大学之道”主题启蒙讲座顺利举行",
    "时间：：2018年11月19日 ",
    "内容：",
    "11月17日晚上19：00，由新能源学院学生会主办的“大学之道”主题启蒙讲座于M105室成功举办。本次",
    "讲座的嘉宾是新能源学院的胡颜冬老师，主讲人是李培伦、闫成真、崔钦原、李昀昊。在观看暖场视频后，主持",
    "人高玉杰宣布讲座开始。",
    "图片：",
    "新闻1.jpg：http://today.hitwh.edu.cn/_upload/article/images/b5/9d/4cb756a24acebe5c63fa91e29cff/51b618d0-8332-4c2f-af0e-3bbde18baec3.jpg",
    "新闻：",
    "【材料·党建】材料学院召开党风廉政警示教育大会:http://today.hitwh.edu.cn/2019/0425/c1026a106005/page.htm",
    "教务联合党支部召开支部大会集体上党课:http://today.hitwh.edu.cn/2019/0424/c1026a105879/page.htm",
    "",
  ].join("\n");

  it("the story's lines wrapped at a fixed width read as one paragraph, from its first line", () => {
    const article = parse(crawl);
    expect(article.title).toBe("【新能源?活动】“大学之道”主题启蒙讲座顺利举行");
    expect(article.publishedAt).toBe("2018-11-19T00:00:00+08:00");
    expect(article.text).toBe(
      "11月17日晚上19：00，由新能源学院学生会主办的“大学之道”主题启蒙讲座于M105室成功举办。本次讲座的嘉宾是新能源学院的胡颜冬老师，主讲人是李培伦、闫成真、崔钦原、李昀昊。在观看暖场视频后，主持人高玉杰宣布讲座开始。",
    );
  });

  it("a label alone over lines of addresses (pictures, other stories' links) is no part of the body", () => {
    expect(readLabels(crawl)?.record.content).toBe(
      "11月17日晚上19：00，由新能源学院学生会主办的“大学之道”主题启蒙讲座于M105室成功举办。本次\n讲座的嘉宾是新能源学院的胡颜冬老师，主讲人是李培伦、闫成真、崔钦原、李昀昊。在观看暖场视频后，主持\n人高玉杰宣布讲座开始。",
    );
  });

  it("a label alone over words stays in the body (`具体如下：`)", () => {
    const record = readLabels(
      "标题：通知\n时间：2018年11月19日\n内容：\n安排如下：\n具体如下：\n第一，按时到场。\n",
    )?.record;
    expect(record?.content).toBe("安排如下：\n具体如下：\n第一，按时到场。");
  });
});

describe("a labelled record under an archive's header", () => {
  it("reads the record after the header, the header's known items filling what the record lacks", () => {
    const text = [
      "# 标题",
      "",
      "- 来源平台: **zhihu**",
      "- 原文链接: <https://zhuanlan.zhihu.com/p/1>",
      "- 作者: 张三",
      "- 编辑: -",
      "",
      "---",
      "",
      "Title: 标题",
      "",
      "URL Source: https://zhuanlan.zhihu.com/p/1",
      "",
      "Markdown Content:",
      "正文第一段。",
      "",
    ].join("\n");
    const read = readLabels(text);
    expect(read?.record).toEqual({
      title: "标题",
      url: "https://zhuanlan.zhihu.com/p/1",
      content: "正文第一段。",
      author: "张三",
    });
    expect(read?.bodyLine).toBe(14);
    expect(readLabels("# 标题\n\n- 作者: 张三\n\n---\n\n正文。\n")).toBeNull();
  });
});

// stockcorp/stockcorp.github.io, content.txt @ 0033eba903a2dd9718d91c115f2ef3ce242ea4c9 (datasets/fresh-57/llm-news-feed):
// a generated file of blocks, `title:` / `images:` / `fontSize:` / `date:` / `content:` then a blank line and `---`;
// the blocks of images 258 and 255, their content cut to the first heading and paragraph.
describe("a file of labelled records one after another", () => {
  const block = (title: string, image: number, date: string, content: string) =>
    [
      `title: ${title}`,
      `images: ${image}.jpg,${image}-1.jpg`,
      "fontSize: 16px",
      `date: ${date}`,
      `content: ${content}`,
      "",
      "---",
      "",
    ].join("\n");
  const file = [
    block(
      "金融服務精華速遞：市場熱議解析",
      258,
      "2026-03-18",
      "<h2>金融服務業觀察：市場談話中的洞見與分析</h2><p>在全球市場不斷變化的背景下，金融服務行業的動態發展成為投資者關注的焦點。</p>",
    ),
    block(
      "獨家機會：搶先投資大盤指數基金與華爾街介入前的潛力股",
      255,
      "2026-03-15",
      "<h2>越南市場升級：投資者的稀有機會</h2><p>近期，越南被預期將從「前沿市場」升級為「新興市場」。</p>",
    ),
  ].join("\n");

  it("leaves a header's field the mapping has no key for out of the field above it", () => {
    const read = readLabels(file);
    expect(read?.record).toEqual({
      title: "金融服務精華速遞：市場熱議解析",
      date: "2026-03-18",
      content:
        "<h2>金融服務業觀察：市場談話中的洞見與分析</h2><p>在全球市場不斷變化的背景下，金融服務行業的動態發展成為投資者關注的焦點。</p>",
    });
    expect(read?.next).toBe(8);
  });

  it("gives parseAll one Article a record, and parse the first, saying there are more", () => {
    const all = [...parseAllSync(file, { filename: "content.txt" })];
    expect(
      all.map((r) => (r.ok ? [r.article.ref, r.article.title, r.article.publishedAt] : r.failure.code)),
    ).toEqual([
      ["block 1", "金融服務精華速遞：市場熱議解析", "2026-03-18T00:00:00+08:00"],
      ["block 2", "獨家機會：搶先投資大盤指數基金與華爾街介入前的潛力股", "2026-03-15T00:00:00+08:00"],
    ]);
    const second = all[1]!;
    expect(second.ok && second.article.text).toBe(
      "越南市場升級：投資者的稀有機會\n\n近期，越南被預期將從「前沿市場」升級為「新興市場」。",
    );
    const first = parse(file, { filename: "content.txt" });
    expect(first.title).toBe("金融服務精華速遞：市場熱議解析");
    expect(first.text).not.toContain("越南");
    expect(first.warnings.map((w) => w.code)).toContain("many-documents");
    expect(parse(block("標題", 1, "2026-03-18", "<p>正文。</p>")).warnings.map((w) => w.code)).not.toContain(
      "many-documents",
    );
  });

  it("reports a block that reads as no record, and the blocks after it, instead of dropping them", () => {
    // A long rule closes the title's field; the words under it no label opens.
    const second = "title: 標題二\n-----\n正文二。\n\n---\n\n";
    const all = [...parseAllSync(file.replace("title: 獨家機會", `${second}title: 獨家機會`))];
    expect(
      all.map((r) => (r.ok ? r.article.ref : [r.failure.ref, r.failure.code, r.failure.message])),
    ).toEqual([
      "block 1",
      [
        "block 2",
        "not-a-news-record",
        "the labelled lines from line 9 on read as no record: they are not read",
      ],
    ]);
  });

  it("reads a block of a title and a text alone as a record: a file of blocks is known by its first", () => {
    const second = "title: 標題二\ncontent: <p>正文二。</p>\n\n---\n\n";
    const all = [...parseAllSync(file.replace("title: 獨家機會", `${second}title: 獨家機會`))];
    expect(
      all.map((r) => (r.ok ? [r.article.ref, r.article.title, r.article.text] : r.failure.code)),
    ).toEqual([
      ["block 1", "金融服務精華速遞：市場熱議解析", expect.stringContaining("金融服務業觀察")],
      ["block 2", "標題二", "正文二。"],
      [
        "block 3",
        "獨家機會：搶先投資大盤指數基金與華爾街介入前的潛力股",
        expect.stringContaining("越南市場升級"),
      ],
    ]);
  });

  it("reads 2,000 blocks, each known by its own lines' hash (the adversarial catalogue measures the growth)", () => {
    // Each block's id was the file's text hashed again for every block (21,739 blocks in 1 MB took 137 s), then the
    // file's hashed once: one id for every block, and a store kept the last alone.
    const many = Array.from({ length: 2_000 }, (_, i) =>
      block(`標題${i}`, i, "2026-03-18", "<p>正文。</p>"),
    ).join("");
    const all = [...parseAllSync(many)];
    expect(all.length).toBe(2_000);
    const last = all.at(-1)!;
    expect(last.ok && last.article.ref).toBe("block 2000");
    expect(new Set(all.map((r) => r.ok && r.article.id)).size).toBe(2_000);
  });

  // The three blocks of datasets/fresh-57/llm-news-feed (images 258, 255 and 252: the file's first, fourth and seventh,
  // verbatim; provenance in datasets/fresh-57/SOURCES.tsv), one after another as the file holds them.
  const real = ["258-experian-sofi", "255-vietnam-upgrade", "252-stock-market-mar-10"].map((name) =>
    readFileSync(join(REPO, `datasets/fresh-57/llm-news-feed/stockcorp__content-${name}.txt`), "utf8"),
  );
  const refsAndIds = (text: string) =>
    [...parseAllSync(text, { filename: "content.txt" })].map((r) =>
      r.ok ? [r.article.ref, r.article.id] : r.failure.code,
    );

  it("gives each block of the generated content.txt an id of its own lines, the same wherever it stands", () => {
    expect(refsAndIds(real.join(""))).toEqual([
      ["block 1", "h8853deee87c67c44"],
      ["block 2", "hb5411fa095bd9c57"],
      ["block 3", "h78b44da885338975"],
    ]);
    // The site prepends each new block: the blocks already there keep their ids.
    expect(refsAndIds(real.slice(1).join(""))).toEqual([
      ["block 1", "hb5411fa095bd9c57"],
      ["block 2", "h78b44da885338975"],
    ]);
    // A file of one block keeps the file's id.
    expect(parse(real[0]!, { filename: "content.txt" }).id).toBe("h9ff5e0b4fd1c17c9");
  });

  it("ends a block without a body at its rule: an Article that says `empty-body`, the next block its own", () => {
    // The middle block cut to its header (title, images, fontSize, date), then its blank line and `---`. Its date took
    // the rule and the next block's title, and the next block's text became its text (the last then said `no-date`).
    const headerOnly = real[1]!.replace(/^content: .*\n/mu, "");
    expect(headerOnly).not.toContain("content:");
    const all = [...parseAllSync([real[0], headerOnly, real[2]].join(""), { filename: "content.txt" })];
    expect(
      all.map((r) =>
        r.ok
          ? [
              r.article.ref,
              r.article.title,
              r.article.publishedAt,
              r.article.text.slice(0, 12),
              r.article.warnings.map((w) => w.code),
            ]
          : r.failure.code,
      ),
    ).toEqual([
      [
        "block 1",
        "金融服務精華速遞：市場熱議解析",
        "2026-03-18T00:00:00+08:00",
        "金融服務業觀察：市場談話",
        [],
      ],
      [
        "block 2",
        "獨家機會：搶先投資大盤指數基金與華爾街介入前的潛力股",
        "2026-03-15T00:00:00+08:00",
        "",
        ["empty-body"],
      ],
      // As when the three blocks are read whole (the block's `date:` is a day before the one its story states).
      [
        "block 3",
        "2026年3月10日股市動態：市場風雲再起！",
        "2026-03-11T00:00:00+08:00",
        "美國股市在經歷大幅拋售後",
        ["date-conflict"],
      ],
    ]);
  });

  it("gives as many outcomes as blocks, whatever labels each block holds", () => {
    // Each block opens with the file's first label (`title:`) and holds any of the others, in the generator's order.
    const others = [
      "images: 1.jpg",
      "date: 2026-03-18",
      "source: 財經網",
      "link: https://example.com/a",
      "content: <p>正文。</p>",
    ];
    fc.assert(
      fc.property(
        fc.array(fc.subarray(others), { minLength: 1, maxLength: 6 }),
        fc.constantFrom("\n---\n", "\n\n---\n\n", "\n-----\n"),
        (blocks, rule) => {
          const text = blocks.map((labels, i) => [`title: 標題${i}`, ...labels].join("\n")).join(rule);
          const all = [...parseAllSync(text, { filename: "content.txt" })];
          if (blocks.length === 1) return all.length === 1;
          return (
            all.length === blocks.length &&
            all.every((r, i) => r.ok && r.article.title === `標題${i}` && r.article.ref === `block ${i + 1}`)
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
