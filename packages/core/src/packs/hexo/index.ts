import type { GeneratorPack } from "../types.js";

/** Channels that only republish other outlets' stories. */
export const AGGREGATORS: ReadonlySet<string> = new Set([
  "趣头条",
  "金色财经",
  "36kr",
  "36氪",
  "今日头条",
  "一点资讯",
  "百家号",
  "网易号",
  "搜狐号",
  "UC头条",
  "腾讯新闻",
  "新浪看点",
]);

/**
 * Hexo aggregator sites: `categories:` list (channel / outlet / section), `author:` = the outlet,
 * picsum placeholder `headimg`/`thumbnail`, bodies wrapped in a `<div>`, donation and copyright lines.
 */
export const hexo: GeneratorPack = {
  kind: "generator",
  name: "hexo",
  format: "hexo-aggregator",
  bodySyntax: "html",
  // Its body is the scraped page's HTML (`<div>` around it): a Markdown post whose theme also writes a `thumbnail` switch
  // (a Hugo theme's `thumbnail: ""` beside `widgets`, `sidebar`, fresh-95's wire posts) is no aggregator's copy.
  matches: ({ data, body }) =>
    Array.isArray(data.categories) &&
    ("headimg" in data || "thumbnail" in data) &&
    body.trimStart().startsWith("<"),
  authorFieldIsChannel: true,
  imageFields: ["headimg", "thumbnail"],
  placeholderImages: [
    /picsum\.photos/,
    /placeholder|placehold\.it|dummyimage\.com/,
    /^[^?#]*\/(?:undefined|null)(?:[?#]|$)/,
  ],
  dropBlocks: [
    /^公益广告$/,
    /^版权归原作者所有[，,]?\s*向原创者致敬[。！]?$/,
    /^(?:声明|免责声明)[:：].{0,80}侵权.{0,40}删除.{0,10}$/,
  ],
  channel(data) {
    const categories = (data.categories as unknown[]).map((c) => String(c ?? "").trim()).filter(Boolean);
    const outlet = categories[1] ?? (typeof data.author === "string" ? data.author.trim() : "");
    if (!outlet) return null;
    const aggregator = AGGREGATORS.has(outlet) || AGGREGATORS.has(outlet.replace(/\s+/g, ""));
    return { name: outlet, role: aggregator ? "aggregator" : "outlet" };
  },
};
