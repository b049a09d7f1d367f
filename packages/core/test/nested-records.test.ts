// News records whose story sits further down than the entry a list holds (readers/record.ts `nestedHeadline`), and
// the list's paging state that is no entry (`PAGING_KEY`), on 新浪新闻's app response for its 抗疫速递 timeline as a
// Vue app kept it (Wpenga/vue2, src/assets/countyNews.js): the version of datasets/fresh-88 (commit
// 1b79ba5b7efad4574ffc50fd51e362179618df0c, provenance in datasets/fresh-88/SOURCES.tsv) and an excerpt of a later
// fetch the repository kept (commit b9e3d3634c136aa4fab0a4fc49fbf4e406b4a8ee, the index's file id 7930634269:
// the response's head, the list's meta and timeline entries 2 and 5, their reasons to dislike cut to the outlet's);
// and 今日头条's feed response whose entry holds its story one object down (`{content: {abstract, title, source,
// media_info: {name}, publish_time, …}, code}`) as a GsonFormat bean keeps it (Rayho's tsxiu,
// com/rayho/tsxiu/module_news/bean/NewsBean.java, the index's file id 10876875766: the class's opening javadoc and
// DataBean's, its first entry with share_info, user_info and a few flags left out; the getters left out).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Article } from "../src/index.js";
import { parseAllSync } from "../src/parse-all.js";
import { REPO } from "./helpers.js";

const articles = (text: string): Article[] =>
  [...parseAllSync(text, { filename: "countyNews.js" })].flatMap((result) =>
    result.ok ? [result.article] : [],
  );
const headline = (article: Article) => ({
  ref: article.ref,
  title: article.title,
  publishedAt: article.publishedAt,
  source: article.source?.name ?? null,
  originalUrl: article.originalUrl,
  text: article.text,
});

/** Wpenga/vue2's src/assets/countyNews.js at b9e3d363: a later fetch of the same timeline (see above). */
const LATER_FETCH = `export default{
        "status": 0,
        "msg": "success",
        "service": "grpc-service",
        "uni": "4d9892306b4a7053948dc332fc8a8c10",
        "localUni": "",
        "resTime": 1683847151972,
        "data": {
        "meta": {
        "url": "https://sinanews.sina.cn/today/24hours.d.html?pageType=kangYiNewsFlash",
        "title": "抗疫速递",
        "docId": "",
        "dataid": "wpcomos:245630",
        "theme": "normal",
        "shareInfo": {
        "title": "实时更新｜抗疫快讯滚动播报",
        "link": "https://sinanews.sina.cn/today/24hours.d.html?pageType=kangYiNewsFlash",
        "intro": "最新抗疫新闻速览，重要疫情信息早知道"
        },
        "pageMaxNum": 1839
        },
        "components": [
        {
        "type": "timeline_list",
        "meta": {
        "title": "",
        "url": "",
        "dataid": "wpcomos:245630",
        "pageSize": 15,
        "pageMaxNum": 1839,
        "totalNum": 27582,
        "hasTag": false
        },
        "data": [
        {
        "title": "昨天 11:32",
        "item": {
        "@type": "type.googleapis.com/datamodel.item.ItemImgTxtMod",
        "base": {
        "base": {
        "dataid": "comos:mytkrcc0998454",
        "modId": 1,
        "url": "https://k.sina.cn/article_1738344643_679d08c301901dbvi.html?from=baby"
        },
        "newsId": "1738344643-679d08c301901dbvi-cms-mp",
        "recommendInfo": {
        "dislike": [
        {
        "id": "m:1738344643__来源:帮女郎帮你忙AHTV",
        "parentId": "shield_news_type_source__屏蔽新闻类型/来源",
        "text": "来源:帮女郎帮你忙AHTV"
        }
        ],
        "reason": 666,
        "reasonText": "非天乙"
        },
        "routeUri": "sinanews://sina.cn/article/detail.pg?newsId=1738344643-679d08c301901dbvi-cms-mp&dataid=comos:mytkrcc0998454"
        },
        "info": {
        "covers": [
        {
        "originalUrl": "https://n.sinaimg.cn/sinakd20230511s/369/w183h186/20230511/9ffa-75358be50d888a9f8a5784b3352844fb.png",
        "url": "https://n.sinaimg.cn/sinakd20230511s/369/w183h186/20230511/9ffa-75358be50d888a9f8a5784b3352844fb.png"
        }
        ],
        "interactionInfo": {
        "shareInfo": {
        "customTitle": "合肥疾控最新发布",
        "intro": "新浪新闻，24小时播报国内外热点资讯，拉近你与世界的距离",
        "link": "https://k.sina.cn/article_1738344643_679d08c301901dbvi.html?from=baby",
        "title": "合肥疾控最新发布"
        }
        },
        "layoutStyle": 2,
        "mediaInfo": {
        "description": "欢迎关注安徽经视“帮女郎帮你忙AHTV”（微信号：bm63658080）官方微信",
        "ipHome": "安徽",
        "mid": "comos_1700495",
        "name": "帮女郎帮你忙AHTV",
        "routeUri": "sinanews://sina.cn/media/detail.pg?mediaId=comos_1700495&mediaType=news&userId=wbuid:1738344643",
        "verifiedType": -1
        },
        "showTime": "1683775970000",
        "showTimeText": "昨天 11:32",
        "title": "合肥疾控最新发布"
        }
        }
        },
        {
        "title": "昨天 00:04",
        "item": {
        "@type": "type.googleapis.com/datamodel.item.ItemImgTxtMod",
        "base": {
        "base": {
        "dataid": "comos:mytiprm0111378",
        "modId": 1,
        "url": "https://news.sina.cn/2023-05-11/detail-imytiprm0111378.d.html"
        },
        "newsId": "mytiprm0111378-comos-news-cms",
        "recommendInfo": {
        "dislike": [
        {
        "id": "m:1649173367__来源:每日经济新闻",
        "parentId": "shield_news_type_source__屏蔽新闻类型/来源",
        "text": "来源:每日经济新闻"
        }
        ],
        "reason": 666,
        "reasonText": "非天乙"
        },
        "routeUri": "sinanews://sina.cn/article/detail.pg?newsId=mytiprm0111378-comos-news-cms&dataid=comos:mytiprm0111378"
        },
        "info": {
        "interactionInfo": {
        "shareInfo": {
        "customTitle": "吞口水像“吞刀片”，咽喉炎患者增多，是新冠“二阳”吗？",
        "intro": "新浪新闻，24小时播报国内外热点资讯，拉近你与世界的距离",
        "link": "https://news.sina.cn/2023-05-11/detail-imytiprm0111378.d.html",
        "title": "吞口水像“吞刀片”，咽喉炎患者增多，是新冠“二阳”吗？"
        }
        },
        "layoutStyle": 2,
        "mediaInfo": {
        "description": "中国主流财经全媒体。",
        "ipHome": "四川",
        "mid": "comos_1764253",
        "name": "每日经济新闻",
        "verifiedType": 1
        },
        "showTags": [
        {
        "routeUri": "sinanews://sina.cn/hybrid/hybrid.pg?newsId=HB-1-super_subject/index-subject-ihnzhfz9427973",
        "text": "新型冠状病毒感染疫情",
        "url": "https://news.sina.cn/zt_d/feiyan1231"
        }
        ],
        "showTime": "1683734699000",
        "showTimeText": "昨天 00:04",
        "title": "吞口水像“吞刀片”，咽喉炎患者增多，是新冠“二阳”吗？"
        }
        }
        }
        ]
        }
        ]
        }
        }
`;

