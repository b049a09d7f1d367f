import { compilePack } from "../compile.js";
import type { ContentPack } from "../types.js";
import { rules } from "./rules.js";

/** Posts in UIkit's comment component (see `rules.ts`), compiled from its JSON rules. */
export const uikitComment = compilePack(rules) as ContentPack;
