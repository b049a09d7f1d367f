// Listed companies' disclosures and investor posts (datasets/fresh-67): cninfo announcements a crawler converted from
// PDF to Markdown, a NotebookLM helper's digest of a company's filings, a 雪球 backup tool's statuses. Excerpts of the
// real files, shortened; repositories, paths and commits in datasets/fresh-67/SOURCES.tsv.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { signatureDay } from "../src/enrich/date-evidence.js";
import { parse } from "../src/index.js";
import { parseAllSync } from "../src/parse-all.js";

describe("a cninfo announcement converted from PDF to Markdown (wjy050302-gif/…, data/parsed/markdown/1225271313.md)", () => {
  const announcement = [
    "# 内蒙古伊泰煤炭股份有限公司",
    "",
    "# 关于公司及相关人员收到内蒙古证监局",
    "",
    "# 监管谈话措施决定的公告",
    "",
    "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性承担法律责任。",
    "",
    "# 一、《监管决定》主要内容",
    "",
    "经查，伊泰伊犁能源有限公司暂定合同金额 650,550,000.00 元，占公司最近一期经审计净资产的 $1 , 3 5 \\%$ ，上述事项构成关联交易。",
    "",
    "特此公告。",
    "",
    "# 内蒙古伊泰煤炭股份有限公司董事会",
    "",
    "2026年4月30日",
  ].join("\n");

  it("joins the title the converter broke over three headings (the issuer, 关于 and the matter, the kind of document)", () => {
    const article = parse(announcement, { filename: "1225271313.md" });
    expect(article.title).toBe(
      "内蒙古伊泰煤炭股份有限公司关于公司及相关人员收到内蒙古证监局监管谈话措施决定的公告",
    );
    expect(article.text.startsWith("本公司董事会及全体董事保证本公告内容")).toBe(true);
    expect(article.blocks.find((block) => block.type === "heading")?.text).toBe("一、《监管决定》主要内容");
  });

  it("dates it by the day under the board's closing signature, and reads the math span's figure as printed", () => {
    const article = parse(announcement, { filename: "1225271313.md" });
    expect(article.publishedAt).toBe("2026-04-30T00:00:00+08:00");
    expect(article.text).toContain("经审计净资产的 1,35% ，上述事项");
    expect(article.text).not.toContain("\\%");
  });

  it("keeps a first heading alone when the next is no 关于 line, or the lines joined end no kind of document", () => {
    const sections = parse("# 内蒙古伊泰煤炭股份有限公司\n\n# 一、主要内容\n\n经查，公司存在以下问题。", {
      filename: "a.md",
    });
    expect(sections.title).toBe("内蒙古伊泰煤炭股份有限公司");
    expect(sections.text.startsWith("一、主要内容")).toBe(true);
    const open = parse("# 某某公司\n\n# 关于近期市场的看法\n\n# 第一部分\n\n正文。", { filename: "b.md" });
    expect(open.title).toBe("某某公司");
  });
});

describe("an announcement's figures in math spans, its signature glued to the day (…/1224018287.md)", () => {
  const reply = [
    "# 无锡路通视信网络股份有限公司关于深圳证券交易所关注函的回复公告",
    "",
    "2025 年3月19 日，吴世春通过司法拍卖取得路通视信原控股股东宁波余姚华晟云城智慧城市运营科技有限公司持有的 $7 . 4 4 \\%$ 股份。",
    "",
    "吴世春及“梅岭合伙”通过协议转让 $+$ 表决权委托的方式收购路通视信 $6 . 4 \\%$ 股份，在协议签署后支付 $10 \\%$ 。",
    "",
    "特此公告。",
    "",
    "无锡路通视信网络股份有限公司董事会2025 年 6 月 27 日",
  ].join("\n");

  it("reads each span of spaced digits and \\% (and a lone sign) as the figure it prints", () => {
    const article = parse(reply, { filename: "1224018287.md" });
    expect(article.text).toContain("持有的 7.44% 股份");
    expect(article.text).toContain(
      "协议转让 + 表决权委托的方式收购路通视信 6.4% 股份，在协议签署后支付 10% 。",
    );
    expect(article.figures.map((figure) => figure.text)).toContain("7.44%");
  });

  it("takes the day glued to the signatory's name as the date", () => {
    expect(parse(reply, { filename: "1224018287.md" }).publishedAt).toBe("2025-06-27T00:00:00+08:00");
  });

  it("leaves a price's dollar signs, and an English range's, as written", () => {
    const prices = parse("# Prices\n\nIt costs $5$ today, and $5 - $10 tomorrow; $1 3$ is a split.", {
      filename: "p.md",
    });
    expect(prices.text).toBe("It costs $5$ today, and $5 - $10 tomorrow; 13 is a split.");
  });
});

