import * as core from "@caixun/core/stories/words";
import { expect, test } from "vitest";
import { assetTables, COMMON_PAIRS_ASSET } from "../../src/asset-common-pairs.js";
import { CREDIT_HOSTS_ASSET } from "../../src/asset-credit-hosts.js";
import { ENTITIES_ASSET } from "../../src/asset-entities.js";
import { RECORD_KEYS_ASSET } from "../../src/asset-record-keys.js";
import {
  assetStoryWords,
  EVENT_ACTIONS,
  INSTRUMENT_FAMILIES,
  NAME_CLASSES,
  PLACES,
  STORY_WORDS_ASSET,
} from "../../src/asset-story-words.js";
import {
  commonPairsAsset,
  creditHostsAsset,
  entitiesAsset,
  recordKeysAsset,
  storyWordsAsset,
} from "../../src/worker-assets.js";
import { standInAssets } from "./stand-in-assets.js";

// What the Workers put in `@caixun/core/stories/words`' place (wrangler.jsonc `alias`), run on Node
// against stand-in assets bindings: the file as the build writes it, and deployments without it.
test("the tables are core's once read, read once per binding; a deployment without them is refused each time", async () => {
  expect([INSTRUMENT_FAMILIES, NAME_CLASSES, PLACES, EVENT_ACTIONS]).toEqual([
    undefined,
    undefined,
    undefined,
    undefined,
  ]);
  const lacking = standInAssets({});
  await expect(assetStoryWords(lacking.binding)).rejects.toThrow(
    `the Worker's static assets hold no ${STORY_WORDS_ASSET} (HTTP 404)`,
  );
  await expect(assetStoryWords(undefined)).rejects.toThrow("no ASSETS binding to read story-words.json from");
  expect(PLACES).toBeUndefined();

  const deployed = standInAssets({ [STORY_WORDS_ASSET]: storyWordsAsset() });
  await assetStoryWords(deployed.binding);
  await assetStoryWords(deployed.binding);
  expect(deployed.asked).toEqual([STORY_WORDS_ASSET]);
  expect(INSTRUMENT_FAMILIES).toStrictEqual(core.INSTRUMENT_FAMILIES);
  expect(NAME_CLASSES).toStrictEqual(core.NAME_CLASSES);
  expect(PLACES).toStrictEqual(core.PLACES);
  expect(EVENT_ACTIONS).toStrictEqual(core.EVENT_ACTIONS);
  expect(PLACES).toContain("印度尼西亚");

  await expect(assetStoryWords(lacking.binding)).rejects.toThrow(/hold no story-words\.json/);
  expect(lacking.asked).toEqual([STORY_WORDS_ASSET, STORY_WORDS_ASSET]);
});

test("a file that is not the tables is refused as a missing one is", async () => {
  for (const text of ["<html><body>not found</body></html>", '{"places":[]}', "null"]) {
    const page = standInAssets({ [STORY_WORDS_ASSET]: text });
    await expect(assetStoryWords(page.binding)).rejects.toThrow(
      `the Worker's static assets hold no ${STORY_WORDS_ASSET} (HTTP 200)`,
    );
  }
});

test("the Worker's tables are read in order, so a deployment without the words names story-words.json", async () => {
  const noWords = standInAssets({
    [ENTITIES_ASSET]: entitiesAsset(),
    [CREDIT_HOSTS_ASSET]: creditHostsAsset(),
    [RECORD_KEYS_ASSET]: recordKeysAsset(),
    [COMMON_PAIRS_ASSET]: commonPairsAsset(),
  });
  await expect(assetTables(noWords.binding)).rejects.toThrow(`hold no ${STORY_WORDS_ASSET}`);
  const all = standInAssets({
    [ENTITIES_ASSET]: entitiesAsset(),
    [CREDIT_HOSTS_ASSET]: creditHostsAsset(),
    [RECORD_KEYS_ASSET]: recordKeysAsset(),
    [COMMON_PAIRS_ASSET]: commonPairsAsset(),
    [STORY_WORDS_ASSET]: storyWordsAsset(),
  });
  await assetTables(all.binding);
  expect(all.asked).toEqual([
    ENTITIES_ASSET,
    CREDIT_HOSTS_ASSET,
    RECORD_KEYS_ASSET,
    COMMON_PAIRS_ASSET,
    STORY_WORDS_ASSET,
  ]);
});
