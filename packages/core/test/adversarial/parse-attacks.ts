/**
 * The catalogue of hostile files: for every parser stage, inputs built to make it slow, sized to
 * order. Each entry makes a file of about `size` characters by repeating a hostile piece; the
 * adversarial script parses each at 10 KB, 100 KB and 1 MB; the regexes have their own attacks,
 * read off each pattern (`regex-attacks.ts`).
 */
import { fill } from "./measure.js";

export interface ParseAttack {
  name: string;
  /** The stage or library the input aims at. */
  stage: string;
  make(size: number): string;
  /** Read as `parseAll` reads it, every record (a dump of many rows given to `parse` is one text). */
  records?: true;
}

const FRONT = "---\ntitle: 标题\ndate: 2022-01-01 09:00:00\n---\n";
/** A Markdown file (front matter, so the blog generator reads the body as Markdown). */
const markdown =
  (piece: string, end = "") =>
  (size: number) =>
    FRONT + fill(piece, size - FRONT.length - end.length) + end;
/** A plain-text file: no front matter. */
const plain =
  (piece: string, end = "") =>
  (size: number) =>
    fill(piece, size - end.length) + end;
/** An HTML file. */
const html = (piece: string) => (size: number) => `<div>${fill(piece, size - 11)}</div>`;
/** Front matter of `size` characters built from numbered pieces, then a short body. */
const yaml = (piece: (i: number) => string) => (size: number) => {
  const lines: string[] = [];
  let length = 0;
  for (let i = 0; length < size - 40; i++) {
    const line = piece(i);
    lines.push(line);
    length += line.length + 1;
  }
  return `---\ntitle: 标题\n${lines.join("\n")}\n---\n正文。\n`;
};

/** Nine levels of nine aliases, renamed for each copy (552 bytes a bomb). */
const bomb = (i: number) =>
  [
    `a${i}: &a${i} ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]`,
    ..."bcdefghi".split("").map((name, level) => {
      const previous = `${"abcdefghi"[level]}${i}`;
      return `${name}${i}: &${name}${i} [${Array(9).fill(`*${previous}`).join(",")}]`;
    }),
  ].join("\n");

