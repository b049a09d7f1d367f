// @caixun/core/credits/field-labels — the labels a page, a scraper or a list writes before a field of a story
// (`发布时间：`, `来源：`, `责任编辑：`) and the kind of field each states. Data `credits/labelled-fields.ts` reads. An
// entry of its own, as `@caixun/core/credits/outlet-names` is, so that a Worker can read the table from its static
// assets instead of carrying it (wrangler.jsonc `alias`, apps/api/src/asset-field-labels.ts); core imports it by the
// package's own name, and `labelled-fields.ts` makes what it derives from it (the kind of each label, the patterns
// that find labels in a line) at first use, not when it loads.
import type { FieldKind } from "./labelled-fields.js";

/** Known labels and what they state; a label is the whole text before the colon. */
export const FIELD_LABELS: Readonly<Record<FieldKind, readonly string[]>> = {
  date: [
    "日期",
    "时间",
    "发布时间",
    "发布日期",
    "发表时间",
    "发表日期",
    "更新时间",
    // A generator's stamp of when its figures were taken (`*数据更新时间: 2026-03-12 17:20:10 (北京时间)*` under a bot's log).
    "数据更新时间",
    "发稿时间",
    "报告发布时间",
    "报告日期",
    // A round-up's closing stamp (`**汇总时间：** 2026年1月31日`), a bot's day of gathering its items.
    "汇总时间",
    // A generator's stamp of when it wrote its digest (`**生成时间**: 2026-02-06 00:21:48` under a bot's daily heading).
    "生成时间",
    // … and its day and time under another word (`生成日期: 2026-02-10 21:09:51` under a filings digest's heading).
    "生成日期",
    // A scheduled job's time of its run over the board it writes (`🕒 自动巡检时间：`2026-09-15 09:34:00` (北京时间)`).
    "巡检时间",
    "自动巡检时间",
    // A feed job's stamp of its digest's last run (`> 自动更新：2026/8/6 08:53:45｜新闻 396 条｜来源：…` under a flash
    // monitor's Markdown heading).
    "自动更新",
  ],
  // A relaying portal's poster field names the outlet it took the item from (`发布人：-网易科技报道`).
  // A label may name what it is the source of (`文章来源：第一财经日报`, `稿件来源：X`), as the credit grammar's pairs do.
  source: [
    "来源",
    "文章来源",
    "本文来源",
    "稿件来源",
    // A government or broker page's info line (`信息来源：广发证券 日期：2010-12-23 作者：[李燕华]`).
    "信息来源",
    "来源于",
    "出处",
    "媒体",
    "稿源",
    "报告来源",
    "公众号",
    "发布人",
    "发布者",
    // An archiver's list of where its copies come from (`- 数据源：央视网（CCTV 官方文字稿）` over a day's transcripts).
    "数据源",
  ],
  author: ["作者", "记者", "撰文", "撰写"],
  // A translator (`译者：A` in a translation's list of credits) is read as a known label stating no field
  // of its own; a staff line's `译者` is read by the credit grammar.
  editor: ["编辑", "责任编辑", "责编"],
  // An RSS-to-Markdown archive's label of the item's link (`**原始链接**: [查看原文](…)`).
  url: ["原文链接", "原文地址", "原始链接", "链接", "网址", "URL", "url"],
  // When a feed job or a scraper took the story (`推送时间：2026-06-07 16:06:18（定时）`): the collector's time,
  // never the story's date.
  // A clipper's day of filing the note (`📅 **收集时间**: 2026-02-15`), too.
  collected: ["推送时间", "抓取时间", "采集时间", "爬取时间", "入库时间", "收录时间", "收集时间"],
  other: [
    "分类",
    "所属分类",
    "类别",
    "栏目",
    "频道",
    "文章ID",
    "ID",
    "id",
    "标签",
    "关键词",
    "关键字",
    "阅读",
    "浏览",
    "浏览次数",
    "点击",
    "点击数",
    "字数",
    "译者",
    // A paper's layout editor after the story's (`责任编辑：曹文姣 | 版面编辑：陈曦` under a 财新 story): the page's, not
    // the story's editor — and no `编辑：` label of its own.
    "版面编辑",
    "美术编辑",
    // A social network's topic a post was filed under (`- 话题：读书会`, as a clipper lists it).
    "话题",
    // A digest's own page and size in an archiver's list (`- 目录页：https://…/day/20251020.shtml`, `- 新闻条数：10`):
    // the listing the items were taken from is not the story's original.
    "目录页",
    "新闻条数",
    "总新闻数",
    "条数",
  ],
};
