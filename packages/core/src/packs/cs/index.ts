import { BUNDLED_RULES } from "@caixun/core/packs/bundled-rules";
import { compiledOnce } from "../compile.js";

/** 中国证券报·中证网 article pages (see `rules.ts`), compiled from its JSON rules at first use. */
export const cs = compiledOnce(() => BUNDLED_RULES.cs);
