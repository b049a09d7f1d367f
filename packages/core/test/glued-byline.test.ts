// An outlet's reporter byline run into the lead with nothing between (`经济观察网 记者 张锐广深港高铁…`): the outlet is
// read, the writer's name is not guessed; and a page's `article:author` naming the story's source names no writer.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readByline, readGluedReporterLead } from "../src/credits/grammar.js";
import { canonicalOutlet } from "../src/credits/outlets.js";
import { parse } from "../src/index.js";

const datasets = join(import.meta.dirname, "../../../datasets");

describe("a reporter's byline glued to the lead", () => {
  it("reads the outlet of real glued leads, no writer", () => {
    // datasets/fresh-66/navicat-sql-cms/layuicms-dump__eeo-guangshengang-5g.sql: a bjh-strong span's end was the only mark.
    expect(
      readGluedReporterLead("经济观察网 记者 张锐广深港高铁将在春节前实现境内段全线5G覆盖。9月3日，"),
    ).toEqual({
      authors: [],
      outlet: "经济观察网",
      editors: [],
    });
    // index id 10919277266: an iOS app's sample string, the same byline run into the lead.
    expect(
      readGluedReporterLead("经济观察网 记者 宋笛经过一年半的培育期，人工智能科技企业正在尝试不断下沉"),
    ).toEqual({
      authors: [],
      outlet: "经济观察网",
      editors: [],
    });
    // Neither is a byline the other forms read (the name's end is not written).
    expect(readByline("经济观察网 记者 张锐广深港高铁将在春节前实现境内段全线5G覆盖。9月3日，")).toBeNull();
  });

  it("reads nothing where the word before 记者 is no outlet's, or 记者 is no word of its own", () => {
    expect(readGluedReporterLead("现场 记者 看到大批乘客排队等候安检。")).toBeNull();
    expect(readGluedReporterLead("经济观察网记者从中国移动广东分公司获悉，")).toBeNull();
    expect(readGluedReporterLead("广深港高铁将在春节前实现境内段全线5G覆盖。")).toBeNull();
  });

  it("credits the outlet of the layui CMS row, the byline kept in the text", () => {
    const file = "fresh-66/navicat-sql-cms/layuicms-dump__eeo-guangshengang-5g.sql";
    const article = parse(readFileSync(join(datasets, file), "utf8"), { filename: file });
    expect(article.source?.name).toBe("经济观察网");
    expect(article.text.startsWith("经济观察网 记者 张锐广深港高铁将在春节前实现境内段全线5G覆盖")).toBe(
      true,
    );
  });

  it("never throws, and reads only the first word as the outlet, no writer", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 40 }), (name, rest) => {
        const read = readGluedReporterLead(`${name} 记者 ${rest}`);
        if (read === null) return;
        expect(read.authors).toEqual([]);
        expect(read.editors).toEqual([]);
        expect(read.outlet).toBe(canonicalOutlet(name.trimStart()));
      }),
    );
    // Bounded: a long run with no byline is read at once.
    expect(readGluedReporterLead(`${"经".repeat(100_000)} 记者 张`)).toBeNull();
  });
});

describe("a page's article:author naming the story's source", () => {
  // index ids 19272077071 and 19127320002 (saved sina pages: `<meta property="article:author" content="新华网">`), and
  // datasets/fresh-65's sina pages (央视新闻, 环球网): the portal's meta names the outlet it carries, not a writer.
  const page = (
    author: string,
    source: string,
  ) => `<html><head><title>国务院常务会议部署推进新型城镇化</title>
<meta property="article:published_time" content="2016-04-04T11:20:30+08:00">
<meta property="article:author" content="${author}">
</head><body><div class="article"><h1>国务院常务会议部署推进新型城镇化</h1><div class="date-source">2016年04月04日 11:20 来源：${source}</div>
<p>国务院总理李克强主持召开国务院常务会议，部署深入推进新型城镇化建设，以人的城镇化为核心带动扩内需、促发展。</p>
<p>会议指出，推进新型城镇化是破解城乡二元结构的重要依托，要加快户籍制度改革落地，促进有能力在城镇稳定就业和生活的常住人口落户。</p>
<p>会议强调，要提升城市基础设施和公共服务水平，把棚户区改造作为重点，带动投资和消费增长。</p>
</div></body></html>`;

  it("names no writer when it is the source", () => {
    const article = parse(page("新华网", "新华网"), { filename: "sina.html" });
    expect(article.source?.name).toBe("新华网");
    expect(article.author).toBeNull();
  });

  it("still names a writer who is no outlet", () => {
    expect(parse(page("李明", "新华网"), { filename: "sina.html" }).author).toBe("李明");
  });
});
