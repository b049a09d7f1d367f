import { expect, test } from "vitest";
import { parse } from "../src/index.js";

// A credit a page set over two blocks, its label alone on the first (`joinSplitCredits`, stages/credits.ts): the label
// runs into a short value and the line is read as the credit it is; any other pair of blocks stays as it was. The
// account line an info bar sets as two blocks is pinned in `lift59-classes.test.ts` (心理咨询师熊玲 on 凤凰新闻).

/** A story's lead over its foot's blocks, as a plain-text copy sets them (a blank line between blocks). */
const story = (lead: string, ...foot: string[]) => [lead.split("。")[0], lead, ...foot].join("\n\n");

test("a label alone over its value is read as one credit line, the value's padding trimmed", () => {
  // 新华网's foot as GNE's holdout copy of it sets the editor (datasets/dev/holdout/html-page/gne__xinhuanet_1.html:
  // `责任编辑：` over `尹世杰`), and its source over `新华网 ` with the padding its template leaves
  // (opengraphscraperpages' xinhuanet governance notice, datasets/fresh-65).
  const lead = "全国各地认真学习贯彻全会精神，推动各项部署落地见效。";
  const edited = parse(story(lead, "责任编辑：", "尹世杰"));
  expect([edited.text, edited.editor, edited.source]).toStrictEqual([lead, "尹世杰", null]);
  const sourced = parse(story(lead, "来源： ", "新华网 "));
  expect([sourced.text, sourced.editor, sourced.source]).toStrictEqual([lead, null, { name: "新华网" }]);
});

test("no label, or a value longer than a credit's, joins nothing", () => {
  // A drug-research repost's foot in a news table's SQL dump (盖德化工网, found by its `参考来源：</p><p>` markup): a list of
  // references, not a credit — and a label over a sentence of more than 40 characters is no credit either.
  const lead = "但在替代方案成熟之前，药企出于临床失败代价远高于现有 CRO 费用的考量，不会轻易放弃动物实验。";
  const references = parse(story(lead, "参考来源：", "[1]公司官网/网络新闻"));
  expect([references.text, references.source]).toStrictEqual([
    `${lead}\n\n参考来源：\n\n[1]公司官网/网络新闻`,
    null,
  ]);
  const sentence =
    "这表明，零动物实验时代的到来需要漫长过程，监管部门与企业需持续投入技术研发，积累丰富临床数据。";
  const long = parse(story(lead, "来源：", sentence));
  expect([long.text, long.source]).toStrictEqual([`${lead}\n\n来源：\n\n${sentence}`, null]);
});