export const PARSE_ATTACKS: readonly ParseAttack[] = [
  // The issue's examples.
  {
    name: "上一页 and thirty digits, repeated",
    stage: "boilerplate",
    make: plain(`上一页${"0".repeat(30)}上\n`),
  },
  {
    name: "a title of underscores",
    stage: "title",
    make: (size) => `---\ntitle: "${"_".repeat(size)}x"\n---\n正文。`,
  },
  { name: "Markdown body of [[]]", stage: "markdown", make: markdown("[[]]") },
  { name: "Markdown body of \\\\", stage: "markdown", make: markdown("\\\\") },
  { name: "Markdown body of !", stage: "markdown", make: markdown("!") },
  { name: "Markdown body of NUL", stage: "decode", make: markdown("\u0000", "x") },
  { name: "nested quotes", stage: "markdown nesting", make: markdown("> ", "最深处。") },
  { name: "billion laughs, one bomb per 552 bytes", stage: "front matter", make: yaml(bomb) },
  { name: "cyclic aliases", stage: "front matter", make: yaml((i) => `c${i}: &c${i} [1, *c${i}]`) },
  // Decode.
  { name: "trailing NUL padding", stage: "decode", make: (size) => `标题\n正文。${"\u0000".repeat(size)}` },
  { name: "control characters between letters", stage: "decode", make: plain("\u0001a\u001b[") },
  { name: "CRLF and lone CR", stage: "decode", make: plain("正文。\r\n\r") },
  // Front matter.
  { name: "many keys", stage: "front matter", make: yaml((i) => `key${i}: 值${i}`) },
  {
    name: "invalid YAML recovered line by line",
    stage: "front matter",
    make: yaml((i) => `k${i}: "他说"不"的理由`),
  },
  { name: "unclosed quoted scalars", stage: "front matter", make: yaml((i) => `k${i}: "开`) },
  {
    name: "a long flow list of tags",
    stage: "front matter",
    make: (size) => `---\ntags: [${fill("标签, ", size)}]\n---\n正文。`,
  },
  {
    name: "a key line of tabs and U+2028",
    stage: "front matter",
    make: (size) => `---\ntitle:${"\t".repeat(size)}\u2028\nx: "\n---\n正文`,
  },
  {
    name: "deep flow nesting",
    stage: "front matter",
    make: (size) => `---\ntitle: t\nx: ${"[".repeat(size / 2)}\n---\n正文`,
  },
  // Markdown.
  { name: "emphasis *a", stage: "markdown", make: markdown("*a ") },
  { name: "emphasis _a", stage: "markdown", make: markdown("_a ") },
  { name: "strong **a", stage: "markdown", make: markdown("**a ") },
  { name: "unclosed links [a](", stage: "markdown", make: markdown("[a](") },
  { name: "unclosed images ![a](", stage: "markdown", make: markdown("![a](") },
  { name: "reference definitions", stage: "markdown", make: markdown("[a]: http://x.cn\n") },
  { name: "angle brackets", stage: "markdown", make: markdown("<") },
  { name: "entity starts &#", stage: "markdown", make: markdown("&#") },
  { name: "backticks", stage: "markdown", make: markdown("`") },
  { name: "table cells", stage: "markdown", make: (size) => `${FRONT}|a|b|\n|-|-|\n${fill("|x", size)}` },
  { name: "list markers", stage: "markdown", make: markdown("- ") },
  {
    name: "lists indented without end",
    stage: "markdown nesting",
    make: (size) => {
      let out = FRONT;
      for (let i = 0; out.length < size; i++) out += `${" ".repeat((i % 400) * 2)}- 项${i}\n`;
      return out;
    },
  },
  {
    name: "an unclosed <pre> and blank lines",
    stage: "markdown html blocks",
    make: (size) => `${FRONT}<pre>\n\n${fill("段\n\n", size)}`,
  },
  {
    name: "HTML blocks between paragraphs",
    stage: "markdown html blocks",
    make: markdown("<p>段落。</p>\n\n**粗**\n\n"),
  },
  { name: "unclosed comments", stage: "markdown", make: markdown("<!-- ") },
  // HTML.
  { name: "deep <div> nesting", stage: "html", make: plain("<div>") },
  { name: "deep inline <b> nesting", stage: "html", make: plain("<b>") },
  { name: "many attributes", stage: "html", make: html('<p a="1" b="2" style="color:red">正文。</p>') },
  { name: "a long attribute", stage: "html", make: (size) => `<p title="${"x".repeat(size)}">正文。</p>` },
  { name: "hidden elements", stage: "html", make: html('<span style="display:none">隐</span>') },
  {
    name: "a long table",
    stage: "html",
    make: (size) => `<table>${fill("<tr><td>甲</td><td>乙</td></tr>", size)}</table>`,
  },
  { name: "nested tables", stage: "html", make: plain("<table><tr><td>") },
  { name: "images", stage: "html", make: html('<img src="https://i.example.com/a.jpg" alt="图">') },
  {
    name: "an unclosed stock-chart fence",
    stage: "packs",
    make: (size) => `<!-- EM_StockImg_Start -->eastmoney${fill("<p>段</p>", size)}`,
  },
  {
    // The people pack's `.box01 .fl a` under 180 `.fl` and no `.box01`: trying every `.fl` ancestor in
    // turn, each link cost the square of the depth; matched greedily, the depth.
    name: "links under deep pack-selector ancestors",
    stage: "packs",
    make: (size) => {
      const open = '<div class="fl">'.repeat(180);
      return `people.com.cn${open}${fill('<a href="/x">链</a>', size - open.length - 13)}`;
    },
  },
  { name: "entities", stage: "html", make: html("&amp;&#x1b;&lt;") },
  { name: "javascript: hidden by tabs", stage: "html", make: html('<img src="jav\tascript:alert(1)">') },
  { name: "a src of tabs", stage: "html", make: (size) => `<img src="${"\t".repeat(size)}javascript:">` },
  // Plain text.
  { name: "one long line without punctuation", stage: "plain text", make: plain("中文") },
  { name: "many short lines (headings)", stage: "plain text", make: plain("小节标题\n") },
  { name: "hard-wrapped lines", stage: "plain text", make: plain(`${"长句子的一部分".repeat(6)}\n`) },
  { name: "ideographic space breaks", stage: "plain text", make: plain("段落\u3000\u3000") },
  { name: "a URL-like first line", stage: "plain text", make: (size) => `${fill("a.com", size)}\n正文。` },
  // Credits, title, provenance.
  {
    name: "source lines padded with spaces",
    stage: "credits",
    make: markdown(`来源：${" ".repeat(40)}\n\n`),
  },
  { name: "empty credits with tabs", stage: "credits", make: plain("（文\t\t\t\t") },
  { name: "repost lines", stage: "credits", make: markdown("转自  ：  中新网\n\n") },
  { name: "trailing outlets", stage: "credits", make: plain("。（上海证券报）") },
  { name: "datelines", stage: "credits", make: plain("新华社北京12月1日电") },
  { name: "bylines", stage: "credits", make: plain("本报记者 ") },
  {
    name: "本报讯 and spaces",
    stage: "title",
    make: (size) => `---\ndate: 2022-01-01\n---\n本报讯${" ".repeat(size)}正文`,
  },
  { name: "navigation footers", stage: "credits", make: markdown("[返回北方网新闻](http://a.cn)｜") },
  // Enrichment.
  { name: "digits and spaces", stage: "figures", make: plain("1 ") },
  { name: "digit groups", stage: "figures", make: plain("1,000,") },
  { name: "open parentheses of codes", stage: "securities", make: plain("(601601") },
  { name: "codes with suffixes", stage: "securities", make: plain("601601.SH ") },
  {
    name: "future years",
    stage: "dates",
    make: (size) => `---\ndate: 2022-01-01\n---\n${fill("自2105年推出起。", size)}`,
  },
  { name: "Chinese dates", stage: "dates", make: plain("2022年4月28日") },
  // JSON records (read as a dump record by their content: no file name is given).
  {
    name: "deep JSON arrays in a record",
    stage: "json records",
    make: (size) => {
      const depth = Math.floor((size - 40) / 2);
      return `{"title":"标题","content":"正文。","x":${"[".repeat(depth)}${"]".repeat(depth)}}`;
    },
  },
  {
    name: "deep JSON objects in a record",
    stage: "json records",
    make: (size) => {
      const depth = Math.floor((size - 40) / 6);
      return `{"title":"标题","content":"正文。","x":${'{"a":'.repeat(depth)}1${"}".repeat(depth)}}`;
    },
  },
  // Python dict reprs (`readers/python-literal.ts`, read as records by their first key in single quotes).
  {
    name: "Python datetimes nested in one another's tzinfo",
    stage: "python records",
    make: (size) => {
      const call = "datetime.datetime(2019, 5, 4, 21, 56, tzinfo=";
      const head = `{'title': '标题', 'content': '正文。', 'x': ${call.repeat(900)}[`;
      const end = `]${")".repeat(900)}}`;
      return head + whole("1, ", size - head.length - end.length) + end;
    },
  },
  {
    name: "a million tiny Python dicts",
    stage: "python records",
    make: pythonRecord("{'a': 1}, ", "[", "]"),
  },
  {
    name: "Python escapes and joined strings",
    stage: "python records",
    make: pythonRecord("\\x41\\u8bc1\\n\\'' \"b\" u'", "'", "'"),
  },
  { name: "an unterminated Python string", stage: "python records", make: pythonRecord("正文", "'", "") },
  // Jupyter notebooks (`readers/notebook.ts`).
  {
    name: "a notebook's loop log, one line a round",
    stage: "notebook",
    make: notebook(
      '{"cell_type": "code", "source": "", "outputs": [{"output_type": "stream", "text": "',
      "此次刷新没有获得数据，等待5s后将继续刷新 12\\n",
      '"}]}',
    ),
  },
  {
    name: "a notebook's output of ANSI colours",
    stage: "notebook",
    make: notebook(
      '{"cell_type": "code", "source": "", "outputs": [{"output_type": "stream", "text": "',
      "\\u001b[0;31m错误 7\\u001b[0m",
      '"}]}',
    ),
  },
  {
    name: "a notebook of tiny cells",
    stage: "notebook",
    make: notebook(
      "",
      '{"cell_type": "markdown", "source": ["段落。"]}, {"cell_type": "code", "outputs": [1, null, {"output_type": "stream", "text": 5}]}, ',
      '{"cell_type": "raw"}',
    ),
  },
  // SQL dumps (`readers/sql-documents.ts`): heads of one id with no body, then bodies of that id.
  {
    name: "SQL head rows of one id, then body rows of it",
    stage: "sql dump",
    records: true,
    make: (size) => {
      const heads = "INSERT INTO `ecms_news` (`id`, `title`, `newstime`) VALUES ";
      const bodies = "INSERT INTO `ecms_news_data_1` (`id`, `newstext`) VALUES ";
      const half = Math.floor((size - heads.length - bodies.length) / 2);
      return `${heads}${whole("(1, '标题', '2021-03-15 21:31:36'), ", half)}(1, '标题', '2021-03-15 21:31:36');\n${bodies}${whole("(1, '正文，一段话。'), ", half)}(1, '正文。');\n`;
    },
  },
  // Records in source code (`readers/code-records.ts`, read for every Markdown and plain-text file).
  {
    name: "headline keys after a brace, each searched back for its object",
    stage: "code records",
    make: (size) => `{${whole(", title: 1", size - 1)}`,
  },
  { name: "unterminated object literals", stage: "code records", make: plain("{ title: '标题") },
  {
    name: "a javadoc of key : value lines",
    stage: "code records",
    make: (size) => `/**\n${whole(" * title : 标题\n * content : 正文\n * key : 1\n", size - 8)} */\n`,
  },
  {
    name: "a README's quoted rows under column names",
    stage: "code records",
    make: (size) => {
      const head = "数据示例： id, title, time, source, text\n";
      return (
        head + whole("'20', '万科A标题', '2024年03月08日 19:37', '来源', '正文。'\n", size - head.length)
      );
    },
  },
  {
    name: "blanks after a README row's quoted value",
    stage: "code records",
    make: (size) => {
      const head = "数据示例： id, title, time\n'20'";
      return `${head}${" ".repeat(Math.max(0, size - head.length - 1))}x`;
    },
  },
  // News in string literals (`readers/code-records.ts`): literals joined by `+`, quotes that never close.
  { name: "string literals joined by +", stage: "code records", make: plain('("银行" + ') },
  { name: "a run of double quotes", stage: "code records", make: plain('"') },
  // Session 40: a line of escaped quotes an open quote leaves open, many stories in literals, a column comment's blanks.
  {
    name: "escaped quotes on a line an open quote leaves open",
    stage: "code records",
    make: (size) => `s = "${whole('\\"', size - 6)}\n`,
  },
  {
    name: "many stories in string literals",
    stage: "code records",
    records: true,
    make: (size) => whole(`f("${"银行".repeat(105)}");\n`, size),
  },
  {
    name: "COMMENT and a run of blanks in a column's definition",
    stage: "sql dump",
    make: (size) =>
      `CREATE TABLE t (\`ttext\` text COMMENT${" ".repeat(Math.max(1, size - 80))}x);\nINSERT INTO t VALUES ('a');\n`,
  },
  // A page's sidebars after the story (`stages/boilerplate.ts`' `withoutSidebars`): a paragraph, then short lines.
  {
    name: "a paragraph, then many short lines",
    stage: "boilerplate",
    make: (size) => `title: 标题\nimages: x\ncontent: 正文。\n${whole("fontSize: 12\n", size - 32)}`,
  },
  // Labelled records one after another (`readers/labelled.ts`): blocks between `---` lines, each an Article.
  {
    name: "labelled blocks one after another",
    stage: "labelled records",
    records: true,
    make: (size) => whole("title: 标题\ndate: 2024-01-01\ncontent: 正文一段。\n---\n", size),
  },
  // Typst pages (`readers/typst.ts`).
  { name: "content blocks nested deep", stage: "typst", make: typst("#rect()[\n", "正文。\n") },
  { name: "a call left open", stage: "typst", make: typst("#figure(\n", "正文。\n") },
  {
    name: "a table of many cells",
    stage: "typst",
    make: typst("#table(columns: 3,\n", "[格], ", ")\n正文。\n"),
  },
  { name: "unclosed math, strong and calls", stage: "typst", make: typst("", "$a *b #f(x)[") },
  // A Marp deck (`readers/slide-deck.ts`).
  {
    name: "a deck of many slides",
    stage: "slide deck",
    make: (size) => {
      const head = "---\nmarp: true\n---\n# 标题\n**某人**\n2023-04-26\n";
      return head + whole("---\n正文。\n", size - head.length);
    },
  },
  // TOML front matter (`stages/front-matter.ts`).
  { name: "TOML front matter never closed", stage: "toml front matter", make: toml("a = 1\n", "") },
  { name: "TOML keys", stage: "toml front matter", make: toml('key = "值"\n', "+++\n正文。\n") },
  { name: "TOML tables", stage: "toml front matter", make: toml("[t]\nx = 1\n", "+++\n正文。\n") },
  {
    name: "a TOML multi-line string never closed",
    stage: "toml front matter",
    make: toml('summary = """\n正文，一段话。\n', "+++\n正文。\n"),
  },
  // The SQL join on heads of one id (`readers/sql-join.ts`).
  {
    name: "SQL heads of one id, then rows of text",
    stage: "sql join",
    records: true,
    make: (size) => {
      const heads =
        "INSERT INTO `ecms_news` (`id`, `title`, `newstime`) VALUES (1, '标题', '2021-03-15 21:31:36'), (1, '标题', '2021-03-15 21:31:36');\nINSERT INTO `news` (`id`, `title`, `content`) VALUES ";
      return `${heads}${whole("(1, '标题', '正文。'), ", size - heads.length)}(1, '标题', '正文。');\n`;
    },
  },
  // A record's date keys (`readers/record.ts`' `publishDate`, `namedTime`).
  {
    name: "a record of many date keys",
    stage: "json records",
    records: true,
    make: (size) => {
      const keys = ['{"title": "标题", "content": "正文。", "date": "2020-03-18"'];
      for (let length = keys[0]!.length; length < size - 40; length += keys.at(-1)!.length)
        keys.push(`, "date${keys.length}": "2020-03-18 10:18:10"`);
      return `${keys.join("")}}`;
    },
  },
  // Session 41 (the nineteenth round): session 40's readers — HTML a CMS stored escaped, a metadata object lifted one
  // level, a content list of paragraph items, a generator's template tags, a javadoc of sample items, the CJK
  // emphasis rewrite's fences, a digest's section headings.
  {
    name: "escaped HTML tags in a record's text",
    stage: "json records",
    make: (size) =>
      `{"title":"标题","date":"2024-01-01","content":"${whole("&lt;p&gt;正文。&lt;/p&gt;", size - 60)}"}`,
  },
  {
    name: "a metadata object nested in its own key",
    stage: "json records",
    make: (size) => {
      const depth = Math.floor((size - 60) / 10);
      return `{"title":"标题","content":"正文。","meta":${'{"meta":'.repeat(depth)}1${"}".repeat(depth)}}`;
    },
  },
  {
    name: "a content list of paragraph items of every type",
    stage: "json records",
    make: (size) => {
      const items = '{"type":"text","content":"段落。"},1,null,"",[],{},{"type":"image","src":"x"},"句子。",';
      return `{"title":"标题","date":"2024-01-01","content":[${whole(items, size - 60)}"完。"]}`;
    },
  },
  { name: "template tags never closed", stage: "markdown", make: markdown("{% 正文{{ 段落{: ") },
  {
    name: "fences and CJK emphasis",
    stage: "markdown",
    make: markdown("```\n**中文：**\n```\n**中文：**`**中`\n\n"),
  },
  {
    name: "a javadoc of many sample items",
    stage: "code records",
    records: true,
    make: (size) =>
      `/**\n${whole(" * id : 54\n * source : 中国企业家杂志\n * summary : 谁说滴滴之后再无网约车？\n * title : 哈啰入局网约车\n", size - 8)} */\n`,
  },
  {
    name: "a digest of many sections with linked headings",
    stage: "markdown",
    records: true,
    make: (size) =>
      `# 财联社电报 2026-07-29\n\n${whole("## 10:00:00｜[标题](https://a.cn)[注][1]\n\n- id: `1`\n\n正文一段。\n\n", size - 30)}`,
  },
  // Session 42 (the twentieth round): session 41's readers — a feed's title as long as its items (its outlet was read
  // again for every item), a record of 7,000 nested arrays among a feed's items (JSON.stringify's stack), nested
  // headings that wrap blocks (each level's text read again, up to the DOM's depth cap).
  {
    name: "a feed saved as JSON whose title is half the file",
    stage: "json records",
    records: true,
    make: (size) =>
      `{"title":"${whole("某某 ", size / 2)}","items":[${whole('{"title":"标题","content":"正文一段。"},', size / 2)}{}]}`,
  },
  {
    name: "an RSS channel whose title is half the file",
    stage: "json records",
    records: true,
    make: (size) =>
      `<rss><channel><title>${whole("中国 |", size / 2)}</title>${whole("<item><title>标题</title><description>正文一段。</description></item>", size / 2)}</channel></rss>`,
  },
  {
    name: "feed items nested past JSON.stringify's stack",
    stage: "json records",
    records: true,
    make: (size) => {
      const depth = Math.floor((size - 80) / 2);
      return `{"title":"t","items":[{"title":"标题","content":"正文。","x":${"[".repeat(depth)}${"]".repeat(depth)}}]}`;
    },
  },
  {
    name: "nested headings that wrap blocks",
    stage: "html",
    make: (size) => `<div>${whole(`<h2><br>${"正文".repeat(110)}`, size - 11)}</div>`,
  },
  // Session 42 (quad42): quotes whose content ends before the plain line after them, each looking ahead at every
  // later line as lazy (markdown-it's own: 88 KB 20.8 s; core's before quad42's bound 6.3 s). Session 43 (harden43):
  // a quote reads a line only when its content comes to it, so each line is read a bounded number of times.
  {
    name: "a fence in a list in a quote, closed by a plain line, repeated",
    stage: "markdown nesting",
    make: markdown("> - > - ```\n正文\n"),
  },
  {
    name: "quotes whose paragraph takes a lazy line, then a fence, repeated",
    stage: "markdown nesting",
    make: markdown("> 引文\n正文\n> - ```\n正文\n"),
  },
];

