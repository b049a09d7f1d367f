import { blog } from "./blog.js";
import { eastmoney } from "./eastmoney.js";
import { finews } from "./finews.js";
import { hexo } from "./hexo.js";
import { sina } from "./sina.js";
import { sogou } from "./sogou.js";
import type { PackInput, RulePack } from "./types.js";

/** Generator packs, most specific first: the first that matches decides the format. */
export const GENERATOR_PACKS: readonly RulePack[] = [finews, hexo, blog];

/** Content packs: apply to any file whose body shows their marks. */
export const CONTENT_PACKS: readonly RulePack[] = [eastmoney, sina, sogou];

/** The packs that apply to a file: at most one generator pack, then every matching content pack. */
export function packsFor(input: PackInput): RulePack[] {
  const generator = GENERATOR_PACKS.find((pack) => pack.matches(input));
  const content = CONTENT_PACKS.filter((pack) => pack.matches(input));
  return generator ? [generator, ...content] : content;
}

export type { Channel, PackInput, RulePack } from "./types.js";
