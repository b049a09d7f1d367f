// @caixun/core/packs/bundled-rules — the JSON rules of the bundled content packs written as rule packs (each
// folder's `rules.ts`: the rules alone, without their description and provenance). An entry of its own, as
// `@caixun/core/credits/hosts` is, so that a Worker can read the rules from its static assets instead of carrying
// them (wrangler.jsonc `alias`, apps/api/src/asset-pack-rules.ts); each pack's `index.ts` imports its rules by the
// package's own name and compiles them at first use (`compiledOnce`), not when it loads.
import { rules as cs } from "./cs/rules.js";
import { rules as jin10 } from "./jin10/rules.js";
import { rules as kr36 } from "./kr36/rules.js";
import { rules as nbd } from "./nbd/rules.js";
import { rules as people } from "./people/rules.js";
import { rules as reuters } from "./reuters/rules.js";
import { rules as sinaFinance } from "./sina-finance/rules.js";
import { rules as stcn } from "./stcn/rules.js";
import { rules as thepaper } from "./thepaper/rules.js";
import { rules as uikitComment } from "./uikit-comment/rules.js";
import { rules as wallstreetcn } from "./wallstreetcn/rules.js";
import { rules as xwlbArchive } from "./xwlb-archive/rules.js";

/** Each content pack's rules by the name its `index.ts` exports the pack as. */
export const BUNDLED_RULES = {
  cs,
  jin10,
  kr36,
  nbd,
  people,
  reuters,
  sinaFinance,
  stcn,
  thepaper,
  uikitComment,
  wallstreetcn,
  xwlbArchive,
} as const;
