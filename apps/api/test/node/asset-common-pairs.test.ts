import { COMMON_PAIRS as CORE_COMMON_PAIRS } from "@caixun/core/stories/common-pairs";
import { expect, test } from "vitest";
import {
  assetCommonPairs,
  assetTables,
  COMMON_PAIRS,
  COMMON_PAIRS_ASSET,
} from "../../src/asset-common-pairs.js";
import { ENTITIES_ASSET } from "../../src/asset-entities.js";
import { commonPairsAsset } from "../../src/worker-assets.js";
import { standInAssets } from "./stand-in-assets.js";

// What the Workers put in `@caixun/core/stories/common-pairs`' place (wrangler.jsonc `alias`), run on
// Node against stand-in assets bindings: the file as the build writes it, and deployments without it.
test("the table is core's once read, read once per binding; a deployment without it is refused each time", async () => {
  expect(COMMON_PAIRS).toBeUndefined();
  const lacking = standInAssets({});
  await expect(assetCommonPairs(lacking.binding)).rejects.toThrow(
    `the Worker's static assets hold no ${COMMON_PAIRS_ASSET} (HTTP 404)`,
  );
  await expect(assetCommonPairs(undefined)).rejects.toThrow(
    "no ASSETS binding to read common-pairs.txt from",
  );
  expect(COMMON_PAIRS).toBeUndefined();

  const deployed = standInAssets({ [COMMON_PAIRS_ASSET]: commonPairsAsset() });
  await assetCommonPairs(deployed.binding);
  await assetCommonPairs(deployed.binding);
  expect(deployed.asked).toEqual([COMMON_PAIRS_ASSET]);
  expect(COMMON_PAIRS).toBe(CORE_COMMON_PAIRS);
  expect(COMMON_PAIRS.length).toBe(CORE_COMMON_PAIRS.length);

  await expect(assetCommonPairs(lacking.binding)).rejects.toThrow(/hold no common-pairs\.txt/);
  expect(lacking.asked).toEqual([COMMON_PAIRS_ASSET, COMMON_PAIRS_ASSET]);
});

test("a file that is not a packed table is refused as a missing one is", async () => {
  const page = standInAssets({ [COMMON_PAIRS_ASSET]: "<html><body>not found</body></html>" });
  await expect(assetCommonPairs(page.binding)).rejects.toThrow(
    `the Worker's static assets hold no ${COMMON_PAIRS_ASSET} (HTTP 200)`,
  );
});

test("the Worker's tables are read entities first, so a deployment without any names entities.json", async () => {
  const bare = standInAssets({});
  await expect(assetTables(bare.binding)).rejects.toThrow(`hold no ${ENTITIES_ASSET}`);
  expect(bare.asked).toEqual([ENTITIES_ASSET]);
  // The order of the rest: test/node/asset-tables.test.ts.
});
