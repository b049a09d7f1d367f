import { BUNDLED_RULES } from "@caixun/core/packs/bundled-rules";
import { compiledOnce } from "../compile.js";

/** 澎湃新闻 article pages (see `rules.ts`), compiled from its JSON rules at first use. */
export const thepaper = compiledOnce(() => BUNDLED_RULES.thepaper);
