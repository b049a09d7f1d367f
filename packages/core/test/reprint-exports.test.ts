// Session 51 (fix82), from the released fresh-82 set's classes: a database's text export with bracketed field labels
// whose characters are spaced out (`【 标  题 】`), its body wrapped at a fixed byte column; the same record quoted in a
// README's blockquote; a crawler's title that copies its flash; stories held in single- and triple-quoted literals;
// a relay credit behind a note's mark. Every excerpt is real, its source named above it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCreditLine, titledPaper } from "../src/credits/grammar.js";
import { normalizeDate } from "../src/enrich/dates.js";
import { parse } from "../src/index.js";
import { doubleByteWidth } from "../src/text/chars.js";
import { REPO } from "./helpers.js";

// smoothnlp/DomainWords, Corpus_Fudan/test/C34-Economy/C34-Economy0024.txt (index file 12221966366; 复印报刊资料's
// export as the 复旦 corpus keeps it): the header and the first section's opening lines, CRLF as the file.
const FISCAL = [
  "【 文献号 】2-1281",
  "【原文出处】《财贸经济》",
  "【原刊地名】京",
  "【原刊期号】200003",
  "【分 类 号】F61",
  "【分 类 名】财政与税务",
  "【复印期号】200005",
  "【 标  题 】我国“十五”期间的经济发展与财政政策选择",
  "【 作  者 】杨灿明",
  "【 正  文 】",
  "            一、对最近两年积极财政政策的评析",
  "    针对内需不足问题，1998年中央采取了以增发1000亿国债扩大政府基础设施投资为主要内容的积极财政政策。1999年，继续这一政策，发",
  "行国债1100亿元，用于基础设施建设、国有企业技术改造贷款贴息以及增加低收入者的收入等。成效是显著的。积极财政政策当年大约拉动经",
  "济增长1.5个百分点。然而，积极财政政策的初步执行结果离拉动民间投资和消费的预期目标还有一定的距离，主要有以下原因：",
  "    1.国家财政能力的制约。①扩大国债规模面临着当前财政债务依存度和国债偿债率都偏高的问题，中央财政债务依存度1997年已高达57.7",
  "7%，这意味着中央财政支出的一半以上是靠举债来维持的。同时，国债的偿债率也相当高，1997年已达23.3%。②减税的空间有限。简单地一次",
  "性减税，既消弱政府尤其是中央政府业已弱化了的财政能力，又由于许多企业亏损，减税实际上只是减少欠税，其乘数效应要大打折扣。",
  " ",
].join("\r\n");

// The 人民日报 1996 corpus's record as a segmenter's test quotes it (index file 5446015543, a Scala SegmentDemo's
// `sentense`), its labels one a line as the corpus writes them.
const PEOPLES_DAILY_1996 = [
  "【 日  期 】19960104",
  "【 版  号 】1",
  "【 标  题 】合巢芜高速公路巢芜段竣工",
  "【 作  者 】彭建中",
  "【 正  文 】     安徽合（肥）巢（湖）芜（湖）高速公路巢芜段日前竣工通车并投入营运。合巢芜 高速公路是国家规划的京福综合运输网的重要干线路段，是交通部确定１９９５年建成 的全国１０条重点公路之一。该条高速公路正线长８８公里。",
  "",
].join("\n");

// The README of smoothnlp/DomainWords (index file 22615574278): its economy sample, a blockquote whose labelled lines
// end in two-space hard breaks and whose paragraphs are lazy continuation lines.
const QUOTED_SAMPLE = [
  ">【 标  题 】利息所得税：启动经济的新尝试  ",
  "【 作  者 】李奎  ",
  "【 正  文 】  ",
  "    经国务院批准，《对储蓄存款利息所得征收个人所得税的实施办法》于近日颁布，并将于1999年11月1日起实施，适用20%的比例税率。  ",
  "    征收利息所得税将有效刺激消费品需求的增加，扩大社会总需求，带动经济增长，并将转变居民的投资观念和消费观念。  ",
  "",
].join("\n");

