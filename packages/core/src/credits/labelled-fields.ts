/**
 * Labelled fields: what a page, a scraper or a list writes as `label：value` about a story — its
 * date, source, author and editor. One table of labels for every place they are read: a metadata
 * list at the top of a Markdown body, and the lines a whole page sets under its headline or after
 * its story (`发布时间：2019-05-18 来源：中国地理学会`, `来源：本站原创 作者：X 时间：2019年10月31日
 * 23:00 浏览：33`, `发布日期：2019-03-06 责任编辑：龙慧`), where several fields share one line.
 */

import { FIELD_LABELS } from "@caixun/core/credits/field-labels";
import { matchesIn } from "../text/matches.js";
import { ORIGINAL_LINK_WORDS } from "./grammar-words.js";

export type FieldKind = "date" | "source" | "author" | "editor" | "url" | "collected" | "other";

/**
 * What the labels make (`labelReading`): the kind each states; where a label starts inside a line — one of the Chinese
 * labels, then a colon (the Latin ones, `URL` and `ID`, are read only where a whole item is one field), longer labels
 * first so that `发布时间：` is not read as `时间：` (literal alternatives then one class: linear); and how a line of
 * fields opens: a label and its colon, or a caption's characters and a space. That opening is tested first, at the
 * line's start only: nearly every line of a story fails it, and the search for labels anywhere in the line runs only
 * on the few that pass.
 */
interface LabelReading {
  readonly kindOf: ReadonlyMap<string, FieldKind>;
  readonly labelAt: RegExp;
  readonly fieldsOpening: RegExp;
}

/**
 * Made from `FIELD_LABELS` the first time a label is read, not when the module loads: a Worker reads the table from
 * its static assets after its modules load (`@caixun/core/credits/field-labels`).
 */
let reading: LabelReading | undefined;

function labelReading(): LabelReading {
  if (reading !== undefined) return reading;
  const kindOf = new Map<string, FieldKind>(
    (Object.entries(FIELD_LABELS) as Array<[FieldKind, readonly string[]]>).flatMap(([kind, labels]) =>
      labels.map((label) => [label, kind] as const),
    ),
  );
  const lineLabels = [...kindOf.keys()]
    .filter((label) => /^\p{Script=Han}+$/u.test(label))
    .sort((a, b) => b.length - a.length)
    .join("|");
  reading = {
    kindOf,
    labelAt: new RegExp(`(${lineLabels})\\s*[:：]`, "gu"),
    fieldsOpening: new RegExp(`^(?:(?:${lineLabels})\\s*[:：]|\\p{Script=Han}{2,6}\\s)`, "u"),
  };
  return reading;
}

/** The kind a label states, or undefined when the label is not one of `FIELD_LABELS`. */
export function fieldKind(label: string): FieldKind | undefined {
  return labelReading().kindOf.get(label);
}

/**
 * A pictograph a clipper's metadata block sets before each label (`📍 **来源**: …`, `👤 **作者**: …`, `📅 **收集时间**: …`):
 * the label's icon, no part of the value before it.
 */
const ICON = "\\p{Extended_Pictographic}\\uFE0F?";
const LABEL_ICON = `(?:${ICON}\\s*)?`;
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
  if (text.length > 200) return null;
  const { kindOf, labelAt, fieldsOpening } = labelReading();
  if (!fieldsOpening.test(text)) return null;
  const starts = matchesIn(labelAt, text);
  if (starts.length === 0 || !(starts[0]!.index === 0 || CAPTION.test(text.slice(0, starts[0]!.index))))
    return null;
  const fields: LabelledField[] = [];
  for (const [i, start] of starts.entries()) {
    const label = start[1]!;
    const end = starts[i + 1]?.index ?? text.length;
    const written = withoutFieldSeparators(text.slice(start.index! + start[0].length, end));
    const kind = kindOf.get(label)!;
    const value = mayCloseIcon(written.charCodeAt(written.length - 1))
      ? withoutTrailingIcon(written)
      : written;
    if (value !== "") fields.push({ kind, label, value: kind === "date" ? beforeFieldBar(value) : value });
  }
  return fields.length > 0 ? fields : null;
}

/**
 * A date's value up to the first bar in it: a date holds none, and what follows one is a field without a label
 * (`自动更新：2026/8/6 08:53:45｜新闻 396 条｜来源：…`, a digest job's count of its items), not part of the date.
 */
function beforeFieldBar(value: string): string {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0x7c || c === 0xff5c || c === 0x4e28) return value.slice(0, i).trimEnd();
  }
  return value;
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
