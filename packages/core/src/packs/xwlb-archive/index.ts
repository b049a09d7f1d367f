import { BUNDLED_RULES } from "@caixun/core/packs/bundled-rules";
import { compiledOnce } from "../compile.js";

/** Pages of a 新闻联播 archive site (see `rules.ts`), compiled from its JSON rules at first use. */
export const xwlbArchive = compiledOnce(() => BUNDLED_RULES.xwlbArchive);
