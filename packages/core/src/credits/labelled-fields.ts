/**
 * Labelled fields: what a page, a scraper or a list writes as `label：value` about a story — its
 * date, source, author and editor. One table of labels for every place they are read: a metadata
 * list at the top of a Markdown body, and the lines a whole page sets under its headline or after
 * its story (`发布时间：2019-05-18 来源：中国地理学会`, `来源：本站原创 作者：X 时间：2019年10月31日
 * 23:00 浏览：33`, `发布日期：2019-03-06 责任编辑：龙慧`), where several fields share one line.
 */

import { matchesIn } from "../text/matches.js";
import { ORIGINAL_LINK_WORDS } from "./grammar.js";

export type FieldKind = "date" | "source" | "author" | "editor" | "url" | "collected" | "other";

/** Known labels and what they state; a label is the whole text before the colon. */
const FIELD_LABELS: Readonly<Record<FieldKind, readonly string[]>> = {
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
    // A scheduled job's time of its run over the board it writes (`🕒 自动巡检时间：`2026-09-15 09:34:00` (北京时间)`).
    "巡检时间",
    "自动巡检时间",
  ],
  // A relaying portal's poster field names the outlet it took the item from (`发布人：-网易科技报道`).
  // A label may name what it is the source of (`文章来源：第一财经日报`, `稿件来源：X`), as the credit grammar's pairs do.
  source: [
    "来源",
    "文章来源",
    "本文来源",
    "稿件来源",
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

const KIND_OF_LABEL = new Map<string, FieldKind>(
  (Object.entries(FIELD_LABELS) as Array<[FieldKind, readonly string[]]>).flatMap(([kind, labels]) =>
    labels.map((label) => [label, kind] as const),
  ),
);

/** The kind a label states, or undefined when the label is not one of `FIELD_LABELS`. */
export function fieldKind(label: string): FieldKind | undefined {
  return KIND_OF_LABEL.get(label);
}

/**
 * Where a label starts inside a line: one of the Chinese labels, then a colon (the Latin ones, `URL`
 * and `ID`, are read only where a whole item is one field). Longer labels come first so that
 * `发布时间：` is not read as `时间：`. Literal alternatives then one class: linear.
 */
const LINE_LABELS = [...KIND_OF_LABEL.keys()]
  .filter((label) => /^\p{Script=Han}+$/u.test(label))
  .sort((a, b) => b.length - a.length)
  .join("|");
/**
 * A pictograph a clipper's metadata block sets before each label (`📍 **来源**: …`, `👤 **作者**: …`, `📅 **收集时间**: …`):
 * the label's icon, no part of the value before it.
 */
const ICON = "\\p{Extended_Pictographic}\\uFE0F?";
const LABEL_ICON = `(?:${ICON}\\s*)?`;
const LABEL_AT = new RegExp(`(${LINE_LABELS})\\s*[:：]`, "gu");
/**
 * A label's icon closing the value before it, the next label's (`…中国光谷 🏷️ 分类：`): no part of the value. Matched on
 * the value with its closing white space trimmed (`withoutTrailingIcon`): a search for `\s*icon\s*$` would run over
 * every blank of a long run from each of them.
 */
const TRAILING_ICON = new RegExp(`${ICON}$`, "u");
/** Whether a character code may close an icon: a variation selector, a low surrogate, or a BMP symbol. */
const mayCloseIcon = (code: number) =>
  code === 0xfe0f || (code >= 0xdc00 && code < 0xe000) || (code >= 0x2000 && code < 0x3000);

/** A box's caption before its fields: a few characters and white space, no sentence. */
const CAPTION = /^\p{Script=Han}{2,6}\s+$/u;
/**
 * How a line of fields opens: a label and its colon, or a caption's characters and a space. Tested
 * first, at the line's start only: nearly every line of a story fails it, and the search for labels
 * anywhere in the line (`LABEL_AT`) runs only on the few that pass.
 */
const FIELDS_OPENING = new RegExp(`^(?:(?:${LINE_LABELS})\\s*[:：]|\\p{Script=Han}{2,6}\\s)`, "u");
/** A label's icon opening a line (`LABEL_ICON`), taken off before the line is read. */
const LEADING_ICON = new RegExp(`^${LABEL_ICON}`, "u");
/** Whether a character code may open an icon: a symbol of the BMP's symbol blocks, or a high surrogate. */
const mayOpenIcon = (code: number) => (code >= 0x2000 && code < 0x3000) || (code >= 0xd800 && code < 0xdc00);

export interface LabelledField {
  kind: FieldKind;
  label: string;
  value: string;
}

/**
 * A line made of labelled fields, each read: `发布时间：2019-05-18 来源：中国地理学会` gives a date and
 * a source. Null unless the line opens with a known label — or with a box's short caption and a
 * space (`版权声明 来源：当代商报 时间：…`) — and what precedes each later label is its field's value:
 * a sentence that mentions `来源：` midway is prose, not fields.
 */
export function readLabelledFields(line: string): LabelledField[] | null {
  const trimmed = line.trim();
  const text = mayOpenIcon(trimmed.charCodeAt(0)) ? trimmed.replace(LEADING_ICON, "") : trimmed;
  if (text.length > 200 || !FIELDS_OPENING.test(text)) return null;
  const starts = matchesIn(LABEL_AT, text);
  if (starts.length === 0 || !(starts[0]!.index === 0 || CAPTION.test(text.slice(0, starts[0]!.index))))
    return null;
  const fields: LabelledField[] = [];
  for (const [i, start] of starts.entries()) {
    const label = start[1]!;
    const end = starts[i + 1]?.index ?? text.length;
    const written = withoutFieldSeparators(text.slice(start.index! + start[0].length, end));
    const value = mayCloseIcon(written.charCodeAt(written.length - 1))
      ? withoutTrailingIcon(written)
      : written;
    if (value !== "") fields.push({ kind: KIND_OF_LABEL.get(label)!, label, value });
  }
  return fields.length > 0 ? fields : null;
}

/** `value` without a label's icon closing it and the white space around that icon. */
function withoutTrailingIcon(value: string): string {
  const closing = value.trimEnd();
  const icon = TRAILING_ICON.exec(closing);
  return icon === null ? value : closing.slice(0, icon.index).trimEnd();
}

/** A bar between two fields of one line (`来源：X | 原文链接`), with the white space around it. */
const FIELD_BAR = /[|｜丨]$/u;
/** A link's own text standing as a field with no colon (`| 原文链接`): its value is the link, not text. */
const LINK_FIELD_WORDS = ORIGINAL_LINK_WORDS.join("|");
const LINK_FIELD = new RegExp(`(?:${LINK_FIELD_WORDS})$`, "u");
const LINK_FIELD_ALONE = new RegExp(`^(?:${LINK_FIELD_WORDS})$`, "u");
/** The last characters of a bar or a link word: what a value must end with for either to close it. */
const FIELD_TAIL_CHARS: ReadonlySet<number> = new Set(
  ["|", "｜", "丨", ...ORIGINAL_LINK_WORDS.map((word) => word.at(-1)!)].map((c) => c.charCodeAt(0)),
);

/** Whether a link's text is such a field of its own (`原文链接`): the link's address is then the original's. */
export function isLinkField(text: string): boolean {
  return LINK_FIELD_ALONE.test(text.trim());
}

/**
 * A field's value without what stands between it and the next field: the bars that part fields on one
 * line (`发布时间：2026-06-07 | 推送时间：…`) and a link's own text set as a field after a bar (`来源：中国网财经 |
 * 原文链接`). Each pass takes one bar or one link text off the end: at most a few passes.
 */
function withoutFieldSeparators(raw: string): string {
  let value = raw.trim();
  // Nearly every value ends in none of the bars and none of the link words' last characters: no pattern runs.
  if (!FIELD_TAIL_CHARS.has(value.charCodeAt(value.length - 1))) return value;
  for (;;) {
    const bar = FIELD_BAR.test(value);
    const link = bar ? null : LINK_FIELD.exec(value);
    if (!bar && link === null) return value;
    const before = value.slice(0, link === null ? -1 : link.index).trimEnd();
    // A link's text is a field only after a bar: `查看原文` ending a value's own words stays.
    if (link && !FIELD_BAR.test(before)) return value;
    value = before;
  }
}

/** A source field that names the site itself (`本站原创`, `本网`, `原创`): the page's own site wrote it. */
export function namesOwnSite(value: string): boolean {
  return /^(?:本站|本网)(?:原创|讯|稿件)?$|^原创$/u.test(value.trim());
}
