import { COMMON_PAIRS as CORE_COMMON_PAIRS } from "@caixun/core/stories/common-pairs";
import { expect, test } from "vitest";
import {
  assetCommonPairs,
  assetTables,
  COMMON_PAIRS,
  COMMON_PAIRS_ASSET,
} from "../../src/asset-common-pairs.js";
import { CREDIT_HOSTS_ASSET } from "../../src/asset-credit-hosts.js";
import { ENTITIES_ASSET } from "../../src/asset-entities.js";
import { RECORD_KEYS_ASSET } from "../../src/asset-record-keys.js";
import {
  commonPairsAsset,
  creditHostsAsset,
  entitiesAsset,
  recordKeysAsset,
} from "../../src/worker-assets.js";
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

test("the Worker's tables are read entities first, so a deployment without both names entities.json", async () => {
  const bare = standInAssets({});
  await expect(assetTables(bare.binding)).rejects.toThrow(`hold no ${ENTITIES_ASSET}`);
  expect(bare.asked).toEqual([ENTITIES_ASSET]);
  // The credits' tables of hosts and the record mapping's come between (test/node/asset-credit-hosts.test.ts,
  // test/node/asset-record-keys.test.ts).
  const noPairs = standInAssets({
    [ENTITIES_ASSET]: entitiesAsset(),
    [CREDIT_HOSTS_ASSET]: creditHostsAsset(),
    [RECORD_KEYS_ASSET]: recordKeysAsset(),
  });
  await expect(assetTables(noPairs.binding)).rejects.toThrow(`hold no ${COMMON_PAIRS_ASSET}`);
  // With both, the stories' word tables are read next (test/node/asset-story-words.test.ts).
  const both = standInAssets({
    [ENTITIES_ASSET]: entitiesAsset(),
    [CREDIT_HOSTS_ASSET]: creditHostsAsset(),
    [RECORD_KEYS_ASSET]: recordKeysAsset(),
    [COMMON_PAIRS_ASSET]: commonPairsAsset(),
  });
  await expect(assetTables(both.binding)).rejects.toThrow("hold no story-words.json");
  expect(both.asked).toEqual([
    ENTITIES_ASSET,
    CREDIT_HOSTS_ASSET,
    RECORD_KEYS_ASSET,
    COMMON_PAIRS_ASSET,
    "story-words.json",
  ]);
});
