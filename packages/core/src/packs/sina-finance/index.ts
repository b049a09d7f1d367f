import { BUNDLED_RULES } from "@caixun/core/packs/bundled-rules";
import { compiledOnce } from "../compile.js";

/** 新浪财经 article pages (see `rules.ts`), compiled from its JSON rules at first use. */
export const sinaFinance = compiledOnce(() => BUNDLED_RULES.sinaFinance);
