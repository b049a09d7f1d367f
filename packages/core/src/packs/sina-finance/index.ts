import { compilePack } from "../compile.js";
import type { ContentPack } from "../types.js";
import { rules } from "./rules.js";

/** 新浪财经 article pages (see `rules.ts`), compiled from its JSON rules. */
export const sinaFinance = compilePack(rules) as ContentPack;
