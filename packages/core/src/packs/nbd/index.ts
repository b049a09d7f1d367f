import { BUNDLED_RULES } from "@caixun/core/packs/bundled-rules";
import { compiledOnce } from "../compile.js";

/** 每经网 article pages (see `rules.ts`), compiled from its JSON rules at first use. */
export const nbd = compiledOnce(() => BUNDLED_RULES.nbd);