/** Rayho's tsxiu NewsBean.java (see above): 今日头条's feed entry `{content: {…}, code}` in DataBean's javadoc. */
const TOUTIAO_BEAN = String.raw`package com.rayho.tsxiu.module_news.bean;

public class NewsBean {

    /**
     * message : success
     * data:["content":{}]
     * total_number : 19
     * has_more : true
     */

    private String message;

    public static class DataBean {
        /**
         * content : {"abstract":"回望历史，总有一些关键节点值得铭记。5年前，党的十八届三中全会作出全面深化改革重大战略决策。5年来，以习近平同志为核心的党中央以巨大的政治勇气和智慧，更有力的措施和办法推进全面深化改革。","action_list":[{"action":1,"desc":"","extra":{}},{"action":3,"desc":"","extra":{}},{"action":7,"desc":"","extra":{}},{"action":9,"desc":"","extra":{}}],"aggr_type":1,"allow_download":false,"article_sub_type":0,"article_type":0,"article_url":"http://toutiao.com/group/6649875310391067143/","article_version":0,"ban_comment":0,"behot_time":1548310308,"bury_count":0,"cell_flag":262155,"cell_layout_style":1,"cell_type":0,"comment_count":351,"content_decoration":"","cursor":1548310308000,"digg_count":881,"display_url":"http://toutiao.com/group/6649875310391067143/","filter_words":[{"id":"8:0","is_selected":false,"name":"看过了"},{"id":"9:1","is_selected":false,"name":"内容太水"},{"id":"5:575762286","is_selected":false,"name":"拉黑作者:学习进行时"},{"id":"1:1733187203","is_selected":false,"name":"不想看:十九大"}],"forward_info":{"forward_count":46},"group_id":6649875310391067143,"has_m3u8_video":false,"has_mp4_video":0,"has_video":false,"hot":0,"ignore_web_transform":1,"interaction_data":"","is_stick":true,"is_subject":false,"item_id":6649875310391067143,"item_version":0,"keywords":"深化改革领导小组,学习进行时,华盛顿州,习近平,博鳌亚洲论坛,永无止境","label":"置顶","label_extra":{"icon_url":{},"is_redirect":false,"redirect_url":"","style_type":0},"label_style":1,"level":0,"log_pb":{"impr_id":"201901241411480100080590389837FA3","is_following":"0"},"media_info":{"avatar_url":"http://p1.pstatp.com/large/2bd5002833a717e5f769","follow":false,"is_star_user":false,"media_id":1571589787106305,"name":"学习进行时","recommend_reason":"","recommend_type":0,"user_id":62213436706,"user_verified":true,"verified_content":""},"media_name":"学习进行时","need_client_impr_recycle":1,"publish_time":1548294764,"read_count":127500,"repin_count":1076,"rid":"201901241411480100080590389837FA3","share_count":590,"share_url":"http://m.toutiao.com/a6649875310391067143/?iid=0\u0026app=news_article\u0026is_hit_share_recommend=0","show_dislike":false,"source":"学习进行时","source_icon_style":4,"stick_label":"置顶","tag":"news_politics","title":"五年来，习近平这样论述“全面深化改革”","url":"http://toutiao.com/group/6649875310391067143/","user_verified":1,"verified_content":"新华网学习进行时官方账号","video_style":0}
         * code :
         */
        private ContentBean content;
        private String code;
    }
}
`;

