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
  // 新浪金融曝光台's promotion over a 新浪财经 story (`【金融曝光台315特别活动正式启动】近年来，…【在线投诉】`, a page copied
  // as text in ArtistScript/FastTextRank's W2VTextRank/test/text5.txt): the page's, never the story's.
  dropBlocks: [/^进入【新浪[^】]{0,12}】讨论$/u, /^【金融曝光台[^】]{0,24}】[^【】]{0,300}【在线投诉】$/u],
  cutFragments: [
    /视频-[^。！？\n]{1,60}?媒体来源：新浪\p{Script=Han}{0,4}/gu,
    /新闻\s*图片\s*博客\s*视频\s*分享到[:：]?\s*更多关于.{0,30}?的新闻\s*$/gu,
  ],
};
