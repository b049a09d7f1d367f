import { describe, expect, it } from "vitest";
import { canonicalOutlet, isKnownOutlet } from "../src/credits/outlets.js";
import { parse } from "../src/index.js";

/**
 * Chinese-language outlets of Hong Kong, Taiwan, Singapore, Malaysia and the mainland as English credits and clipping
 * exports name them (`KNOWN_OUTLETS`' English names, `credits/outlet-names.ts`), row by row: the search index's file
 * where both names stand side by side, the English name as written there, and the outlet's own name. Each is read as
 * the source from an English credit line (`Source: …`) and from a Chinese one (`来源：…`).
 */
type Row = [id: string, english: string, outlet: string];

const ROWS: readonly Row[] = [
  // ayltai/hknews-backend's README, its list of publishers: `[Ming Pao (明報)](http://www.mingpao.com)`.
  ["28191660732", "Apple Daily", "蘋果日報"],
  ["28191660732", "Oriental Daily", "東方日報"],
  ["28191660732", "Sing Tao", "星島日報"],
  ["28191660732", "Sing Pao", "成報"],
  ["28191660732", "Ming Pao", "明報"],
  ["28191660732", "Sky Post", "晴報"],
  ["28191660732", "Hong Kong Economic Journal", "信報"],
  ["28191660732", "RTHK", "香港電台"],
  ["28191660732", "South China Morning Post", "南華早報"],
  ["28191660732", "Wen Wei Po", "文匯報"],
  // A news reader's source labels: `label:'Ta Kung Pao-大公報'`.
  ["22510756985", "Ta Kung Pao", "大公報"],
  ["22510756985", "Sing Tao Daily", "星島日報"],
  ["22510756985", "Oriental Daily News", "東方日報"],
  ["22510756985", "HK01", "香港01"],
  ["22510756985", "Epoch Times", "大紀元"],
  ["22510756985", "Vision Times", "看中國"],
  ["22510756985", "RTHK News", "香港電台"],
  ["22510756985", "TVB News", "無線新聞"],
  // An archive's changelog of its media sheet: `明報 / Ming Pao Daily News`, `信報 / HK Economic Journal`.
  ["61928534887", "Ming Pao Daily News", "明報"],
  ["61928534887", "HK Economic Journal", "信報"],
  // WiseNews' HTML export (datasets/fresh-79): `2 .Hong Kong Commercial Daily | …`, its script naming 香港商報.
  ["23193114876", "Hong Kong Commercial Daily", "香港商報"],
  // A site's links with `title` and `title_zh` (Taiwan): `title: 'Liberty Times', title_zh: '自由時報'`.
  ["45286871310", "Liberty Times", "自由時報"],
  ["45286871310", "Central News Agency", "中央社"],
  ["45286871310", "Storm Media", "風傳媒"],
  ["45286871310", "The News Lens", "關鍵評論"],
  ["45286871310", "Commonwealth Magazine", "天下雜誌"],
  ["45286871310", "Initium Media", "端傳媒"],
  ["45286871310", "PTS News", "公視新聞網"],
  ["45286871310", "Kinmen Daily News", "金門日報"],
  // A partners list: `{ name: '聯合報', name_en: 'United Daily News', … }`.
  ["56703965487", "United Daily News", "聯合報"],
  // A Malaysian crawler's sources: `{id: 3, name: "Sin Chew Daily (星洲日报)"}`.
  ["25634236137", "Sin Chew Daily", "星洲日报"],
  ["25634236137", "Nanyang Siang Pau", "南洋商报"],
  // A digest's outlet line: `**联合早报 (Lianhe Zaobao)** · 2026-06-13`.
  ["59103448510", "Lianhe Zaobao", "联合早报"],
  // A resource table: `"21世纪经济报道": { en: "21st Century Business Herald", zh: "21世纪经济报道", … }`.
  ["43722891877", "21st Century Business Herald", "21世纪经济报道"],
  ["43722891877", "China Business Network", "第一财经"],
  ["43722891877", "Caixin", "财新"],
];

const BODY = "第二段正文說明更多情況，記者持續追蹤。";
const sourceOf = (line: string) =>
  parse(`# 測試標題甲乙\n\n${line}\n\n${BODY}\n`, { filename: "story.md" }).source?.name ?? null;

describe("English names of Chinese-language outlets (credits/outlet-names.ts)", () => {
  it.each(ROWS)("file %s: %s is %s", (_id, english, outlet) => {
    expect(isKnownOutlet(english)).toBe(true);
    expect(canonicalOutlet(english)).toBe(outlet);
    expect(sourceOf(`Source: ${english}`)).toBe(outlet);
    expect(sourceOf(`来源：${english}`)).toBe(outlet);
  });

  it("reads no source from an English line whose name the tables do not know, nor from a word left out", () => {
    expect(sourceOf("Source: company filings")).toBeNull();
    expect(sourceOf("Source: The Paper")).toBeNull();
    expect(sourceOf("Source: Headline")).toBeNull();
    expect(sourceOf("Source: China Press")).toBeNull();
    // A sentence that mentions an outlet is no credit line.
    expect(sourceOf("Source: Ta Kung Pao: a report on the market")).toBeNull();
  });
});
