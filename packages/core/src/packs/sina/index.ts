import type { ContentPack } from "../types.js";

/** What a body holds whenever a sina page is saved as text with its portal's words. */
const SINA = "新浪";
/** A record's link to a sina page (a scraper's `detail_url`, `url`): the carrier, when the text names no 新浪. */
const SINA_LINK = /^https?:\/\/[\w.-]*\.sina\.(?:com\.)?cn\//i;

/**
 * Sina (新浪) pages saved as text: video widgets spliced into sentences, the share footer and the
 * forum link closing a story (`进入【新浪财经股吧】讨论`, Data-Reactor/Cute-Crawlers stock/sina_xiadie; `进入讨论` run on
 * after the last sentence, guapier/sina-financial's roll export), and the portal's complaint-desk promotions. A
 * scraper's record of a sina page whose text never names 新浪 (the roll export's) is matched on its link.
 */
export const sina: ContentPack = {
  kind: "content",
  name: "sina",
  bodyAsks: [SINA],
  matches: ({ body, found, data }) =>
    (found?.has(SINA) ?? body.includes(SINA)) || SINA_LINK.test(String(data.link)),
  // 新浪金融曝光台's promotion over a 新浪财经 story (`【金融曝光台315特别活动正式启动】近年来，…【在线投诉】`, a page copied
  // as text in ArtistScript/FastTextRank's W2VTextRank/test/text5.txt; `基金经理老鼠仓，…买基金被坑请到【】！…理财被骗请猛戳【】！`
  // with its links' words dropped, guapier/sina-financial): the page's, never the story's.
  dropBlocks: [
    /^进入【新浪[^】]{0,12}】讨论$/u,
    /^【金融曝光台[^】]{0,24}】[^【】]{0,300}【在线投诉】$/u,
    /^(?:[^【】。！？]{1,40}请(?:到|猛戳)【[^【】]{0,12}】[！!]){1,4}$/u,
  ],
  cutFragments: [
    /视频-[^。！？\n]{1,60}?媒体来源：新浪\p{Script=Han}{0,4}/gu,
    /新闻\s*图片\s*博客\s*视频\s*分享到[:：]?\s*更多关于.{0,30}?的新闻\s*$/gu,
    /进入(?:【新浪[^】]{0,12}】)?讨论\s*$/gu,
  ],
};
