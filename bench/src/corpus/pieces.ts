import { type Article, parse } from "@caixun/core";
import type { RealFile } from "./real-files.js";

/** Real material the generator recombines, harvested from the seeds and the shared corpus. */
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
  /** Outlets named by credit lines and datelines. */
  outlets: string[];
  editors: string[];
}

const WIDGET = /<!-- EM_StockImg_Start -->[\s\S]*?<!-- EM_StockImg_End -->/g;
const SHARE_LINK = /<https?:\/\/[^>\s]*NewsShare\.html\?infoCode=[A-Z0-9]+>/g;
const FOOTER = /^\[返回[^\n]*\]\([^\n]*\)[^\n]*$/gm;
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
    const text = decoder.decode(file.bytes);
    const article = parse(file.bytes, { filename: file.path });
    harvestArticle(article, pieces);
    pieces.widgets.push(...(text.match(WIDGET) ?? []));
    pieces.shareLinks.push(...(text.match(SHARE_LINK) ?? []));
    pieces.footers.push(...(text.match(FOOTER) ?? []));
  }
  for (const key of Object.keys(pieces) as Array<keyof Pieces>) {
    const pool = pieces[key] as unknown[];
    const unique = [...new Map(pool.map((item) => [JSON.stringify(item), item])).values()];
    if (unique.length === 0) throw new Error(`no ${key} found in the real files to recombine`);
    (pieces[key] as unknown[]) = unique;
  }
  return pieces;
}

function harvestArticle(article: Article, pieces: Pieces): void {
  const derived = article.warnings.some((w) => w.code === "title-derived" || w.code === "no-title");
  if (!derived && article.title.length >= 6 && article.title.length <= 60) pieces.titles.push(article.title);
  for (const block of article.blocks) {
    if (
      block.type === "paragraph" &&
      block.text.length >= MIN_PARAGRAPH &&
      block.text.length <= MAX_PARAGRAPH
    ) {
      pieces.paragraphs.push(block.text);
    } else if (block.type === "heading" && block.text.length <= 30) {
      pieces.headings.push(block.text);
    }
  }
  if (article.publishedAt !== null) pieces.instants.push(Date.parse(article.publishedAt));
  if (article.source !== null) pieces.outlets.push(article.source.name);
  if (article.editor !== null) pieces.editors.push(article.editor);
  if (article.format === "finews-jekyll" && article.categories[0] && article.tags[0]) {
    pieces.finewsChannels.push({ slug: article.categories[0], tag: article.tags[0] });
  }
  if (article.format === "hexo-aggregator" && article.categories.length >= 2) {
    pieces.hexoCategories.push(article.categories);
  }
}
