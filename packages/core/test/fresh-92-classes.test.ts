// fresh-92's classes, read and fixed in session 54 (fix92): a flash kept in one script string behind a dispatch's lead,
// a component's hard-coded headline and paragraph, records written as runs of statements (a script's `title = '…'` /
// `body = """…"""`, commented out or not; a Ruby fabricator's block), news-please's and a classification set's record
// keys, and a derived title past an outlet's 讯 mark. Real excerpts: the files of
// datasets/fresh-92 (provenance in its SOURCES.tsv) and FactoryBot factories from the search index (file ids noted).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { parseAllSync } from "../src/parse-all.js";
import { codeRecords } from "../src/readers/code-records.js";
import { DEFAULT_SETTINGS } from "../src/settings.js";
import { REPO } from "./helpers.js";

const SET = join(REPO, "datasets/fresh-92");
const read = (path: string) => readFileSync(join(SET, path), "utf8");
const records = (text: string) => codeRecords(text, DEFAULT_SETTINGS).records;

describe("a flash in one string literal, behind a dispatch's lead", () => {
  const t5 = "story-in-python-string/t5-summary__t5.py";

  it('reads a T5 summariser\'s str = "每经AI快讯，…（央视财经）" of 119 Han as the story', () => {
    const found = records(read(t5));
    expect(found).toHaveLength(1);
    expect(String(found[0]!.content)).toMatch(/^每经AI快讯，2月4日，长江证券研究所/);
    const article = parse(read(t5), { filename: t5 });
    expect(article.title.startsWith("2月4日，长江证券研究所金属行业首席分析师王鹤涛表示")).toBe(true);
    expect(article.source?.name).toBe("央视财经");
    expect(article.text.endsWith("二是专精特新主线。")).toBe(true);
  });

  it("reads no string of as many Han that opens with no lead (a message, a label)", () => {
    const message = "本程序用于测试分词器的效果".repeat(8);
    expect(records(`if __name__ == '__main__':\n    str = "${message}"\n    print(str)\n`)).toEqual([]);
  });

  it("derives the title past an outlet's 讯 mark and its reporter's bracket (classify.py's chunk1)", () => {
    const file = "story-in-python-string/finbert-classify__classify.py";
    expect(parse(read(file), { filename: file }).title.startsWith("记者10月9日从信美相互人寿获悉")).toBe(
      true,
    );
  });
});

describe("a component's hard-coded headline and paragraph", () => {
  it("reads a Vue dialog's <h3> and <p> (证券时报e公司讯, 190 Han) and a React view's <h4> and <p>", () => {
    const vue = records(read("story-in-vue-dialog/consensus-vue__importantConsensus.vue"));
    expect(vue).toHaveLength(1);
    expect(vue[0]!.title).toBe("银河证券：期货公司将迎来A股IPO开闸 利好期货概念股");
    expect(String(vue[0]!.content)).toMatch(
      /^证券时报e公司讯，证监会副主席方星海21日表示.*这对期货概念股无疑是个大利好。$/,
    );
    const jsx = records(read("story-in-jsx-markup/news-module__index.jsx"));
    expect(jsx.map((record) => record.title)).toEqual([
      "人民银行今日开展440亿元逆回购操作 公开市场实现净投放290亿元",
    ]);
    // The markup's indent is no text; its blank line is the paragraphs' break.
    expect(String(jsx[0]!.content)).toContain("今日公开市场实现净投放290亿元。\n\n昨日，短端利率涨跌不一。");
  });

  it("reads no story from the same markup in a Markdown page or a plain page", () => {
    const markup = read("story-in-vue-dialog/consensus-vue__importantConsensus.vue").slice(
      read("story-in-vue-dialog/consensus-vue__importantConsensus.vue").indexOf("<h3"),
    );
    expect(records(`# 舆情\n\n${markup}`)).toEqual([]);
    expect(records(`<html><body>${markup}</body></html>`)).toEqual([]);
  });
});

