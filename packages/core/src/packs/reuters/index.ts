import { compilePack } from "../compile.js";
import type { ContentPack } from "../types.js";
import { rules } from "./rules.js";

/** 路透中文网 story bodies (see `rules.ts`), compiled from its JSON rules. */
export const reuters = compilePack(rules) as ContentPack;
