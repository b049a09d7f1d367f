import { compilePack } from "../compile.js";
import type { ContentPack } from "../types.js";
import { rules } from "./rules.js";

/** 证券时报网 article pages (see `rules.ts`), compiled from its JSON rules. */
export const stcn = compilePack(rules) as ContentPack;
