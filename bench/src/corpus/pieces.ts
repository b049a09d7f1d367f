import type { RealFile } from "./real-files.js";

/**
 * Real material the generator recombines, read from the seeds and the shared corpus with plain
 * patterns rather than with caixun: the benchmark's inputs must not move when the parser under
 * test changes.
 */
export interface Pieces {
  titles: string[];
  paragraphs: string[];
  headings: string[];
  /** Publish instants, as milliseconds since the epoch. */
  instants: number[];
  /** eastmoney K-line widgets, `<!-- EM_StockImg_Start -->…<!-- EM_StockImg_End -->`. */
  widgets: string[];
  /** Bare eastmoney share links. */
  shareLinks: string[];
  /** finews navigation footers: `[返回北方网新闻](…)｜[返回首页](…)`. */
  footers: string[];
  /** finews `categories` slug and `tags` pairs. */
  finewsChannels: Array<{ slug: string; tag: string }>;
  /** Hexo `categories:` lists (channel / outlet / section). */
  hexoCategories: string[][];
  /** Outlets named by credit lines and channels. */
  outlets: string[];
  editors: string[];
}

const FRONT_MATTER = /^\s*---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;
const WIDGET = /<!-- EM_StockImg_Start -->[\s\S]*?<!-- EM_StockImg_End -->/g;
const SHARE_LINK = /<https?:\/\/[^>\s]*NewsShare\.html\?infoCode=[A-Z0-9]+>/g;
const FOOTER = /^\[返回[^\n]*\]\([^\n]*\)[^\n]*$/gm;
const HTML_PARAGRAPH = /<p(?:\s[^>]*)?>([\s\S]*?)<\/p>/g;
const BOLD_PARAGRAPH = /^<strong>([^<]{2,30})<\/strong>$/;
const CREDIT = /(?:文章来源|来源|转自)\s*[:：]\s*([^）)】<\n]{2,20})[）)】]?/g;
/** A credit's outlet is a short name, not the rest of a sentence. */
const OUTLET_NAME = /^[\p{Script=Han}A-Za-z0-9 ]{2,12}$/u;
const EDITOR = /[（(]\s*责任编辑\s*[:：]\s*([^）)\s]{2,8})\s*[）)]/g;
/** Lines that are credits, ads or navigation rather than a journalist's sentences. */
const NOT_PROSE = /来源|转自|责任编辑|版权|公益广告|返回|分享|http/;
const SENTENCE = /[。！？]/;
const ENTITIES: Record<string, string> = {
  "&lt;": "<",
  "&gt;": ">",
  "&amp;": "&",
  "&quot;": '"',
  "&nbsp;": " ",
};
const MIN_PARAGRAPH = 20;
const MAX_PARAGRAPH = 500;

export function harvestPieces(files: readonly RealFile[]): Pieces {
  const pieces: Pieces = {
    titles: [],
    paragraphs: [],
    headings: [],
    instants: [],
    widgets: [],
    shareLinks: [],
    footers: [],
    finewsChannels: [],
    hexoCategories: [],
    outlets: [],
    editors: [],
  };
  const decoder = new TextDecoder();
  for (const file of files) {
    const text = decoder
      .decode(file.bytes)
      .replace(/^\ufeff/, "")
      .replace(/\r\n?/g, "\n");
    // A file in a legacy encoding decodes to replacement characters: nothing in it to reuse.
    if (text.includes("\ufffd")) continue;
    const frontMatter = FRONT_MATTER.exec(text);
    const body = frontMatter ? text.slice(frontMatter[0].length) : text;
    if (frontMatter) {
      harvestFrontMatter(fields(frontMatter[1]!), pieces);
      harvestMarkdown(body, pieces);
    } else {
      harvestPlainText(body, pieces);
    }
    for (const [, inner] of body.matchAll(HTML_PARAGRAPH)) harvestParagraph(inner!, pieces);
    pieces.widgets.push(...(body.match(WIDGET) ?? []));
    pieces.shareLinks.push(...(body.match(SHARE_LINK) ?? []));
    pieces.footers.push(...(body.match(FOOTER) ?? []));
    const bodyText = body.replace(/<\/?(?:p|div|br|li|h\d)\b[^>]*>/gi, "\n").replace(/<[^>]*>/g, "");
    for (const [, outlet] of bodyText.matchAll(CREDIT)) {
      if (OUTLET_NAME.test(outlet!.trim())) pieces.outlets.push(outlet!.trim());
    }
    for (const [, editor] of body.matchAll(EDITOR)) pieces.editors.push(editor!);
  }
  for (const key of Object.keys(pieces) as Array<keyof Pieces>) {
    const pool = pieces[key] as unknown[];
    const unique = [...new Map(pool.map((item) => [JSON.stringify(item), item])).values()];
    if (unique.length === 0) throw new Error(`no ${key} found in the real files to recombine`);
    (pieces[key] as unknown[]) = unique;
  }
  return pieces;
}

