import type { FigureUnit, Market } from "@caixun/core";

/** Exchanges by their Chinese short names, as readers know them. */
export const MARKET_NAMES: Readonly<Record<Market, string>> = {
  SH: "上交所",
  SZ: "深交所",
  BJ: "北交所",
  HK: "港交所",
  NASDAQ: "纳斯达克",
  NYSE: "纽交所",
  AMEX: "美交所",
  LSE: "伦交所",
};

const UNIT_SUFFIX: Readonly<Record<FigureUnit, string>> = {
  CNY: "元",
  USD: "美元",
  HKD: "港元",
  EUR: "欧元",
  JPY: "日元",
  GBP: "英镑",
  ratio: "",
  count: "",
};

const compact = new Intl.NumberFormat("zh-CN", { notation: "compact", maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat("zh-CN", { style: "percent", maximumFractionDigits: 2 });

/** A figure's normalised value for reading: `7.7万亿元`, `31.9%`, `1.2万`. */
export function figureValue(value: number, unit: FigureUnit): string {
  if (unit === "ratio") return percent.format(value);
  return `${compact.format(value)}${UNIT_SUFFIX[unit]}`;
}

/**
 * A category as readers should see it. Mirror sites file posts under the outlet's slug
 * (`beifangwang`); when a source of the corpus has that slug, its name (北方网) is shown instead.
 */
export function categoryLabel(category: string, sourceNames: ReadonlyMap<string, string>): string {
  return sourceNames.get(category) ?? category;
}