describe("bracketed field labels (a reprint database's text export)", () => {
  it("reads the header as a record: the title line, the source without its title marks, no issue month as a date", () => {
    const article = parse(FISCAL, { filename: "C34-Economy0024.txt" });
    expect(article.title).toBe("我国“十五”期间的经济发展与财政政策选择");
    expect(article.source?.name).toBe("财贸经济");
    expect(article.publishedAt).toBeNull();
    expect(article.text.startsWith("一、对最近两年积极财政政策的评析")).toBe(true);
    for (const header of ["【", "2-1281", "F61", "200005", "财政与税务", "杨灿明"])
      expect(article.text).not.toContain(header);
  });

  it("joins a line filled to the wrap column to the next with no space, inside a number as between characters", () => {
    const { text } = parse(FISCAL, { filename: "C34-Economy0024.txt" });
    expect(text).toContain("中央财政债务依存度1997年已高达57.77%，这意味着");
    expect(text).toContain("1999年，继续这一政策，发行国债1100亿元");
    expect(text).not.toContain("57.7 7%");
  });

  it("reads a day label's eight digits as the day, and a label's value on its own line as well as after it", () => {
    const article = parse(PEOPLES_DAILY_1996, { filename: "19960104.txt" });
    expect(article.title).toBe("合巢芜高速公路巢芜段竣工");
    expect(article.publishedAt).toBe("1996-01-04T00:00:00+08:00");
    expect(article.text.startsWith("安徽合（肥）巢（湖）芜（湖）高速公路巢芜段日前竣工通车")).toBe(true);
    expect(article.text).not.toContain("版  号");
  });

  it("reads the record a Markdown blockquote quotes whole", () => {
    const article = parse(QUOTED_SAMPLE, { filename: "README.md" });
    expect(article.title).toBe("利息所得税：启动经济的新尝试");
    expect(article.text.startsWith("经国务院批准，《对储蓄存款利息所得征收个人所得税的实施办法》")).toBe(
      true,
    );
    expect(article.text).not.toContain("李奎");
    expect(article.text).not.toContain("【");
  });

  it("leaves a line that opens with a bracketed phrase and no record under it as text", () => {
    // A 财联社 flash as a plain-text file: its 【headline】 is no field label (it has no known key and no record follows).
    const flash =
      "【双良节能：公司及控股股东拟各被处以400万元罚款】财联社3月22日电，双良节能(600481.SH)公告称，公司收到行政处罚事先告知书。\n";
    expect(parse(flash).text).toContain("双良节能(600481.SH)公告称");
  });
});

