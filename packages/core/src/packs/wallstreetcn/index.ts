import { compilePack } from "../compile.js";
import type { ContentPack } from "../types.js";
import { rules } from "./rules.js";

/** 华尔街见闻 stories (see `rules.ts`), compiled from its JSON rules. */
export const wallstreetcn = compilePack(rules) as ContentPack;
