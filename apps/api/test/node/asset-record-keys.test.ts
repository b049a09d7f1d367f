import * as core from "@caixun/core/readers/record-keys";
import { expect, test } from "vitest";
import { assetTables, COMMON_PAIRS_ASSET } from "../../src/asset-common-pairs.js";
import { CREDIT_HOSTS_ASSET } from "../../src/asset-credit-hosts.js";
import { ENTITIES_ASSET } from "../../src/asset-entities.js";
import {
  assetRecordKeys,
  DEFAULT_MAPPING,
  LABEL_KEYS,
  RECORD_KEYS_ASSET,
} from "../../src/asset-record-keys.js";
import { STORY_WORDS_ASSET } from "../../src/asset-story-words.js";
import {
  commonPairsAsset,
  creditHostsAsset,
  entitiesAsset,
  recordKeysAsset,
  storyWordsAsset,
} from "../../src/worker-assets.js";
import { standInAssets } from "./stand-in-assets.js";

// What the Workers put in `@caixun/core/readers/record-keys`' place (wrangler.jsonc `alias`), run on Node
// against stand-in assets bindings: the file as the build writes it, and deployments without it.
test("the tables are core's once read, read once per binding; a deployment without them is refused each time", async () => {
  expect([DEFAULT_MAPPING, LABEL_KEYS]).toEqual([undefined, undefined]);
  const lacking = standInAssets({});
  await expect(assetRecordKeys(lacking.binding)).rejects.toThrow(
    `the Worker's static assets hold no ${RECORD_KEYS_ASSET} (HTTP 404)`,
  );
  await expect(assetRecordKeys(undefined)).rejects.toThrow("no ASSETS binding to read record-keys.json from");
  expect(DEFAULT_MAPPING).toBeUndefined();

  const deployed = standInAssets({ [RECORD_KEYS_ASSET]: recordKeysAsset() });
  await assetRecordKeys(deployed.binding);
  await assetRecordKeys(deployed.binding);
  expect(deployed.asked).toEqual([RECORD_KEYS_ASSET]);
  expect(DEFAULT_MAPPING).toStrictEqual(core.DEFAULT_MAPPING);
  expect(LABEL_KEYS).toStrictEqual(core.LABEL_KEYS);
  expect(DEFAULT_MAPPING.fields.title?.[0]).toBe("title");
  expect(LABEL_KEYS.新闻标题).toBe("title");

  await expect(assetRecordKeys(lacking.binding)).rejects.toThrow(/hold no record-keys\.json/);
  expect(lacking.asked).toEqual([RECORD_KEYS_ASSET, RECORD_KEYS_ASSET]);
});

test("a file that is not the tables is refused as a missing one is", async () => {
  for (const text of [
    "<html><body>not found</body></html>",
    '{"labelKeys":{}}',
    '{"defaultMapping":{"fields":null,"securities":[]},"labelKeys":{}}',
    '{"defaultMapping":{"fields":{}},"labelKeys":{}}',
    '{"defaultMapping":{"fields":{},"securities":[]},"labelKeys":null}',
    "null",
  ]) {
    const page = standInAssets({ [RECORD_KEYS_ASSET]: text });
    await expect(assetRecordKeys(page.binding)).rejects.toThrow(
      `the Worker's static assets hold no ${RECORD_KEYS_ASSET} (HTTP 200)`,
    );
  }
});

test("the Worker reads the record mapping's tables after the credits' hosts, before the stories' tables", async () => {
  const noKeys = standInAssets({
    [ENTITIES_ASSET]: entitiesAsset(),
    [CREDIT_HOSTS_ASSET]: creditHostsAsset(),
    [COMMON_PAIRS_ASSET]: commonPairsAsset(),
    [STORY_WORDS_ASSET]: storyWordsAsset(),
  });
  await expect(assetTables(noKeys.binding)).rejects.toThrow(`hold no ${RECORD_KEYS_ASSET}`);
  expect(noKeys.asked).toEqual([ENTITIES_ASSET, CREDIT_HOSTS_ASSET, RECORD_KEYS_ASSET]);
});
