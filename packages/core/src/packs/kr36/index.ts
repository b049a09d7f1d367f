import { BUNDLED_RULES } from "@caixun/core/packs/bundled-rules";
import { compiledOnce } from "../compile.js";

/** 36氪 stories (see `rules.ts`), compiled from its JSON rules at first use. */
export const kr36 = compiledOnce(() => BUNDLED_RULES.kr36);
