import { compilePack } from "../compile.js";
import type { ContentPack } from "../types.js";
import { rules } from "./rules.js";

/** 36氪 stories (see `rules.ts`), compiled from its JSON rules. */
export const kr36 = compilePack(rules) as ContentPack;
