import * as core from "@caixun/core/credits/hosts";
import { expect, test } from "vitest";
import { assetTables, COMMON_PAIRS_ASSET } from "../../src/asset-common-pairs.js";
import {
  AGENCY_HOSTS,
  AGGREGATOR_HOSTS,
  assetCreditHosts,
  CREDIT_HOSTS_ASSET,
  OUTLET_HOSTS,
  PLATFORM_HOSTS,
  SITE_TITLE_NAMES,
} from "../../src/asset-credit-hosts.js";
import { ENTITIES_ASSET } from "../../src/asset-entities.js";
import { STORY_WORDS_ASSET } from "../../src/asset-story-words.js";
import {
  commonPairsAsset,
  creditHostsAsset,
  entitiesAsset,
  storyWordsAsset,
} from "../../src/worker-assets.js";
import { standInAssets } from "./stand-in-assets.js";

// What the Workers put in `@caixun/core/credits/hosts`' place (wrangler.jsonc `alias`), run on Node
// against stand-in assets bindings: the file as the build writes it, and deployments without it.
test("the tables are core's once read, read once per binding; a deployment without them is refused each time", async () => {
  expect([OUTLET_HOSTS, AGENCY_HOSTS, AGGREGATOR_HOSTS, PLATFORM_HOSTS, SITE_TITLE_NAMES]).toEqual([
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
  ]);
  const lacking = standInAssets({});
  await expect(assetCreditHosts(lacking.binding)).rejects.toThrow(
    `the Worker's static assets hold no ${CREDIT_HOSTS_ASSET} (HTTP 404)`,
  );
  await expect(assetCreditHosts(undefined)).rejects.toThrow(
    "no ASSETS binding to read credit-hosts.json from",
  );
  expect(OUTLET_HOSTS).toBeUndefined();

  const deployed = standInAssets({ [CREDIT_HOSTS_ASSET]: creditHostsAsset() });
  await assetCreditHosts(deployed.binding);
  await assetCreditHosts(deployed.binding);
  expect(deployed.asked).toEqual([CREDIT_HOSTS_ASSET]);
  expect(OUTLET_HOSTS).toStrictEqual(core.OUTLET_HOSTS);
  expect(AGENCY_HOSTS).toStrictEqual(core.AGENCY_HOSTS);
  expect(AGGREGATOR_HOSTS).toStrictEqual(core.AGGREGATOR_HOSTS);
  expect(PLATFORM_HOSTS).toStrictEqual(core.PLATFORM_HOSTS);
  expect(SITE_TITLE_NAMES).toStrictEqual(core.SITE_TITLE_NAMES);
  expect(OUTLET_HOSTS["voachinese.com"]).toBe("美国之音");
  expect(AGENCY_HOSTS["news.cn"]).toBe("新华社");

  await expect(assetCreditHosts(lacking.binding)).rejects.toThrow(/hold no credit-hosts\.json/);
  expect(lacking.asked).toEqual([CREDIT_HOSTS_ASSET, CREDIT_HOSTS_ASSET]);
});

test("a file that is not the tables is refused as a missing one is", async () => {
  for (const text of ["<html><body>not found</body></html>", '{"outletHosts":{}}', "null"]) {
    const page = standInAssets({ [CREDIT_HOSTS_ASSET]: text });
    await expect(assetCreditHosts(page.binding)).rejects.toThrow(
      `the Worker's static assets hold no ${CREDIT_HOSTS_ASSET} (HTTP 200)`,
    );
  }
});

test("the Worker reads the credits' hosts after HTML's entities, before the stories' tables", async () => {
  const noHosts = standInAssets({
    [ENTITIES_ASSET]: entitiesAsset(),
    [COMMON_PAIRS_ASSET]: commonPairsAsset(),
    [STORY_WORDS_ASSET]: storyWordsAsset(),
  });
  await expect(assetTables(noHosts.binding)).rejects.toThrow(`hold no ${CREDIT_HOSTS_ASSET}`);
  expect(noHosts.asked).toEqual([ENTITIES_ASSET, CREDIT_HOSTS_ASSET]);
});
