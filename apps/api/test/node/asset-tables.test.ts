import * as coreCreditPatterns from "@caixun/core/credits/credit-patterns";
import * as coreFieldLabels from "@caixun/core/credits/field-labels";
import * as coreHosts from "@caixun/core/credits/hosts";
import * as coreOutletNames from "@caixun/core/credits/outlet-names";
import * as coreDefaultSettings from "@caixun/core/default-settings";
import * as coreQuoteLinks from "@caixun/core/enrich/quote-links";
import * as coreHtmlNames from "@caixun/core/html/names";
import * as coreBundledRules from "@caixun/core/packs/bundled-rules";
import * as coreRecordKeys from "@caixun/core/readers/record-keys";
import * as coreBoilerplateLines from "@caixun/core/stages/boilerplate-lines";
import * as coreStorySettings from "@caixun/core/stories/default-settings";
import * as coreEquivalentNames from "@caixun/core/stories/equivalent-names";
import * as coreStoryWords from "@caixun/core/stories/words";
import * as coreRulePatterns from "@caixun/core/text/rule-patterns";
import { expect, test } from "vitest";
import * as boilerplateLines from "../../src/asset-boilerplate-lines.js";
import { assetTables, COMMON_PAIRS_ASSET } from "../../src/asset-common-pairs.js";
import * as creditHosts from "../../src/asset-credit-hosts.js";
import * as creditPatterns from "../../src/asset-credit-patterns.js";
import * as defaultSettings from "../../src/asset-default-settings.js";
import { ENTITIES_ASSET } from "../../src/asset-entities.js";
import * as equivalentNames from "../../src/asset-equivalent-names.js";
import * as fieldLabels from "../../src/asset-field-labels.js";
import * as htmlNames from "../../src/asset-html-names.js";
import * as outletNames from "../../src/asset-outlet-names.js";
import * as packRules from "../../src/asset-pack-rules.js";
import * as quoteLinks from "../../src/asset-quote-links.js";
import * as recordKeys from "../../src/asset-record-keys.js";
import * as rulePatterns from "../../src/asset-rule-patterns.js";
import * as storySettings from "../../src/asset-story-settings.js";
import * as storyWords from "../../src/asset-story-words.js";
import { commonPairsAsset, entitiesAsset, TABLE_ASSETS, tableAsset } from "../../src/worker-assets.js";
import { standInAssets } from "./stand-in-assets.js";

// What the Workers put in the place of core's modules of tables (wrangler.jsonc `alias`), run on Node against
// stand-in assets bindings: the files as the build writes them (`tableAsset`), and deployments without them.
const MODULES = [
  {
    asset: creditHosts.CREDIT_HOSTS_ASSET,
    read: creditHosts.assetCreditHosts,
    worker: creditHosts,
    core: coreHosts,
  },
  {
    asset: outletNames.OUTLET_NAMES_ASSET,
    read: outletNames.assetOutletNames,
    worker: outletNames,
    core: coreOutletNames,
  },
  {
    asset: fieldLabels.FIELD_LABELS_ASSET,
    read: fieldLabels.assetFieldLabels,
    worker: fieldLabels,
    core: coreFieldLabels,
  },
  {
    asset: htmlNames.HTML_NAMES_ASSET,
    read: htmlNames.assetHtmlNames,
    worker: htmlNames,
    core: coreHtmlNames,
  },
  {
    asset: quoteLinks.QUOTE_LINKS_ASSET,
    read: quoteLinks.assetQuoteLinks,
    worker: quoteLinks,
    core: coreQuoteLinks,
  },
  {
    asset: equivalentNames.EQUIVALENT_NAMES_ASSET,
    read: equivalentNames.assetEquivalentNames,
    worker: equivalentNames,
    core: coreEquivalentNames,
  },
  {
    asset: boilerplateLines.BOILERPLATE_LINES_ASSET,
    read: boilerplateLines.assetBoilerplateLines,
    worker: boilerplateLines,
    core: coreBoilerplateLines,
  },
  {
    asset: creditPatterns.CREDIT_PATTERNS_ASSET,
    read: creditPatterns.assetCreditPatterns,
    worker: creditPatterns,
    core: coreCreditPatterns,
  },
  {
    asset: rulePatterns.RULE_PATTERNS_ASSET,
    read: rulePatterns.assetRulePatterns,
    worker: rulePatterns,
    core: coreRulePatterns,
  },
  {
    asset: packRules.PACK_RULES_ASSET,
    read: packRules.assetPackRules,
    worker: packRules,
    core: coreBundledRules,
  },
  {
    asset: defaultSettings.DEFAULT_SETTINGS_ASSET,
    read: defaultSettings.assetDefaultSettings,
    worker: defaultSettings,
    core: coreDefaultSettings,
  },
  {
    asset: recordKeys.RECORD_KEYS_ASSET,
    read: recordKeys.assetRecordKeys,
    worker: recordKeys,
    core: coreRecordKeys,
  },
  {
    asset: storyWords.STORY_WORDS_ASSET,
    read: storyWords.assetStoryWords,
    worker: storyWords,
    core: coreStoryWords,
  },
  {
    asset: storySettings.STORY_SETTINGS_ASSET,
    read: storySettings.assetStorySettings,
    worker: storySettings,
    core: coreStorySettings,
  },
];

