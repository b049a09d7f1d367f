import { BUNDLED_RULES } from "@caixun/core/packs/bundled-rules";
import { compiledOnce } from "../compile.js";

/** 证券时报网 article pages (see `rules.ts`), compiled from its JSON rules at first use. */
export const stcn = compiledOnce(() => BUNDLED_RULES.stcn);
