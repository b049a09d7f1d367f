import { BUNDLED_RULES } from "@caixun/core/packs/bundled-rules";
import { compiledOnce } from "../compile.js";

/** Posts in UIkit's comment component (see `rules.ts`), compiled from its JSON rules at first use. */
export const uikitComment = compiledOnce(() => BUNDLED_RULES.uikitComment);