describe("an announcement's header lines over its title heading (…/1225274332.md)", () => {
  const notice = [
    "证券简称：科蓝软件",
    "",
    "债券代码：123157 债券简称：科蓝转债",
    "",
    "# 北京科蓝软件系统股份有限公司关于收到北京证监局行政监管措施决定书的公告",
    "",
    "本公司及董事会全体成员保证公告内容真实、准确和完整，不存在任何虚假记载、误导性陈述或者重大遗漏。",
    "",
    "# 一、行政监管措施决定书[2026]62 号主要内容",
    "",
    "一是收入核算不规范。公司子公司大陆云盾电子认证服务有限公司在 2020年多计部分项目收入1,236.79 万元。",
    "",
    "# 二、相关情况说明",
    "",
    "本次监管措施不会影响公司正常的经营管理活动，敬请广大投资者理性投资，注意投资风险。特此公告。",
    "",
    "北京科蓝软件系统股份有限公司董事会2026 年 4 月 30 日",
  ].join("\n");

  it("takes the heading under the header for the title; the header lines open the text", () => {
    const article = parse(notice, { filename: "1225274332.md" });
    expect(article.title).toBe("北京科蓝软件系统股份有限公司关于收到北京证监局行政监管措施决定书的公告");
    expect(
      article.text.startsWith("证券简称：科蓝软件\n\n债券代码：123157 债券简称：科蓝转债\n\n本公司及董事会"),
    ).toBe(true);
    expect(article.publishedAt).toBe("2026-04-30T00:00:00+08:00");
  });
});

describe("the day under a document's signature (`signatureDay`)", () => {
  it("reads the last line: the day alone, after a heading's marks, or glued to an organisation's name", () => {
    expect(signatureDay("特此公告。\n\n广东汇成真空科技股份有限公司董事会\n\n2026年4月30日")).toBe(
      "2026-04-30T00:00:00+08:00",
    );
    expect(signatureDay("正文。\n\n# 2026年4月30日\n")).toBe("2026-04-30T00:00:00+08:00");
    expect(signatureDay("特此公告。\n北京科蓝软件系统股份有限公司董事会2026 年 4 月 30 日")).toBe(
      "2026-04-30T00:00:00+08:00",
    );
  });

  it("reads no clause that ends with a day, and no impossible day", () => {
    expect(signatureDay("会议定于2026年4月30日")).toBeNull();
    expect(signatureDay("股东大会将于下周召开，时间为2026年4月30日")).toBeNull();
    expect(signatureDay("董事会\n2026年2月30日")).toBeNull();
  });

  it("dates a document only when it states no other date", () => {
    const stated = parse("---\ndate: 2026-05-02\n---\n\n正文。\n\n某某公司董事会\n\n2026年4月30日", {
      filename: "s.md",
    });
    expect(stated.publishedAt).toBe("2026-05-02T00:00:00+08:00");
  });

  it("never throws, and returns null or a day, for any text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const day = signatureDay(text);
        expect(day === null || /^\d{4}-\d{2}-\d{2}T00:00:00\+08:00$/.test(day)).toBe(true);
      }),
    );
  });
});