describe("the columns of a double-byte export", () => {
  it("counts ASCII as one column and every other character as two", () => {
    expect(doubleByteWidth("57.7")).toBe(4);
    expect(doubleByteWidth("【原刊期号】200003")).toBe(18);
    expect(doubleByteWidth("    针对内需不足问题，")).toBe(4 + 2 * 9);
  });

  it("keeps the space between a word-wrapped English line's last word and the next's first", () => {
    const english = [
      "Title line",
      "",
      "The ministry said revenue rose in the first half of 1997 and that the new budget would be announced in",
      "2000 after a review of the provinces' accounts, according to the statement released on Monday in",
      "Beijing by officials who asked not to be named because the figures had not yet been made public in",
      "full.",
      "",
    ].join("\n");
    expect(parse(english).text).toContain("announced in 2000 after");
  });

  // Han words, numbers and Latin words run together with no punctuation, wrapped where a line reaches the column: the
  // text reads back exactly, whatever falls at a line's end.
  const piece = fc.constantFrom(
    "经济",
    "增长",
    "财政",
    "1997年",
    "57.7",
    "7%",
    "GDP",
    "国债",
    "OpenClaw",
    "率",
    "3",
  );
  it("joins every line cut at the column back into the text it was cut from", () => {
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 60, maxLength: 160 }),
        fc.integer({ min: 70, max: 130 }),
        (pieces, column) => {
          const body = pieces.join("");
          const lines: string[] = [];
          let line = "";
          for (const char of body) {
            if (doubleByteWidth(line + char) > column) {
              lines.push(line);
              line = "";
            }
            line += char;
          }
          fc.pre(lines.length >= 3);
          const input = [
            "【 标  题 】测试",
            "【 作  者 】某人",
            "【 正  文 】",
            ...lines,
            `${line}。`,
            "",
          ].join("\n");
          expect(parse(input).text).toBe(`${body}。`);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("dates and outlets of the export's header", () => {
  it("reads eight digits as a day at midnight in China, and no other run of digits", () => {
    expect(normalizeDate("20000129")).toBe("2000-01-29T00:00:00+08:00");
    expect(normalizeDate("200003")).toBeNull();
    expect(normalizeDate("20001332")).toBeNull();
    expect(normalizeDate("2000012")).toBeNull();
  });

  it("reads a paper in title marks with its edition after them", () => {
    expect(titledPaper("《人民日报》海外版")).toBe("人民日报海外版");
    expect(titledPaper("《财贸经济》")).toBe("财贸经济");
    expect(titledPaper("英国《金融时报》")).toBe("金融时报");
    expect(titledPaper("《人民日报》海外版发表评论")).toBe("《人民日报》海外版发表评论");
  });
});

describe("stories held in code as string literals", () => {
  // index file 7075167311, a news site's SeaJS module (app/jsp/news/newsDetail), kept whole in datasets/fresh-82:
  // queryTranslation()'s test text, single-quoted literals joined by `+` over lines indented with tabs and ideographic
  // spaces, inside the module's animation and share handlers.
  const MODULE = readFileSync(
    join(
      REPO,
      "datasets/fresh-82/js-string-concat/news-detail__xinhua-central-economic-work-conference-property.js",
    ),
    "utf8",
  );

  it("reads single-quoted literals joined by + as the story, without the code or the quotes", () => {
    const article = parse(MODULE, { filename: "newsDetail.js" });
    expect(article.text.startsWith("新华社北京12月16日（韩洁、王优玲）16日闭幕的中央经济工作会议")).toBe(
      true,
    );
    expect(article.text).toContain("中国社科院城市与竞争力研究中心主任倪鹏飞说");
    expect(article.text.endsWith("与货币、信贷政策的宽松有直接关系。")).toBe(true);
    for (const code of ["+'", "ajaxController", "queryTranslation", "uedroot"])
      expect(article.text).not.toContain(code);
  });

  // index file 13322040061, a Streamlit NER demo's DEFAULT_TEXT: a 新华社 dispatch in a Python triple-quoted literal.
  const DEMO = [
    "import streamlit as st",
    "import spacy_streamlit",
    "",
    "",
    'DEFAULT_TEXT = """新华社北京8月3日电 8月3日，中共中央台办发言人受权就依法惩治“台独”顽固分子发表谈话。全文如下：',
    "",
    "“台独”分裂是祖国统一的最大障碍，是民族复兴的严重隐患。极少数“台独”顽固分子大肆进行“台独”分裂活动，甘当外部反华势力马前卒，处心积虑制造“两个中国”、“一中一台”、“台湾独立”，其“台独”分裂言行公然挑衅国家主权和领土完整，公然挑衅国家法律尊严，严重危害台海和平稳定，严重损害两岸同胞共同利益和中华民族根本利益，必须依法予以严惩。",
    "",
    '法网恢恢，疏而不漏。凡是以身试法的“台独”顽固分子，我们将采取刑事惩处措施，依法严惩不贷，依法终身追责。任何人、任何势力都不要低估我们捍卫国家主权和领土完整的坚强决心、坚定意志、强大能力。"""',
    "",
    "",
    'st.title("Text Triage Toolkit")',
    'input_text = st.text_area("Text to analyze:", DEFAULT_TEXT, height=400)',
    "",
  ].join("\n");

  it("reads a triple-quoted literal over its lines, its paragraphs kept", () => {
    const article = parse(DEMO, { filename: "app.py" });
    expect(article.source?.name).toBe("新华社");
    expect(article.text.startsWith("新华社北京8月3日电 8月3日，中共中央台办发言人受权")).toBe(true);
    expect(article.text).toContain("全文如下：\n\n“台独”分裂是祖国统一的最大障碍");
    for (const code of ['"""', "streamlit", "text_area"]) expect(article.text).not.toContain(code);
    expect(article.text.endsWith("坚强决心、坚定意志、强大能力。")).toBe(true);
  });
});

describe("a crawler's title that copies its flash", () => {
  // 641738032/a-stock-news-crawler, data/财联社_news.json (index file 52738426007): the title is an older wording of the
  // flash, cut at about 200 characters; the content's headline has been reworded since.
  const RECORD = JSON.stringify([
    {
      title:
        "【双良节能：公司及控股股东发布涉及SpaceX相关海外订单的误导性信息 拟各被处以400万元罚款】财联社3月22日电，双良节能(600481.SH)公告称，公司及控股股东双良集团于3月22日收到中国证监会江苏监管局下发的《行政处罚事先告知书》。经查，公司及双良集团因在微信公众号发布涉及SpaceX相关海外订单的误导性信息",
      content:
        "【双良节能：因发布涉及SpaceX相关海外订单的误导性信息 公司及控股股东拟各被处以400万元罚款】财联社3月22日电，双良节能(600481.SH)公告称，公司及控股股东双良集团于3月22日收到中国证监会江苏监管局下发的《行政处罚事先告知书》。经查，公司及双良集团因在微信公众号发布涉及SpaceX相关海外订单的误导性信息，构成误导性陈述。",
      url: "https://www.cls.cn/telegraph/2320692",
      publish_time: "2026-03-22T23:07:58",
      source: "财联社",
    },
  ]);

  it("takes the title's own headline, and drops the content's", () => {
    const article = parse(RECORD, { filename: "财联社_news.json" });
    expect(article.title).toBe(
      "双良节能：公司及控股股东发布涉及SpaceX相关海外订单的误导性信息 拟各被处以400万元罚款",
    );
    expect(article.text.startsWith("财联社3月22日电，双良节能(600481.SH)公告称")).toBe(true);
    expect(article.text).not.toContain("【");
  });

  it("keeps a column's bracketed label with the long headline after it, which ends no sentence inside", () => {
    // A 财联社 VIP column's title as a parser's test quotes it (index file 60542407518).
    const title = "【盘中宝】大模型多模态能力不断成熟，该行业或从概念验证走向规模放量，这家企业拥有在手订单";
    const record = JSON.stringify({
      title,
      content: "正文在付费墙后，这里只有一段简短的说明文字，供订阅用户查看完整内容。",
      source: "财联社",
    });
    expect(parse(record, { filename: "cls.json" }).title).toBe(title);
  });
});

describe("a relay credit behind a note's mark", () => {
  // A SQLyog dump of a company site's jzy_xingguang_blogs (index file 4721429406): the credit between <br />s.
  it("reads the outlet past the mark, its WeChat ID and the writer named after a comma", () => {
    expect(readCreditLine("*本文来自华尔街见闻（微信ID：wallstreetcn），作者唐晗。")).toEqual({
      kind: "source",
      name: "华尔街见闻",
      author: "唐晗",
    });
    expect(readCreditLine("本文来自华尔街见闻，欢迎下载APP查看更多")).toEqual({
      kind: "source",
      name: "华尔街见闻",
    });
    expect(readCreditLine("*注：本文数据截至昨日收盘")).toBeNull();
  });
});
