import { BUNDLED_RULES } from "@caixun/core/packs/bundled-rules";
import { compiledOnce } from "../compile.js";

/** 金十数据 flashes (see `rules.ts`), compiled from its JSON rules at first use. */
export const jin10 = compiledOnce(() => BUNDLED_RULES.jin10);
