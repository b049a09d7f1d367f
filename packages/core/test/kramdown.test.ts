// kramdown's reading of HTML in Markdown (session 53, issue 12): the reader mode for Jekyll's bodies, chosen by
// evidence (`markdown/dialect.ts`), read by `markdown/kramdown.ts`. Excerpts from the index: a Jekyll digest's sign-up
// frame and `<br />` over Markdown (zephrxx/news, `_posts/2025-03-03-hacker-news.md`; the index's files 4507476703 and
// 3770657461), a blog post's video frame inside a paragraph (the index's file 36607569297), a Jekyll post's
// `markdown="1"` statement box and `<br>` over a `<big>` line (the index's file 90132), the Jamulus manual's `<details
// markdown="1">` with `{:.no_toc}` and `{:toc}` (the index's file 47786926542).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { markdownDialect } from "../src/markdown/dialect.js";
import { isKramdownHtmlOnly, kramdownElements } from "../src/markdown/kramdown.js";
import { renderMarkdown } from "../src/markdown/render.js";
import { bodyToHtml } from "../src/stages/body.js";

const DIGEST_HEAD =
  "1. 日本铅笔的黄金时代：1952-1967；\n\n以上是今天的前五条黑科技新闻标题。\n\n总共7条，具体内容您往下读...";
const DIGEST_BANNER =
  '<iframe src="/signup.html" width="100%" height="270" frameborder="0"></iframe>\n![](/assets/images/hacker_news.jpg)';
const DIGEST_SUMMARY =
  "<br />\n1952年，Tombow铅笔公司推出了**HOMO**铅笔，标志着日本铅笔行业的革命。\n\nTigerBeetle是一款专为**双入口会计**设计的OLTP数据库，强调安全性与高性能。";
const FRAME_IN_PARAGRAPH =
  '聊天机器人的认知：OpenClaw，一个最近爆火的智能体\n<iframe width="100%" height="468" src="//player.bilibili.com/player.html?bvid=BV1FmZMBiEs9&p=1&autoplay=0" frameborder="no" allowfullscreen="true"> </iframe>\n![](../../assets/image/index-62.png)\n仔细研究才发现，原来 AstrBot 也集成了所谓主动式Agent。';
const STATEMENT = '<div class="statement" markdown="1">\n**Artin**, p.442, sec.2, #2a.\n</div>\n<br>';

