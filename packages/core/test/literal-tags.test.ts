// Angle brackets that name no HTML element are text someone wrote (`List<List<User>>` in a post about
// Java): every reader keeps them, where HTML would open an element and lose the characters.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isElementName } from "../src/html/elements.js";
import { parse } from "../src/index.js";

const front = (body: string) => `---\ntitle: 标题\ndate: 2024-03-01 10:00:00\n---\n\n${body}\n`;

describe("tags that name no element", () => {
  it.each([
    ["a Markdown body with no other Markdown", front("在 Java 中 List<List<User>> 是嵌套列表。")],
    ["a Markdown body the renderer reads", front("在 **Java** 中 List<List<User>> 是嵌套列表。")],
    ["an HTML body", front("<p>在 Java 中 List<List<User>> 是嵌套列表。</p>")],
    [
      "Markdown mixed with an HTML block",
      front("<div>\n\n在 Java 中 List<List<User>> 是嵌套列表。\n\n</div>"),
    ],
    ["plain text", "标题\n\n在 Java 中 List<List<User>> 是嵌套列表。\n"],
  ])("keeps List<List<User>> in %s", (_, input) => {
    expect(parse(input).text.replaceAll("**", "")).toBe("在 Java 中 List<List<User>> 是嵌套列表。");
  });

  it("keeps a tag with attributes, self-closing or unfinished, and decodes its references as text", () => {
    expect(parse(front('<p>Map<String, Object> 与 <T extends Base<T>/> 和 a<Word x="&amp;">b')).text).toBe(
      'Map<String, Object> 与 <T extends Base<T>/> 和 a<Word x="&">b',
    );
    expect(parse(front("<p>结尾 a<Word b")).text).toBe("结尾 a<Word b");
  });

  it("still reads real, custom, namespaced, closed and SVG elements as markup", () => {
    const html =
      '<p>粗<b>体</b><o:p></o:p><mp-style-type data-value="3"></mp-style-type><mpvoice>语音</mpvoice>' +
      '<svg><path d="M0"/></svg>完。</p>';
    expect(parse(front(html)).text).toBe("粗体语音完。");
    expect(parse(front(html)).html).toBe("<p>粗体语音完。</p>");
  });

  it("keeps a type argument that names an element (`List<Object>`) as text, and old pages' capital tags as markup", () => {
    // datasets/fresh-19/readwise-markdown/readwise__java-generic-array.md: a comment in Java set in prose.
    const prose =
      "// 以下三个容器实际类型都是List<Object>\n  List<String> strList = new ArrayList<String>();";
    expect(
      parse(front(`- 无论你声明的是\`List<String>\`，容器实际类型都是\`List<Object>\`。\n${prose}`)).text,
    ).toBe(
      "无论你声明的是List<String>，容器实际类型都是List<Object>。 // 以下三个容器实际类型都是List<Object> List<String> strList = new ArrayList<String>();",
    );
    expect(parse(front("<p>Optional<Data> 与 Map<String, Option></p>")).text).toBe(
      "Optional<Data> 与 Map<String, Option>",
    );
    expect(parse(front("<p>Hello<BR>第二行 <Font color=red>红</Font>完。</p>")).text).toBe(
      "Hello\n\n第二行 红完。",
    );
  });

  it("loses no character of a<Word>b in any reader unless Word is an element (fast-check)", () => {
    const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,7}$/);
    fc.assert(
      fc.property(word, fc.constantFrom("", ' x="1"', "/", " y"), (name, rest) => {
        fc.pre(!isElementName(name.toLowerCase()));
        const written = `a<${name}${rest}>b`;
        for (const input of [
          front(`前文${written}后文。`),
          front(`前文 **重点** ${written}后文。`),
          front(`<p>前文${written}后文。</p>`),
          `标题\n\n前文${written}后文。\n`,
        ])
          expect(parse(input).text).toContain(written);
      }),
      { numRuns: 300 },
    );
  });
});
