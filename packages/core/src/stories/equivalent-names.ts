// @caixun/core/stories/equivalent-names — the names feeds write two ways, made one in the comparison text and the
// parse's fingerprint (`comparable.ts`, `assemble/fingerprint.ts`). An entry of its own, as `@caixun/core/stories/words`
// is, so that a Worker can read the table from its static assets instead of carrying it (wrangler.jsonc `alias`,
// apps/api/src/asset-equivalent-names.ts); core imports it by the package's own name, and `comparable.ts` makes what it
// derives from it (the names' pattern and first characters) at first use, not when it loads.

/**
 * Names feeds write two ways, one of them taken for both (`英伟达首席执行官黄仁勋` / `英伟达CEO黄仁勋`).
 * This is data: add a pair here, not a special case elsewhere.
 */
export const EQUIVALENT_NAMES: Readonly<Record<string, string>> = {
  首席执行官: "ceo",
  首席财务官: "cfo",
  首席运营官: "coo",
  首席技术官: "cto",
  人工智能: "ai",
  国际货币基金组织: "imf",
  石油输出国组织: "欧佩克",
  美国联邦储备委员会: "美联储",
  经济合作与发展组织: "经合组织",
  世界贸易组织: "世贸组织",
};
