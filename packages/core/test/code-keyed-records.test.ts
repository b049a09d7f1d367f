// Stories kept inside code in the forms src/readers/code-records.ts reads by grammar: records written as keyword
// arguments (Ruby's `Product.create(:title => …, :description => %{…})`) or JSX props (`<Item title={'…'} summary={[…]} />`,
// commented out too), a JavaScript template literal, and an object entry's story value. Real excerpts: two from the
// search index (file ids noted at each), and the files of datasets/fresh-91 (provenance in its SOURCES.tsv).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { parseAllSync } from "../src/parse-all.js";
import { codeRecords } from "../src/readers/code-records.js";
import { DEFAULT_SETTINGS } from "../src/settings.js";
import { REPO } from "./helpers.js";

const SET = join(REPO, "datasets/fresh-91");
const read = (path: string) => readFileSync(join(SET, path), "utf8");
const records = (text: string) => codeRecords(text, DEFAULT_SETTINGS).records;

describe("records written as keyword arguments or JSX props", () => {
  it("takes no HTML element's attributes for a record: a mirror's inline HTML (datasets/fresh's NYT mirror) is one story", () => {
    const file = join(REPO, "datasets/fresh/news-mirror-md/dutymachine__nyt_1047718.md");
    const text = readFileSync(file, "utf8");
    expect(records(text)).toEqual([]);
    expect([...parseAllSync(text, { filename: file })]).toHaveLength(1);
  });

  it("reads a Rails seed's hash-rocket arguments, its %{…} literal over lines (index file 5169484793)", () => {
    const text = [
      "Product.delete_all",
      "Product.create(:title => 'Learn Web Development with Rails',",
      "    :description => ",
      "    %{",
      "        Ruby on Rails Tutorial book and screencast series ",
      "        teach you how to develop and deploy real, ",
      "        industrial-strength web applications with Ruby on Rails.",
      "    },",
      "    :image_url => 'anh_1.jpg',",
      "    :price => 29.99)",
      "",
    ].join("\n");
    expect(records(text)).toEqual([
      {
        title: "Learn Web Development with Rails",
        description:
          "\n        Ruby on Rails Tutorial book and screencast series \n        teach you how to develop and deploy real, \n        industrial-strength web applications with Ruby on Rails.\n    ",
        image_url: "anh_1.jpg",
        price: 29.99,
      },
    ]);
  });

  it("reads a JSX element's props, a `{'…'}` value as its string (index file 40695513484)", () => {
    const text = [
      "function Bar(props) {",
      "  return (",
      "    <div>",
      "      <MainBlockTemplate",
      "        title={'Nectar Bar'}",
      "        image={'/barBg.jpg'}",
      "        description={'A culinary oasis of art and flavor'}",
      "      >",
      "      </MainBlockTemplate>",
      "      <Nectar/>",
    ].join("\n");
    expect(records(text)).toEqual([
      { title: "Nectar Bar", image: "/barBg.jpg", description: "A culinary oasis of art and flavor" },
    ]);
  });

  it("passes over a prop that is an expression, keeping the literals around it", () => {
    expect(
      records(
        "<Todo todos={todos.filter((item) => item.type === 'eric')} title={'All todos - Eric'} deleteDataTodo={deleteDataTodo} />",
      ),
    ).toEqual([{ title: "All todos - Eric" }]);
  });

  it("reads a Rails seeds file's four records of pasted news, its udn trailer and 中天 tag left to the text stages (fresh-91)", () => {
    const items = [
      ...parseAllSync(read("stories-in-rails-seeds/rails-depot__seeds.rb"), { filename: "seeds.rb" }),
    ];
    const articles = items.map((item) => ("article" in item ? item.article : null));
    expect(articles.map((article) => article?.title)).toEqual([
      "美小學血腥屠殺 28死包括20童",
      "韓大選 朴槿惠vs.文在寅選誰？",
      "Rails Test Prescriptions",
      "I love my family",
    ]);
    expect(articles[0]!.text).toBe(
      "蘋果電腦的最新手機「iPhone 5」，昨天在中國開賣，不過銷售情況並沒有如預期般地熱絡。雖然蘋果方面認為，是因為網路商店訂貨方便，因此沒有排隊人龍，但是也有媒體認為，iPhone至少在大陸的熱潮逐漸褪去，情況對蘋果而言，並不樂觀。",
    );
    expect(articles[0]!.text).not.toMatch(/image_url|price|%\{/);
  });

  it("reads a commented-out TSX component's four <NewListItem/> samples: title, link, summary paragraphs, the credit's outlet and writer (fresh-91)", () => {
    const items = [
      ...parseAllSync(read("stories-in-jsx-comments/note-app__LatestNotes.tsx"), {
        filename: "LatestNotes.tsx",
      }),
    ];
    const articles = items.map((item) => ("article" in item ? item.article : null));
    expect(
      articles.map((article) => [article?.title, article?.source?.name ?? null, article?.author]),
    ).toEqual([
      // The first sample's writer is stated with an `@` (`@鉅亨網編譯劉祥航`): read as the unmarked form is (lift59).
      ["水力發電短缺 冰島減供工業用電 拒與新的比特幣礦工簽約", "鉅亨網", "劉祥航"],
      ["日本央行副總裁：沒有必要調整超寬鬆貨幣政策", "鉅亨網", "劉祥航"],
      ["玉晶光11月營收19.25億元創同期新高 年增6.49%", "鉅亨網", "張欽發"],
      ["晶片荒惡化費半大跌 交期拉長至逾20周", "鉅亨網", "羅昀玫"],
    ]);
    expect(articles[1]!.originalUrl).toBe("https://news.cnyes.com/news/id/4782649?exp=a");
    // The summary's three paragraphs are the text; the hashtags, commented again inside the element, are not.
    expect(articles[1]!.text.split("\n\n")).toEqual([
      "日本央行副總裁雨宮正佳周三 (8 日) 在德島市發表演講，強調在通膨率遠低於 2% 目標值的情況下，央行沒有必要調整超寬鬆的貨幣政策。",
      "雨宮認為，隨著供應限制消退，日本經濟明年有望明顯復甦，但 omicron 等新變種病毒傳播，為前景帶來了不確定性。",
      "他指出，個人消費復甦存在不透明性、以及全球性零組件短缺對製造業影響將長期持續，帶來經濟下行的風險。",
    ]);
    expect(articles.map((article) => article!.text).join("")).not.toMatch(/hashtags|noteId|SHOT|\/\/ /);
  });
});

describe("a story in a template literal or an object entry", () => {
  it("reads a const's template literal over blank-line paragraphs; the styled-components template is no story (fresh-91)", () => {
    const article = parse(read("story-in-js-const/zhuyin-app__App.js"), { filename: "App.js" });
    expect(article).toMatchObject({ source: { name: "中央社" }, author: "楊啟芳", editor: "張銘坤" });
    expect(
      article.text.startsWith(
        "（中央社記者楊啟芳台北31日電）「麟洋配」王齊麟和李洋今天在東京奧運羽球男雙勇奪金牌",
      ),
    ).toBe(true);
    expect(article.text.endsWith("並與所有支持我們的人分享。」")).toBe(true);
    expect(article.text).not.toMatch(/TONE_DOT|styled|height: 200px/);
  });

  it("reads a React state's entry holding the story it previews (fresh-91)", () => {
    const article = parse(read("story-in-jsx-state/cs-creator__index.jsx"), { filename: "index.jsx" });
    expect(article).toMatchObject({
      source: { name: "中央社" },
      author: "韋樞",
      publishedAt: "2018-01-25T00:00:00+08:00",
    });
    expect(article.text.endsWith("近期買氣才稍有回升。")).toBe(true);
    expect(article.text).not.toMatch(/ArticlePreviewLoadingState|setState|antd/);
  });

  it("dates a wire's day-only dateline by the archive stamp closing the story, run on after the text or the editor's credit (fresh-91)", () => {
    expect(
      parse(read("story-in-java-mock/newscatching__MNewsMockDao.java"), { filename: "MNewsMockDao.java" }),
    ).toMatchObject({
      publishedAt: "2013-10-29T00:00:00+08:00",
      source: { name: "中央社" },
      author: "戴雅真",
    });
    expect(parse(read("story-in-js-const/zhuyin-app__App.js"), { filename: "App.js" }).publishedAt).toBe(
      "2021-07-31T00:00:00+08:00",
    );
    // A stamp whose day is not the dateline's dates nothing.
    const story =
      "（中央社記者楊啟芳台北31日電）「麟洋配」王齊麟和李洋今天在東京奧運羽球男雙勇奪金牌，賽後王齊麟興奮地在臉書發文。（編輯：張銘坤）1100730";
    expect(parse(story, { filename: "story.txt" }).publishedAt).toBeNull();
  });

  it("decodes a template literal's escapes and keeps a substitution as written", () => {
    const story = "中".repeat(DEFAULT_SETTINGS.storyMinHan);
    expect(records(`const STORY = \`\\u4e2d\${name}\\n\\\`${story}\`;\n`)).toEqual([
      { content: `中\${name}\n\`${story}` },
    ]);
  });

  it("passes over a Markdown fence's backticks: the Python literal inside is read as before", () => {
    const story = "文".repeat(DEFAULT_SETTINGS.storyMinHan);
    expect(records(`\`\`\`python\nt = TextRank("""${story}""")\n\`\`\`\n`)).toEqual([{ content: story }]);
  });
});

describe("the code lexer on any input", () => {
  const ALPHABET = [
    "中",
    "央",
    "a",
    "Z",
    " ",
    "\n",
    "\\",
    "`",
    "$",
    "{",
    "}",
    "(",
    ")",
    "'",
    '"',
    "<",
    ">",
    "=",
    ",",
    "/",
    "%",
  ];
  const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 400 }).map((chars) => chars.join(""));

  it("never throws on arbitrary code-like text", () => {
    fc.assert(
      fc.property(text, (code) => {
        const read = codeRecords(
          `<Item title={${code}} />\nProduct.create(:title => ${code})\n// ${code}`,
          DEFAULT_SETTINGS,
        );
        expect(Array.isArray(read.records)).toBe(true);
      }),
    );
  });

  it("reads back the strings it writes as template literals in JSX props and as Ruby %q(…) arguments", () => {
    const value = text.map((chars) => chars.replace(/[<>=,/%]/g, ""));
    fc.assert(
      fc.property(value, value, (title, summary) => {
        const template = (raw: string) => `\`${raw.replace(/[\\`]/g, "\\$&")}\``;
        const percent = (raw: string) => `%q(${raw.replace(/[\\()]/g, "\\$&")})`;
        expect(records(`<Item title={${template(title)}} summary={${template(summary)}} />`)).toEqual([
          { title, summary },
        ]);
        expect(records(`Story.create(:title => ${percent(title)}, :summary => ${percent(summary)})`)).toEqual(
          [{ title, summary }],
        );
      }),
    );
  });

  it("reads hostile runs of keys and backticks in bounded time", () => {
    const hostile = [
      "<A title={".repeat(20_000),
      ":title => %{".repeat(20_000),
      "`\\`".repeat(30_000),
      " title=".repeat(30_000),
    ];
    for (const input of hostile) {
      const started = performance.now();
      codeRecords(input, DEFAULT_SETTINGS);
      expect(performance.now() - started).toBeLessThan(2000);
    }
  });
});