describe("math spans in any Markdown", () => {
  it("never throws on any mix of dollar signs, digits, signs and \\%", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("$", " ", "1", ".", ",", "\\%", "+", "-", "文", "a", "\n")),
        (parts) => {
          const text = `# 标题\n\n正文${parts.join("")}`;
          const article = parse(text, { filename: "m.md" });
          expect(typeof article.text).toBe("string");
        },
      ),
    );
  });

  it("reads any spaced figure with \\% as its digits and %", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 2, maxLength: 8 }), (digits) => {
        const spaced = digits.join(" ");
        const article = parse(`# 标题\n\n占比 $${spaced} \\%$ 。`, { filename: "f.md" });
        expect(article.text).toBe(`占比 ${digits.join("")}% 。`);
      }),
    );
  });
});

describe("a filings digest by CNinfo2NotebookLM (SharingMan/CNinfo2Notebookllm, 宁德时代_最新公告摘要_20260210.md)", () => {
  const digest = [
    "# 宁德时代 最新公告与资信摘要",
    "",
    "生成日期: 2026-02-10 21:09:51",
    "",
    "## 最近公告列表",
    "",
    "- **[2026-02-09]** 第四届董事会第十三次会议决议公告 ",
    "  [链接](http://static.cninfo.com.cn/finalpage/2026-02-09/1224974099.PDF)",
    "",
    "",
    "---",
    "*注：本摘要由 CNinfo2NotebookLM 自动生成，用于 AI 辅助分析。*",
    "",
  ].join("\n");

  it("dates it by its 生成日期 line, and drops that line and the tool's closing note from the text", () => {
    const article = parse(digest, { filename: "宁德时代_最新公告摘要_20260210.md" });
    expect(article.publishedAt).toBe("2026-02-10T21:09:51+08:00");
    expect(article.text.startsWith("最近公告列表")).toBe(true);
    expect(article.text).toContain("第四届董事会第十三次会议决议公告");
    for (const word of ["生成日期", "CNinfo2NotebookLM", "辅助分析"])
      expect(article.text).not.toContain(word);
  });
});

describe("a 雪球 status of a user-timeline API response (OrangeSAM/xueqiu-backuper, timleine-response.json)", () => {
  const status = JSON.stringify({
    id: 391814932,
    user_id: 4533843739,
    source: "雪球",
    title: "",
    created_at: 1780046812000,
    description:
      '<a href="https://xueqiu.com/S/SZ301238" target="_blank">$瑞泰新材(SZ301238)$</a> 今天盘中承接虽然强还是挡不住恐慌盘，不过酵母才刚发酵，LITFSI在多个赛道领域的价值才刚发酵',
    user: { screen_name: "待到秋来九月八", description: "游戏人间的异人", province: "四川" },
    target: "/4533843739/391814932",
    timeBefore: "8分钟前",
    text: '<p><a href="https://xueqiu.com/S/SZ301238" target="_blank">$瑞泰新材(SZ301238)$</a> 今天盘中承接虽然强还是挡不住恐慌盘，不过酵母才刚发酵，LITFSI在多个赛道领域的价值才刚发酵</p>',
  });

  it("reads `source` as the app it was posted from, not an outlet; the user's screen name is the author", () => {
    const [result] = parseAllSync(status, { filename: "timeline-391814932.json" });
    const article = result?.ok ? result.article : null;
    expect(article?.source).toBeNull();
    expect(article?.author).toBe("待到秋来九月八");
    expect(article?.publishedAt).toBe("2026-05-29T17:26:52+08:00");
    expect(article?.securities.map((s) => `${s.code}.${s.market}`)).toEqual(["301238.SZ"]);
    expect(article?.text).toBe(
      "$瑞泰新材(SZ301238)$ 今天盘中承接虽然强还是挡不住恐慌盘，不过酵母才刚发酵，LITFSI在多个赛道领域的价值才刚发酵",
    );
  });

  it("keeps a record's `source` that names an outlet when its writer is no platform user", () => {
    const record = JSON.stringify({
      title: "标题",
      content: "正文内容。",
      source: "证券时报",
      author: "记者甲",
    });
    const [result] = parseAllSync(record, { filename: "r.json" });
    expect(result?.ok ? result.article.source?.name : null).toBe("证券时报");
  });
});
