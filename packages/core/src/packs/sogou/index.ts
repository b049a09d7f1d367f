import { bodyIncludesAny } from "../body-includes.js";
import type { ContentPack } from "../types.js";

/** The SogouC corpus: pages saved with the search engine's "found N pages" footer. */
export const sogou: ContentPack = {
  kind: "content",
  name: "sogou",
  ...bodyIncludesAny(["sogou.com"]),
  dropBlocks: [
    /^搜狗\(www\.sogou\.com\)搜索[:：].*$/,
    /^个相关网页\.?$/,
    /^搜狗\(www\.sogou\.com\)搜索.*个相关网页\.?$/,
  ],
};
