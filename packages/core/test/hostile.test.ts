import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { parseAllSync } from "../src/parse-all.js";
import { fullYaml } from "../src/yaml.js";
import { assertSanitized } from "./sanitized.js";

const codes = (input: string | Uint8Array) => parse(input).warnings.map((w) => w.code);

describe("front matter a strict YAML parser rejects", () => {
  it("recovers a double-quoted title with unescaped quotes, and says where", () => {
    const file =
      '---\nlayout: post\ntitle: "他说"不"的理由"\ndate: 2022-01-30 09:59:17 +0800\n---\n<p>正文第一段。</p>\n';
    const article = parse(file);
    expect(article.title).toBe('他说"不"的理由');
    expect(article.publishedAt).toBe("2022-01-30T09:59:17+08:00");
    expect(article.warnings).toEqual([expect.objectContaining({ code: "yaml-recovered", line: 3 })]);
    expect(article.text).toBe("正文第一段。");
  });

  it("recovers fields indented with tabs and lists under a key", () => {
    const file = "---\ntitle:\t标题\ncategories:\n\t- 新媒体\n\t- 趣头条\ndate: 2022-04-09\n---\n正文。\n";
    const article = parse(file);
    expect(article.title).toBe("标题");
    expect(article.categories).toEqual(["新媒体", "趣头条"]);
    expect(article.publishedAt).toBe("2022-04-09T00:00:00+08:00");
    expect(codes(file)).toContain("yaml-recovered");
  });

  it("lets the last of duplicate keys win without losing the file", () => {
    const article = parse("---\ntitle: 第一\ntitle: 第二\n---\n正文。\n");
    expect(article.title).toBe("第二");
    expect(article.text).toBe("正文。");
  });

  it("keeps a file whose front matter never closes as body text", () => {
    const article = parse("---\ntitle: 未闭合\n正文第一句。\n");
    expect(article.text).toContain("正文第一句。");
    expect(article.warnings.map((w) => w.code)).toContain("yaml-recovered");
  });

  it("reads a block scalar always, a tag or anchor with the full YAML reader, and recovers those line by line without", () => {
    // A Jekyll or Hugo post's folded summary: read by the reader `parse` always has.
    const file = "---\ntitle: 标题\nexcerpt: >\n  第一行\n  第二行\ndate: 2022-04-09\n---\n正文。\n";
    const full = parse(file, { yaml: fullYaml });
    expect(full.title).toBe("标题");
    expect(full.publishedAt).toBe("2022-04-09T00:00:00+08:00");
    expect(full.extra).toEqual({ excerpt: "第一行 第二行\n" });
    expect(full.warnings.map((w) => w.code)).not.toContain("yaml-recovered");
    expect(parse(file)).toEqual(full);
    // A tag: what `parse` reads only when given `fullYaml`.
    const tagged = "---\ntitle: 标题\nslug: !!str 2024\ndate: 2022-04-09\n---\n正文。\n";
    const recovered = parse(tagged);
    expect(recovered.title).toBe("标题");
    expect(recovered.publishedAt).toBe("2022-04-09T00:00:00+08:00");
    expect(recovered.text).toBe("正文。");
    expect(recovered.warnings).toEqual([
      {
        code: "yaml-recovered",
        message:
          "front matter writes a tag, which only the full YAML reader reads (parse's `yaml` option: `fullYaml` from @caixun/core/yaml); fields recovered line by line",
        line: 3,
      },
    ]);
    expect(recovered.extra).toEqual({ slug: "2024" });
    expect(parse(tagged, { yaml: fullYaml })).toEqual({ ...recovered, warnings: [] });
    // Anchors, aliases and tags are read as such by the recovery too: a Jekyll post naming its
    // reporter once. Only the warning tells the two apart.
    const reporter =
      "---\ntitle: 标题\ndate: 2022-04-09\nauthor: &reporter 张三\neditor: *reporter\nslug: !!str 2024\n---\n正文。\n";
    const withFull = parse(reporter, { yaml: fullYaml });
    const withoutFull = parse(reporter);
    expect(withFull).toMatchObject({ author: "张三", editor: "张三", extra: { slug: "2024" }, warnings: [] });
    expect({ ...withoutFull, warnings: [] }).toEqual(withFull);
    expect(withoutFull.warnings).toEqual([expect.objectContaining({ code: "yaml-recovered", line: 4 })]);
    // parseAll passes the option on to the file's reader too.
    const [all] = parseAllSync(reporter, { yaml: fullYaml });
    expect(all).toEqual({ ok: true, article: withFull });
  });

  it("reads a single-quoted title folded over two lines", () => {
    const article = parse("---\ntitle: '第一行_\n  第二行'\ndate: Invalid Date\n---\n<div>正文。</div>\n");
    expect(article.title).toBe("第一行_ 第二行");
    expect(article.publishedAt).toBeNull();
    expect(article.warnings.map((w) => w.code)).toContain("no-date");
  });
});