describe("kramdown's HTML blocks (markdown/kramdown.ts)", () => {
  it("ends an element's block at its end tag: a frame inside a paragraph, and the image and text under it", () => {
    const frame =
      '<iframe width="100%" height="468" src="//player.bilibili.com/player.html?bvid=BV1FmZMBiEs9&p=1&autoplay=0" frameborder="no" allowfullscreen="true"> </iframe>';
    expect(renderMarkdown(FRAME_IN_PARAGRAPH, undefined, "kramdown")).toBe(
      `<p>聊天机器人的认知：OpenClaw，一个最近爆火的智能体</p>\n${frame}\n<p><img src="../../assets/image/index-62.png" alt="">\n仔细研究才发现，原来 AstrBot 也集成了所谓主动式Agent。</p>\n`,
    );
    // CommonMark's block runs to the blank line: the image and the sentence are raw HTML.
    expect(renderMarkdown(FRAME_IN_PARAGRAPH)).toBe(
      `<p>聊天机器人的认知：OpenClaw，一个最近爆火的智能体</p>\n${frame}\n![](../../assets/image/index-62.png)\n仔细研究才发现，原来 AstrBot 也集成了所谓主动式Agent。`,
    );
  });

  it('reads an element with markdown="1" as its tags around Markdown, and a span element\'s line as a paragraph', () => {
    expect(renderMarkdown(STATEMENT, undefined, "kramdown")).toBe(
      '<div class="statement" markdown="1">\n<p><strong>Artin</strong>, p.442, sec.2, #2a.</p>\n</div>\n<p><br></p>\n',
    );
    expect(renderMarkdown("<br>\n<big>(1) **N** is integer valued.</big>", undefined, "kramdown")).toBe(
      "<p><br>\n<big>(1) <strong>N</strong> is integer valued.</big></p>\n",
    );
  });

  it("reads a Jekyll digest's banner as an image and its summary under `<br />` as Markdown", () => {
    for (const gap of ["\n\n", "\n\n\n"]) {
      const article = parse(
        `---\nlayout: page\ntitle: 勒西科技日报\ndate: 2025-03-03 00:00:00\n---\n\n${DIGEST_HEAD}${gap}${DIGEST_BANNER}\n\n\n${DIGEST_SUMMARY}\n`,
      );
      expect(article.text).toBe(
        "日本铅笔的黄金时代：1952-1967；\n\n以上是今天的前五条黑科技新闻标题。\n\n总共7条，具体内容您往下读...\n\n1952年，Tombow铅笔公司推出了HOMO铅笔，标志着日本铅笔行业的革命。\n\nTigerBeetle是一款专为双入口会计设计的OLTP数据库，强调安全性与高性能。",
      );
      expect(article.images.map((image) => image.src)).toContain("/assets/images/hacker_news.jpg");
    }
  });

  it("keeps an element with content, a block's lines, and an element never closed as HTML", () => {
    const kramdown = (body: string) => bodyToHtml(body, "markdown", "kramdown");
    expect(kramdown('正文**一**。\n\n<div class="a">\n**不是强调**\n</div>')).toContain("**不是强调**");
    expect(kramdown("正文**一**。\n\n<div>\n\n**甲**\n\n</div>\n**乙**")).toBe(
      '<p data-caixun-markdown="">正文<strong>一</strong>。</p>\n<div>\n\n**甲**\n\n</div>\n<p data-caixun-markdown=""><strong>乙</strong></p>\n',
    );
    // A stray `<div>` is read as CommonMark reads it: its block ends at the blank line.
    expect(kramdown("<div>\n**甲**\n\n**乙**")).toBe(
      '<div>\n**甲**\n<p data-caixun-markdown=""><strong>乙</strong></p>\n',
    );
  });

  it("matches each element to its own end tag, nested ones of its name counted, one pass over the tags", () => {
    const elements = kramdownElements("<div a>\n<div>\n</div>\n</div>\n<br />\n<div>");
    expect([...elements.ends]).toEqual([
      [8, 3],
      [0, 4],
      [28, 5],
    ]);
    expect(isKramdownHtmlOnly('<p>甲</p>\n<DIV class="a">\n<div>乙</div>\n</div>\n<!-- 注 -->\n<hr>')).toBe(
      true,
    );
    for (const notOnly of [
      DIGEST_BANNER,
      "<br />\n正文",
      "<div>\n<div>\n</div>",
      '<div markdown="1">\n甲\n</div>',
    ])
      expect(isKramdownHtmlOnly(notOnly)).toBe(false);
    const many = "<div>\n\n".repeat(40_000) + "</div>\n".repeat(20_000);
    const started = performance.now();
    expect(kramdownElements(many).ends.size).toBe(20_000);
    expect(renderMarkdown(many, undefined, "kramdown").length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe("the dialect, chosen by evidence (markdown/dialect.ts)", () => {
  const evidence = (over: Partial<Parameters<typeof markdownDialect>[0]>) => ({
    format: "front-matter" as const,
    data: {},
    body: "正文。",
    filename: undefined,
    ...over,
  });
  it("reads kramdown where Jekyll built the file, CommonMark elsewhere, and as the setting forces", () => {
    const kramdown = [
      evidence({ format: "finews-jekyll" }),
      evidence({ filename: "zephrxx/news/_posts/2025-03-03-hacker-news.md" }),
      evidence({ data: { layout: "page", date: "2025-03-03 00:00:00" } }),
      evidence({ data: { redirect_from: ["/old/"] } }),
      evidence({ body: "# Manual de Usuario de Jamulus\n {:.no_toc}\n" }),
      evidence({ body: "* TOC\n{:toc}" }),
      evidence({ body: STATEMENT }),
      evidence({ body: "{% highlight ruby %}\nputs 1\n{% endhighlight %}" }),
      evidence({ body: '<img src="{{ site.baseurl }}/a.png">' }),
    ];
    for (const one of kramdown) expect(markdownDialect(one, 1)).toBe("kramdown");
    const commonMark = [
      evidence({}),
      evidence({ format: "hexo-aggregator", data: { layout: "post", date: "2022-04-09" } }),
      evidence({ filename: "blog/source/_posts/2025-03-03-hacker-news.md" }),
      evidence({ data: { layout: "../../layouts/Post.astro", date: "2025-03-03" } }),
      evidence({ data: { layout: "post" } }),
      evidence({ body: "价格 {:.2f} 元" }),
    ];
    for (const one of commonMark) expect(markdownDialect(one, 1)).toBe("commonmark");
    expect(markdownDialect(evidence({}), 2)).toBe("kramdown");
    expect(markdownDialect(evidence({ format: "finews-jekyll" }), 0)).toBe("commonmark");
  });

  it("is a setting parse takes (0 to 2) and rejects any other value", () => {
    const body = `---\ntitle: 甲\n---\n\n${DIGEST_BANNER}\n`;
    expect(parse(body).images.map((image) => image.src)).not.toContain("/assets/images/hacker_news.jpg");
    expect(parse(body, { settings: { kramdownMarkdown: 2 } }).images.map((image) => image.src)).toContain(
      "/assets/images/hacker_news.jpg",
    );
    expect(() => parse(body, { settings: { kramdownMarkdown: 3 } })).toThrow(/kramdownMarkdown/);
  });
});

describe("a bare layout over a date, written by generators other than Jekyll (markdown/dialect.ts)", () => {
  // Real posts from the index (front matter verbatim, body lines verbatim or cut short, some of a long body left out): a Hugo post with `draft`, `URL`,
  // Hugo shortcodes and `<p><div>` around its formulas (file 1312991494); a post with Hugo's archetype date, `draft`
  // and `<meta>` tags in its body (file 22317983044); a Gatsby post with `draft`, `path`, `next`/`previous` and a
  // `<div class="fold"></div>` (file 34612601252); a Hexo post with `updated`, `comments`, an empty `date` and
  // `<!--more-->` (file 46909417042); a Hugo post with `draft`, `url` and `aliases` (file 31424521222).
  const POSTS: readonly [id: string, text: string][] = [
    [
      "1312991494",
      '---\ndraft: false\nlayout: post\ntitle: "Linear Algebra: Vector Spaces and Subspaces"\ndate: 2019-05-25\nauthor: "Craig Johnston"\nURL: "linear-algebra-vector-spaces/"\nseries:\n- Linear Algebra Crash Course\n---\n\nThis article on **vector spaces and subspaces** is part five of an ongoing crash course.\n\n{{< math >}}\n{{< toc >}}\n\nA set of vectors $\\{\\vec{v}_1, \\vec{v}_2, \\ldots, \\vec{v}_k\\}$ is **linearly independent** if the only solution to:\n\n<p><div>\n$\nc_1\\vec{v}_1 + c_2\\vec{v}_2 + \\cdots + c_k\\vec{v}_k = \\vec{0}\n$\n</div></p>\n\nis $c_1 = c_2 = \\cdots = c_k = 0$.\n',
    ],
    [
      "22317983044",
      '---\ntitle: "Vera Architecture"\ndate: 2025-04-04T11:09:00+02:00\ndraft: false\nlayout: post\n---\n\nVera Architecture\n----\n\n<meta property="og:image" content="2025-04-04-vero-architecture/vera-arch-202504041121.drawio.png" alt="Vera Architecture" />\n\nIt isolates the business logic from any kind of external data.\n',
    ],
    [
      "34612601252",
      '---\ntitle: "Orchard CMS: Overriding the Admin Theme"\ndate: 2017-11-12T20:02:34.733Z\ndraft: false\nlayout: post\npath: /orchard-cms-overriding-the-admin-theme/\nnext: /orchard-cms-switching-themes-dynamically/\nprevious: /orchard-cms-strongly-typed-webapi-routing/\n---\n\nOverriding the admin theme is easy, but no one seems to talk about it.\n\n<div class="fold"></div>\n\nAlmost everything in Orchard is achieved by implementing an interface.\n',
    ],
    [
      "46909417042",
      "---\ntitle: python 环境安装\ndate: \ntags: [Python]\ncategories: Python\nlayout: post\nupdated: \ncomments: \npermalink: \n---\n\n环境：\ncentos：6.5\n\n\n<!--more-->\n- 安装依赖：\n",
    ],
    [
      "31424521222",
      "---\ndraft: true\ntitle: SBT Tidbits\nauthor: higherkindedtype\nlayout: post\nurl: /posts/sbt-tidbits\naliases:\n  - /posts/sbt-for-the-impatient\ndate: 2022-08-14\n---\n\n- sbt build is a collection of settings that are loaded\n",
    ],
  ];

  const frontMatter = (text: string): Record<string, unknown> => {
    const data: Record<string, unknown> = {};
    for (const line of text.split("\n---\n")[0]!.split("\n").slice(1)) {
      const pair = /^([A-Za-z_]\w*):\s*(.*)$/.exec(line);
      if (pair) data[pair[1]!] = pair[2]!.replace(/^"|"$/g, "");
    }
    return data;
  };

  it("reads each as CommonMark, and as kramdown without the other generator's keys", () => {
    for (const [id, text] of POSTS) {
      const data = frontMatter(text);
      const body = text.slice(text.indexOf("\n---\n", 4) + 5);
      const evidence = { format: "front-matter" as const, data, body, filename: undefined };
      expect([id, markdownDialect(evidence, 1)]).toEqual([id, "commonmark"]);
      // The same front matter with only Jekyll's keys left (layout, date, title …) is Jekyll's evidence still.
      const jekyllOnly = Object.fromEntries(
        Object.entries(data).filter(([key]) =>
          ["layout", "date", "title", "tags", "categories", "author"].includes(key),
        ),
      );
      expect([id, markdownDialect({ ...evidence, data: jekyllOnly }, 1)]).toEqual([id, "kramdown"]);
      expect([id, parse(text, { filename: "post.md" }).blocks]).toEqual([
        id,
        parse(text, { filename: "post.md", settings: { kramdownMarkdown: 0 } }).blocks,
      ]);
    }
  });
});

describe("the kramdown mode on arbitrary input", () => {
  const piece = fc.oneof(
    fc.constantFrom(
      "<div>",
      "</div>",
      '<div markdown="1">',
      "<br />",
      "<span>甲</span>",
      "<iframe src=x></iframe>",
      "<!-- c -->",
      "**乙**",
      "- 项",
      "> 引",
      "# 题",
      "```",
      "",
      "正文。",
    ),
    fc.string({ maxLength: 30 }),
  );
  const body = fc.array(piece, { maxLength: 30 }).map((lines) => lines.join("\n"));

  it("never throws and always writes HTML", () => {
    fc.assert(
      fc.property(body, (text) => {
        expect(typeof renderMarkdown(text, undefined, "kramdown")).toBe("string");
        expect(typeof bodyToHtml(text, "markdown", "kramdown")).toBe("string");
      }),
      { numRuns: 400 },
    );
  });

  it("reads a body with no line opened by a tag as CommonMark does", () => {
    const tagless = body.filter((text) => !/^[ \t]*<[A-Za-z/]/m.test(text));
    fc.assert(
      fc.property(tagless, (text) => {
        expect(renderMarkdown(text, undefined, "kramdown")).toBe(renderMarkdown(text));
        expect(bodyToHtml(text, "markdown", "kramdown")).toBe(bodyToHtml(text, "markdown"));
        const front = `---\ntitle: 甲\n---\n\n${text}\n`;
        expect(parse(front, { settings: { kramdownMarkdown: 2 } }).blocks).toEqual(
          parse(front, { settings: { kramdownMarkdown: 0 } }).blocks,
        );
      }),
      { numRuns: 300 },
    );
  });
});
