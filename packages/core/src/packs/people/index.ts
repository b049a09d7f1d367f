import { compilePack } from "../compile.js";
import type { ContentPack } from "../types.js";
import { rules } from "./rules.js";

/** 人民网 article pages (see `rules.ts`), compiled from its JSON rules. */
export const people = compilePack(rules) as ContentPack;