describe("records written as runs of statements", () => {
  it("reads a langchain script's two title/body pairs, the first commented out, in order", () => {
    const found = records(read("stories-in-python-llm-chain/arcadia-chain__main.py"));
    expect(found.map((record) => record.title)).toEqual([
      "汉钟精机:涡旋压缩机明年逐渐量产",
      "拓新药业:公司在核苷(酸)类原料药及医药中间体布局多年是国内最早专业从事核苷(酸)类产品的企业之一",
    ]);
    expect(found[0]!.trend).toBe("震荡");
    expect(String(found[1]!.body)).toMatch(/^每经AI快讯,有投资者在投资者互动平台提问/);
  });

  it("reads a Ruby fabricator's block: braces, a parse call's time", () => {
    const file = "story-in-ruby-fabricator/investing-fabricators__fabricators.rb";
    const found = records(read(file));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      title: "美股异动 | PayPal(PYPL.US)盘前跌逾4%，Q4及全年营收指引低于预期",
      source: "智通财经",
      publish_time: "2021-11-09 17:36:07",
      publish_time_string: "34 分钟以前",
    });
    const article = parse(read(file), { filename: file });
    expect(article.publishedAt).toBe("2021-11-09T17:36:07+08:00");
    expect(article.text.startsWith("智通财经APP获悉，11月9日(周二)美股盘前")).toBe(true);
  });

  it("reads no record from FactoryBot factories whose values hold no story (index files 34687569323, 30864779228)", () => {
    const tasks = [
      "FactoryBot.define do ",
      "\t",
      "\tfactory :task do ",
      "\t\t\ttitle { 'cleaning' }",
      "\t\t\tcontent { 'cleaning the room' }",
      "\t\t\tdeadline { '2022-08-15' }",
      "\t\t\tstatus { '完了' }",
      "\t\t\tpriority { '中' }",
      "\tend",
      "end ",
    ].join("\n");
    const recipe = [
      "FactoryBot.define do",
      "  factory :recipe, class: Recipe do",
      "    title { 'テストタイトル' }",
      "    description { 'テストディスクリプション' }",
      "  end",
      "end",
    ].join("\n");
    expect(records(tasks)).toEqual([]);
    expect(records(recipe)).toEqual([]);
  });

  it("reads no record from a page's TOML front matter", () => {
    const story = "央行今日开展逆回购操作，公开市场实现净投放，市场流动性保持合理充裕。".repeat(4);
    expect(
      records(`+++\ntitle = "央行开展逆回购操作的新闻"\ndescription = "${story}"\n+++\n\n${story}\n`),
    ).toEqual([]);
  });
});

describe("record keys", () => {
  it("reads a docstring's news-please record (maintext, date_publish) and a classification record (sentence)", () => {
    const file = "stories-in-python-docstring/news-glue__preprocess.py";
    const [raw, cleaned] = [...parseAllSync(read(file), { filename: file })].map((item) =>
      "article" in item ? item.article : null,
    );
    expect(raw!.title).toBe("《金融》境外基金深耕計畫加碼 8業者優惠可適用2年");
    expect(raw!.publishedAt).toBe("2022-11-22T23:46:11+08:00");
    expect(
      raw!.text.startsWith("【時報記者林資傑台北報導】金管會推動「鼓勵境外基金深耕計畫」邁入第10年"),
    ).toBe(true);
    expect(cleaned!.title).toBe("太陽能迎併網高峰潮 元晶、安集Q3營收飆新高");
    expect(cleaned!.text.endsWith("明年上半年訂單也已排滿。")).toBe(true);
  });
});

describe("properties", () => {
  const han = fc.constantFrom(
    ..."央行今日开展逆回购操作公开市场实现净投放流动性保持合理充裕记者获悉证券时报讯",
  );
  const sentence = fc.array(han, { minLength: 8, maxLength: 60 }).map((chars) => `${chars.join("")}。`);
  const paragraph = fc.array(sentence, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(""));
  const headline = fc.array(han, { minLength: 6, maxLength: 20 }).map((chars) => chars.join(""));
  const block = fc.oneof(
    paragraph,
    headline.map((text) => `## ${text}`),
    fc.tuple(headline, paragraph).map(([h, p]) => `<h3>${h}</h3>\n<p>\n${p}\n</p>`),
    fc.tuple(headline, paragraph).map(([h, p]) => `**${h}**\n\n${p}`),
  );

  it("finds no code record in prose, Markdown or HTML holding headlines over paragraphs", () => {
    fc.assert(
      fc.property(
        fc.array(block, { minLength: 1, maxLength: 8 }),
        fc.constantFrom("", "# 新闻\n\n", "<div>\n", "---\ntitle: 新闻\n---\n\n"),
        (blocks, opening) => {
          expect(records(opening + blocks.join("\n\n"))).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("reads any text of statement lines without throwing, within a bounded time", () => {
    const line = fc.oneof(
      fc.constantFrom(
        "title = '",
        '# body = """',
        "  title { '",
        "  publish_time { Time.parse('",
        "}",
        "end",
        "",
      ),
      fc.string({ maxLength: 40 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), (lines) => {
        expect(() => records(lines.join("\n"))).not.toThrow();
      }),
      { numRuns: 300 },
    );
    const hostile = `title = '${"中".repeat(10)}'\n${"x = '".repeat(20_000)}`;
    const started = performance.now();
    records(hostile);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