/** The tables a module exports: every export but the asset's name and its reader. */
function tableNames(module: object): string[] {
  return Object.keys(module).filter((name) => !name.endsWith("_ASSET") && !name.startsWith("asset"));
}

test("each table asset is its core module's exports listed by name, and the Worker's module has each of them", () => {
  expect(Object.keys(TABLE_ASSETS)).toEqual(MODULES.map((module) => module.asset));
  for (const { asset, worker, core } of MODULES) {
    const byName = Object.keys(core)
      .sort()
      .map((name) => core[name as keyof typeof core]);
    expect(JSON.parse(tableAsset(asset))).toStrictEqual(JSON.parse(JSON.stringify(byName)));
    expect(tableNames(worker).sort()).toEqual(Object.keys(core).sort());
  }
  // By name sorted, not in the order the module writes them: the agencies' hosts first, not the outlets'.
  expect(JSON.parse(tableAsset(creditHosts.CREDIT_HOSTS_ASSET))[0]["news.cn"]).toBe("新华社");
  expect(() => tableAsset(ENTITIES_ASSET)).toThrow("entities.json is no table asset");
});

test("the tables are core's once read, read once per binding; a deployment without them is refused each time", async () => {
  for (const { asset, read, worker, core } of MODULES) {
    for (const name of tableNames(worker)) expect(worker[name as keyof typeof worker]).toBeUndefined();
    const lacking = standInAssets({});
    await expect(read(lacking.binding)).rejects.toThrow(
      `the Worker's static assets hold no ${asset} (HTTP 404)`,
    );
    await expect(read(undefined)).rejects.toThrow(`no ASSETS binding to read ${asset} from`);

    const deployed = standInAssets({ [asset]: tableAsset(asset) });
    await read(deployed.binding);
    await read(deployed.binding);
    expect(deployed.asked).toEqual([asset]);
    for (const name of tableNames(worker))
      expect(worker[name as keyof typeof worker]).toStrictEqual(core[name as keyof typeof core]);

    await expect(read(lacking.binding)).rejects.toThrow(`hold no ${asset}`);
    expect(lacking.asked).toEqual([asset, asset]);
  }
  expect(creditHosts.OUTLET_HOSTS["voachinese.com"]).toBe("美国之音");
  expect(creditHosts.AGENCY_HOSTS["news.cn"]).toBe("新华社");
  expect(outletNames.KNOWN_OUTLETS.每经).toBe("每日经济新闻");
  expect(outletNames.PLATFORM_OWNERS.企鹅号).toBe("腾讯新闻");
  expect(fieldLabels.FIELD_LABELS.editor).toStrictEqual(["编辑", "责任编辑", "责编"]);
  expect(htmlNames.BLOCK_NAMES).toContain("blockquote");
  expect(htmlNames.OTHER_ELEMENT_NAMES).toContain("nobr");
  expect(htmlNames.CASE_INSENSITIVE_ATTRIBUTES).toContain("http-equiv");
  expect(equivalentNames.EQUIVALENT_NAMES.首席执行官).toBe("ceo");
  expect(quoteLinks.QUOTE_LINKS[0]).toStrictEqual({
    site: "sina",
    pattern: "finance\\.sina\\.com\\.cn\\/realstock\\/company\\/(sh|sz|bj)(\\d{6})\\/",
    part: "prefix",
  });
  expect(boilerplateLines.GENERIC_DROP_LINES).toContain("/^公益广告$/");
  expect(boilerplateLines.CLOSING_NOTES.model).toContain("(?:本文|本篇|");
  // The grammar's source line (`文章来源：X`), read by position: a literal of the table, not a key.
  expect(creditPatterns.GRAMMAR_PATTERNS.some((literal) => /^\/\^\(\?:文章\|本文\|/u.test(literal))).toBe(
    true,
  );
  expect(packRules.BUNDLED_RULES.kr36.match?.bodyIncludes).toEqual(["36krcdn.com"]);
  expect(defaultSettings.DEFAULT_SETTINGS.maxDomDepth).toBe(200);
  expect(Object.isFrozen(defaultSettings.DEFAULT_SETTINGS)).toBe(true);
  expect(recordKeys.DEFAULT_MAPPING.fields.title?.[0]).toBe("title");
  expect(recordKeys.LABEL_KEYS.新闻标题).toBe("title");
  expect(storyWords.PLACES).toContain("印度尼西亚");
  expect(storySettings.DEFAULT_STORY_SETTINGS.flashWindowHours).toBe(12);
  expect(Object.isFrozen(storySettings.DEFAULT_STORY_SETTINGS)).toBe(true);
});

test("a file that is not the tables is refused as a missing one is", async () => {
  for (const { asset, read, core } of MODULES) {
    const count = Object.keys(core).length;
    const withNull = JSON.stringify([null, ...Array.from({ length: count - 1 }, () => ({}))]);
    const oneShort = JSON.stringify(Array.from({ length: count - 1 }, () => ({})));
    const byName = JSON.stringify({ ...core });
    for (const text of [
      "<html><body>not found</body></html>",
      "{}",
      "null",
      "[]",
      withNull,
      oneShort,
      byName,
    ]) {
      const page = standInAssets({ [asset]: text });
      await expect(read(page.binding)).rejects.toThrow(
        `the Worker's static assets hold no ${asset} (HTTP 200)`,
      );
    }
  }
});

test("the Worker reads its tables in order, so a deployment without one names the first it lacks", async () => {
  const files: Record<string, string> = {
    [ENTITIES_ASSET]: entitiesAsset(),
    [creditHosts.CREDIT_HOSTS_ASSET]: tableAsset(creditHosts.CREDIT_HOSTS_ASSET),
    [outletNames.OUTLET_NAMES_ASSET]: tableAsset(outletNames.OUTLET_NAMES_ASSET),
    [fieldLabels.FIELD_LABELS_ASSET]: tableAsset(fieldLabels.FIELD_LABELS_ASSET),
    [htmlNames.HTML_NAMES_ASSET]: tableAsset(htmlNames.HTML_NAMES_ASSET),
    [quoteLinks.QUOTE_LINKS_ASSET]: tableAsset(quoteLinks.QUOTE_LINKS_ASSET),
    [equivalentNames.EQUIVALENT_NAMES_ASSET]: tableAsset(equivalentNames.EQUIVALENT_NAMES_ASSET),
    [boilerplateLines.BOILERPLATE_LINES_ASSET]: tableAsset(boilerplateLines.BOILERPLATE_LINES_ASSET),
    [creditPatterns.CREDIT_PATTERNS_ASSET]: tableAsset(creditPatterns.CREDIT_PATTERNS_ASSET),
    [rulePatterns.RULE_PATTERNS_ASSET]: tableAsset(rulePatterns.RULE_PATTERNS_ASSET),
    [packRules.PACK_RULES_ASSET]: tableAsset(packRules.PACK_RULES_ASSET),
    [defaultSettings.DEFAULT_SETTINGS_ASSET]: tableAsset(defaultSettings.DEFAULT_SETTINGS_ASSET),
    [recordKeys.RECORD_KEYS_ASSET]: tableAsset(recordKeys.RECORD_KEYS_ASSET),
    [COMMON_PAIRS_ASSET]: commonPairsAsset(),
    [storyWords.STORY_WORDS_ASSET]: tableAsset(storyWords.STORY_WORDS_ASSET),
    [storySettings.STORY_SETTINGS_ASSET]: tableAsset(storySettings.STORY_SETTINGS_ASSET),
  };
  const order = Object.keys(files);
  for (const [index, missing] of order.entries()) {
    const { [missing]: _, ...others } = files;
    const lacking = standInAssets(others);
    await expect(assetTables(lacking.binding)).rejects.toThrow(`hold no ${missing}`);
    expect(lacking.asked).toEqual(order.slice(0, index + 1));
  }
  const all = standInAssets(files);
  await assetTables(all.binding);
  expect(all.asked).toEqual(order);
});
