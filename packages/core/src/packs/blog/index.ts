import type { GeneratorPack } from "../types.js";

/**
 * Generated blog posts (Jekyll/Hexo sites with Markdown bodies): "updated at" stamps, copyright
 * footers and lists of data sources under the article.
 */
export const blog: GeneratorPack = {
  kind: "generator",
  name: "blog",
  format: "front-matter",
  bodySyntax: "markdown",
  matches: ({ hasFrontMatter }) => hasFrontMatter,
  dropBlocks: [
    /^(?:(?:最后)?(?:更新|生成|发布)(?:时间|于)?|Updated|Generated|Last updated)(?:\s*(?:at|on))?[:：]?\s*\d{4}[-/年]\d{1,2}[-/月]\d{1,2}.{0,40}$/i,
    /^(?:©|\(c\)|Copyright)\s*\d{4}.{0,60}$/i,
    /^数据来源[:：].{0,120}$/,
  ],
};