describe("encodings and line ends", () => {
  it("decodes GB18030 bytes and says so", () => {
    // 中国太保 in GBK.
    const gbk = new Uint8Array([0xd6, 0xd0, 0xb9, 0xfa, 0xcc, 0xab, 0xb1, 0xa3, 0xa1, 0xa3]);
    const article = parse(gbk);
    expect(article.text).toBe("中国太保。");
    expect(article.warnings.map((w) => w.code)).toContain("encoding-gb18030");
  });

  it("strips a UTF-8 BOM and normalises CRLF", () => {
    const bytes = new TextEncoder().encode(
      "\ufeff---\r\ntitle: 标题\r\ndate: 2022-01-01 08:00:00\r\n---\r\n第一段。\r\n第二段。\r\n",
    );
    const article = parse(bytes);
    expect(article.title).toBe("标题");
    expect(article.publishedAt).toBe("2022-01-01T08:00:00+08:00");
    expect(article.text).toBe("第一段。\n\n第二段。");
  });

  it("decodes UTF-16 with a BOM", () => {
    const text = "标题\n正文一句。";
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect(parse(bytes).title).toBe("标题");
  });

  it("removes NUL bytes and reports them", () => {
    const article = parse("标题\n正文。\u0000\u0000\u0000");
    expect(article.text).toBe("正文。");
    expect(article.warnings.map((w) => w.code)).toContain("control-characters");
  });
});

describe("empty and degenerate files", () => {
  it("an empty file is an empty article with warnings, not an error", () => {
    const article = parse("");
    expect(article.text).toBe("");
    expect(article.title).toBe("");
    expect(article.warnings.map((w) => w.code)).toEqual(["no-title", "no-date", "empty-body"]);
  });

  it("front matter with no body says empty-body at the line where the body starts", () => {
    const article = parse("---\ntitle: 只有标题\ndate: 2022-01-01\n---\n");
    expect(article.title).toBe("只有标题");
    expect(article.warnings).toContainEqual(expect.objectContaining({ code: "empty-body", line: 5 }));
  });

  it("a body that is only a blockquote digest keeps it as a quote", () => {
    const article = parse(
      "---\ntitle: 快讯\ndate: 2022-01-01\n---\n> 央行今日开展逆回购操作。（证券时报）\n",
    );
    expect(article.blocks).toEqual([{ type: "quote", text: "央行今日开展逆回购操作。" }]);
    expect(article.source).toEqual({ name: "证券时报" });
  });
});

describe("hostile HTML", () => {
  const file = [
    "---",
    "title: 注入",
    "date: 2022-01-01",
    "---",
    '<p onclick="steal()">第一段<script>alert(1)</script>正文。</p>',
    "<style>p { color: red }</style>",
    '<p style="display:none">隐藏的段落</p>',
    '<p><a href="javascript:alert(1)">链接文字</a>保留。</p>',
    '<img src="https://t.example.com/pixel.gif" width="1" height="1">',
    '<img src="https://img.example.com/photo.jpg" alt="照片" onerror="x()">',
    '<p style="text-align:center">图为会议现场</p>',
    '<iframe src="https://evil.example.com"></iframe>',
  ].join("\n");
  const article = parse(file);

  it("keeps the words and drops scripts, styles, hidden elements and pixels", () => {
    expect(article.text).toBe("第一段正文。\n\n链接文字保留。\n\n图为会议现场");
    expect(article.images).toEqual([
      { src: "https://img.example.com/photo.jpg", alt: "照片", caption: "图为会议现场" },
    ]);
    assertSanitized(article.html);
    expect(article.html).toContain(
      '<figure><img src="https://img.example.com/photo.jpg" alt="照片"><figcaption>图为会议现场</figcaption></figure>',
    );
  });
});

describe("Markdown and HTML mixed in one body", () => {
  it("renders Markdown structure around HTML blocks", () => {
    const file = [
      "---",
      "title: 混合",
      "date: 2022-01-01",
      "---",
      "# 一级标题",
      "",
      "<p>HTML 段落。</p>",
      "",
      "- 第一项",
      "- 第二项",
      "",
      "| 指标 | 数值 |",
      "|---|---|",
      "| 营收 | 100亿元 |",
      "",
      "    缩进的中文段落不是代码。",
      "",
      "**加粗的小标题**",
      "",
      "最后一段。<!-- more -->",
    ].join("\n");
    expect(parse(file).blocks).toEqual([
      { type: "heading", level: 1, text: "一级标题" },
      { type: "paragraph", text: "HTML 段落。" },
      { type: "list", ordered: false, items: ["第一项", "第二项"] },
      {
        type: "table",
        rows: [
          ["指标", "数值"],
          ["营收", "100亿元"],
        ],
      },
      { type: "paragraph", text: "缩进的中文段落不是代码。" },
      { type: "heading", level: 2, text: "加粗的小标题" },
      { type: "paragraph", text: "最后一段。" },
    ]);
  });
});

describe("inputs built to break parsers", () => {
  it("reads text nested 20,000 elements deep", () => {
    const article = parse(`${"<div>".repeat(20000)}深层文本。${"</div>".repeat(20000)}`);
    expect(article.text).toBe("深层文本。");
    expect(article.warnings.map((w) => w.code)).not.toContain("parse-failed");
  });

  it("reads a 200,000-digit number in parentheses as text, not a figure or a code", () => {
    const article = parse(`(${"1".repeat(200000)})`);
    expect(article.figures).toEqual([]);
    expect(article.securities).toEqual([]);
    expect(article.text.length).toBe(200002);
  });
});