/** `key: value` lines and `key:` followed by ` - item` lines, quotes removed. */
function fields(yaml: string): Map<string, string | string[]> {
  const found = new Map<string, string | string[]>();
  let list: string[] | null = null;
  for (const line of yaml.split("\n")) {
    const item = /^\s+-\s+(.+)$/.exec(line);
    if (item && list !== null) {
      list.push(unquote(item[1]!));
      continue;
    }
    const field = /^([A-Za-z_]+):\s*(.*)$/.exec(line);
    if (!field) continue;
    list = field[2]!.trim() === "" ? [] : null;
    found.set(field[1]!, list ?? unquote(field[2]!));
  }
  return found;
}

function unquote(value: string): string {
  return value.trim().replace(/^(["'])(.*)\1$/, "$2");
}

function harvestFrontMatter(data: Map<string, string | string[]>, pieces: Pieces): void {
  const title = data.get("title");
  if (typeof title === "string" && title.length >= 6 && title.length <= 60) pieces.titles.push(title);
  const date = data.get("date");
  const instant = typeof date === "string" ? parseDate(date) : null;
  if (instant !== null) pieces.instants.push(instant);
  const categories = data.get("categories");
  const tags = data.get("tags");
  if (data.get("layout") === "post" && typeof categories === "string" && /^[a-z]+$/.test(categories)) {
    if (typeof tags === "string" && tags.endsWith("新闻")) {
      pieces.finewsChannels.push({ slug: categories, tag: tags });
      if (!tags.startsWith("东财")) pieces.outlets.push(tags.slice(0, -2));
    }
  }
  if (data.has("headimg") && Array.isArray(categories) && categories.length >= 2) {
    pieces.hexoCategories.push(categories);
    pieces.outlets.push(categories[1]!);
  }
}

/** finews `2022-01-30 09:59:17 +0800` (no zone: Asia/Shanghai) and Hexo's RFC 2822 `… GMT`. */
function parseDate(value: string): number | null {
  const local = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?: ([+-])(\d{2})(\d{2}))?$/.exec(value);
  if (local) {
    const [, y, mo, d, h, mi, s, sign, oh, om] = local;
    const offsetMinutes = sign ? (sign === "-" ? -1 : 1) * (Number(oh) * 60 + Number(om)) : 8 * 60;
    return Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +s!) - offsetMinutes * 60_000;
  }
  if (/ GMT$/.test(value)) {
    const instant = Date.parse(value);
    return Number.isNaN(instant) ? null : instant;
  }
  return null;
}

/** Plain text: a short unpunctuated first line is the title; the rest are paragraphs and headings. */
function harvestPlainText(text: string, pieces: Pieces): void {
  const lines = text
    .split(/\n|\u3000{2,}/)
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter((line) => line !== "");
  const [first, ...rest] = lines;
  if (first !== undefined && first.length >= 6 && first.length <= 50 && !SENTENCE.test(first)) {
    pieces.titles.push(first);
  }
  for (const line of rest) {
    if (line.length >= 4 && line.length <= 30 && !/[\p{P}]$/u.test(line) && !NOT_PROSE.test(line)) {
      pieces.headings.push(line);
    } else {
      harvestProse(line, pieces);
    }
  }
}

/** Markdown blocks of a post body: `#` and `**bold**` heading lines, paragraphs and `>` quotes. */
function harvestMarkdown(body: string, pieces: Pieces): void {
  for (const block of body.split(/\n\s*\n/)) {
    if (block.trim().startsWith("<")) continue;
    const prose: string[] = [];
    for (const line of block.split("\n")) {
      const heading = /^(?:#{1,4}\s+|\*\*)([^*#]{2,30}?)(?:\*\*)?\s*$/.exec(line.trim());
      if (heading && !NOT_PROSE.test(heading[1]!)) pieces.headings.push(heading[1]!.trim());
      else prose.push(line.replace(/^>\s?/, ""));
    }
    harvestProse(prose.join(" ").replace(/\s+/g, " ").trim(), pieces);
  }
}

function harvestParagraph(html: string, pieces: Pieces): void {
  const bold = BOLD_PARAGRAPH.exec(html.trim());
  if (bold && !NOT_PROSE.test(bold[1]!)) {
    pieces.headings.push(bold[1]!.trim());
    return;
  }
  const text = html
    .replace(/<[^>]*>/g, "")
    .replace(/&(?:lt|gt|amp|quot|nbsp);/g, (entity) => ENTITIES[entity]!)
    .replace(/\s+/g, " ")
    .trim();
  harvestProse(text, pieces);
}

function harvestProse(text: string, pieces: Pieces): void {
  if (text.length < MIN_PARAGRAPH || text.length > MAX_PARAGRAPH) return;
  // Markup left in a line (tags, Markdown emphasis or links) would make it something else.
  if (!SENTENCE.test(text) || NOT_PROSE.test(text) || /[<>*#[\]]/.test(text)) return;
  pieces.paragraphs.push(text);
}
