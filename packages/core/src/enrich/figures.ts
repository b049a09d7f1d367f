import type { Figure, FigureUnit } from "../article.js";
import { matchesIn } from "../text/matches.js";

const MULTIPLIER: Record<string, number> = {
  "": 1,
  十: 10,
  百: 100,
  千: 1e3,
  万: 1e4,
  十万: 1e5,
  百万: 1e6,
  千万: 1e7,
  亿: 1e8,
  十亿: 1e9,
  百亿: 1e10,
  千亿: 1e11,
  万亿: 1e12,
};

const CURRENCY: Record<string, FigureUnit> = {
  元: "CNY",
  元人民币: "CNY",
  人民币: "CNY",
  块: "CNY",
  美元: "USD",
  美金: "USD",
  港元: "HKD",
  港币: "HKD",
  欧元: "EUR",
  日元: "JPY",
  英镑: "GBP",
};

/** Measure words counted as plain numbers. */
const COUNTERS =
  "张|辆|人次|人|户次|户|家|件|吨|次|亩|个|只|台|套|股|份|座|城|园|床|盒|头|万张|架|艘|条|项|款|所|种|场次|场|笔|位|名|单|部|批";

// The look-behind starts a match only at the head of a number, which keeps long digit runs linear.
const FIGURE = new RegExp(
  `(?<![\\d.,])(\\d+(?:,\\d{3})*(?:\\.\\d+)?)\\s*(?:(万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千)\\s*)?` +
    `(元人民币|人民币|元|美元|美金|港元|港币|欧元|日元|英镑|个百分点|%|％|${COUNTERS})`,
  "gu",
);

/**
 * Money, ratios and counts in text: `77000亿元` → 7.7e12 CNY, `31.9%` → 0.319,
 * `1.2万张` → 12000. Years, dates and bare numbers are not figures.
 */
export function figuresInText(text: string): Figure[] {
  const figures: Figure[] = [];
  for (const m of matchesIn(FIGURE, text)) {
    const digits = m[1]!;
    const number = Number(digits.includes(",") ? digits.replace(/,/g, "") : digits);
    if (!Number.isFinite(number)) continue;
    const scaled = number * (MULTIPLIER[m[2] ?? ""] ?? 1);
    const word = m[3]!;
    const figureText = m[0].trim();
    if (word === "%" || word === "％") {
      figures.push({ text: figureText, value: round(scaled / 100), unit: "ratio" });
    } else if (word === "个百分点") {
      figures.push({ text: figureText, value: round(scaled / 100), unit: "ratio" });
    } else if (CURRENCY[word]) {
      figures.push({ text: figureText, value: round(scaled), unit: CURRENCY[word]! });
    } else {
      figures.push({ text: figureText, value: round(scaled), unit: "count" });
    }
  }
  return figures;
}

/** Removes binary floating-point noise (`0.319` not `0.31899999999999995`). */
function round(value: number): number {
  return Number.isInteger(value) ? value : Number(value.toPrecision(12));
}
