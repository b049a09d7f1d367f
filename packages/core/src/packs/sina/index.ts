import { bodyIncludesAny } from "../body-includes.js";
import type { ContentPack } from "../types.js";

/**
 * Sina (新浪) pages saved as text: video widgets spliced into sentences, the share footer and the
 * forum link closing a story (`进入【新浪财经股吧】讨论`, Data-Reactor/Cute-Crawlers stock/sina_xiadie).
 */
export const sina: ContentPack = {
  kind: "content",
  name: "sina",
  ...bodyIncludesAny(["新浪"]),
  dropBlocks: [/^进入【新浪[^】]{0,12}】讨论$/u],
  cutFragments: [
    /视频-[^。！？\n]{1,60}?媒体来源：新浪\p{Script=Han}{0,4}/gu,
    /新闻\s*图片\s*博客\s*视频\s*分享到[:：]?\s*更多关于.{0,30}?的新闻\s*$/gu,
  ],
};