/** A Typst page (a rule opening it, a heading), `open`, then `piece` repeated, then `close`. */
function typst(open: string, piece: string, close = ""): (size: number) => string {
  const head = `#set text(lang: "zh")\n= 标题\n${open}`;
  return (size) => head + whole(piece, size - head.length - close.length) + close;
}

/** TOML front matter of a title, then `piece` repeated, then `end` (its closing fence and a body, or nothing). */
function toml(piece: string, end: string): (size: number) => string {
  const head = '+++\ntitle = "标题"\n';
  return (size) => head + whole(piece, size - head.length - end.length) + end;
}

/** A Python dict's repr of a title, a text and a value `x` of `piece` repeated between `open` and `close`. */
function pythonRecord(piece: string, open: string, close: string): (size: number) => string {
  const head = `{'title': '标题', 'content': '正文。', 'x': ${open}`;
  const end = close === "" ? "" : `${close}}`;
  return (size) => head + whole(piece, size - head.length - end.length) + end;
}

/** A notebook of one cell opening with `open`, `piece` repeated in it, closed by `close`. */
function notebook(open: string, piece: string, close: string): (size: number) => string {
  const head = `{"cells": [{"cell_type": "markdown", "source": "# 标题"}, ${open}`;
  const end = `${close}]}`;
  return (size) => head + whole(piece, size - head.length - end.length) + end;
}

/** `piece` repeated whole (at least once) to about `size` characters: what it opens, it closes. */
function whole(piece: string, size: number): string {
  return piece.repeat(Math.max(1, Math.floor(size / piece.length)));
}
