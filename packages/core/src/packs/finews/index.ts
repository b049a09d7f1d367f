import type { GeneratorPack } from "../types.js";

/** Feeds that only republish; their names in finews tags are channels, not outlets. */
const AGGREGATORS = new Set(["东财滚动新闻", "东方财富", "东财"]);

const SLUG = /^[a-z][a-z0-9_-]*$/;

/**
 * finews Jekyll mirrors: `layout: post`, one category slug per outlet (`beifangwang`, `emnews`),
 * a tag `<outlet>新闻`, an HTML/Markdown body ending in a share link and a 返回… footer.
 */
export const finews: GeneratorPack = {
  kind: "generator",
  name: "finews",
  format: "finews-jekyll",
  bodySyntax: "markdown",
  matches: ({ data }) =>
    data.layout === "post" && typeof data.categories === "string" && SLUG.test(data.categories.trim()),
  channel(data) {
    const slug = String(data.categories).trim();
    const tag = typeof data.tags === "string" ? data.tags.trim() : "";
    const name = tag.endsWith("新闻") ? tag.slice(0, -2) : "";
    if (!name) return null;
    if (AGGREGATORS.has(name) || AGGREGATORS.has(tag)) return { name: tag, slug, role: "listing" };
    return { name, slug, role: "outlet" };
  },
};
