import type { RulePack } from "./types.js";

/**
 * Generated blog posts (Jekyll/Hexo sites with Markdown bodies): "updated at" stamps, copyright
 * footers and lists of data sources under the article.
 */
export const blog: RulePack = {
  name: "blog",
  format: "front-matter",
  bodySyntax: "markdown",
  matches: ({ hasFrontMatter }) => hasFrontMatter,
  dropBlocks: [
    /^(?:更新时间|生成时间|最后更新|发布时间|Updated|Generated)[:：]?\s*\d{4}-\d{1,2}-\d{1,2}.*$/i,
    /^(?:©|\(c\)|Copyright)\s*\d{4}.{0,60}$/i,
    /^数据来源[:：].{0,120}$/,
  ],
};
