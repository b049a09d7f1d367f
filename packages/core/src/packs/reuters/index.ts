import { BUNDLED_RULES } from "@caixun/core/packs/bundled-rules";
import { compiledOnce } from "../compile.js";

/** 路透中文网 story bodies (see `rules.ts`), compiled from its JSON rules at first use. */
export const reuters = compiledOnce(() => BUNDLED_RULES.reuters);