describe("a news app's timeline whose entries hold their story one object down", () => {
  it("reads each entry's story: the headline under info, its showTime, mediaInfo's name, the base's link", () => {
    const file = readFileSync(join(REPO, "datasets/fresh-88/sina-newsapp-js/vue2__countyNews.js"), "utf8");
    // The page's meta (抗疫速递, its pageMaxNum) and the list's (pageSize, totalNum) are no entries: two items, not four.
    expect(articles(file).map(headline)).toStrictEqual([
      {
        ref: "item 1",
        // Not the entry's own title, its time label `昨天 10:04`.
        title: "多地网友患了咽喉炎，嗓子疼就是“二阳”吗？专家权威解答！",
        // showTime 1683597869000 (Unix milliseconds).
        publishedAt: "2023-05-09T10:04:29+08:00",
        source: "健康时报",
        originalUrl: "https://k.sina.cn/article_1411163204_541ca444001019xwu.html?from=health",
        text: "",
      },
      {
        ref: "item 2",
        // The entry's own title is a day without its year, `5月8日 18:56`.
        title: "出现感冒症状要不要测新冠抗原？如今如何追踪病毒？专家回应",
        publishedAt: "2023-05-08T18:56:20+08:00",
        source: "第一财经",
        originalUrl: "https://news.sina.cn/2023-05-08/detail-imytakpr5096708.d.html",
        text: "",
      },
    ]);
  });

  it("reads a later fetch's entries alike: an account that is no outlet's name, a topic's link beside the story", () => {
    expect(articles(LATER_FETCH).map(headline)).toStrictEqual([
      {
        ref: "item 1",
        title: "合肥疾控最新发布",
        publishedAt: "2023-05-11T11:32:50+08:00",
        source: "帮女郎帮你忙AHTV",
        originalUrl: "https://k.sina.cn/article_1738344643_679d08c301901dbvi.html?from=baby",
        text: "",
      },
      {
        ref: "item 2",
        title: "吞口水像“吞刀片”，咽喉炎患者增多，是新冠“二阳”吗？",
        publishedAt: "2023-05-11T00:04:59+08:00",
        source: "每日经济新闻",
        // The story's own link, not the topic page its showTags list links (https://news.sina.cn/zt_d/feiyan1231).
        originalUrl: "https://news.sina.cn/2023-05-11/detail-imytiprm0111378.d.html",
        text: "",
      },
    ]);
  });

  it("keeps the app's slogan, the reasons to dislike and the account's description out of the text and the extra", () => {
    const read = articles(LATER_FETCH);
    expect(read).toHaveLength(2);
    for (const article of read) {
      const shown = JSON.stringify({ text: article.text, title: article.title, source: article.source });
      expect(shown).not.toMatch(/24小时播报|来源:|欢迎关注|中国主流财经全媒体|昨天/);
    }
  });
});

describe("a news app's feed entry whose story is the object under its content key", () => {
  it("reads 今日头条's entry as its story: the abstract is the text, the filter words and the account are not", () => {
    const read = articles(TOUTIAO_BEAN);
    expect(read).toHaveLength(1);
    const [article] = read;
    expect(headline(article!)).toStrictEqual({
      ref: null,
      title: "五年来，习近平这样论述“全面深化改革”",
      // publish_time 1548294764 (Unix seconds), not behot_time (when the feed pushed it).
      publishedAt: "2019-01-24T09:52:44+08:00",
      source: "学习进行时",
      originalUrl: "http://toutiao.com/group/6649875310391067143/",
      text: "回望历史，总有一些关键节点值得铭记。5年前，党的十八届三中全会作出全面深化改革重大战略决策。5年来，以习近平同志为核心的党中央以巨大的政治勇气和智慧，更有力的措施和办法推进全面深化改革。",
    });
  });
});
