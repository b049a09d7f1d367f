import { compilePack } from "../compile.js";
import type { ContentPack } from "../types.js";
import { rules } from "./rules.js";

/** 澎湃新闻 article pages (see `rules.ts`), compiled from its JSON rules. */
export const thepaper = compilePack(rules) as ContentPack;
