import { BUNDLED_RULES } from "@caixun/core/packs/bundled-rules";
import { compiledOnce } from "../compile.js";

/** 华尔街见闻 stories (see `rules.ts`), compiled from its JSON rules at first use. */
export const wallstreetcn = compiledOnce(() => BUNDLED_RULES.wallstreetcn);
