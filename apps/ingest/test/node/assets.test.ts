import { readFileSync } from "node:fs";
import { type OpenApiDocument, renderDocsPage } from "@caixun/api";
import { API_INFO, describeOnly, openApiDocument } from "@caixun/api/openapi-document";
import {
  commonPairsAsset,
  DOCS_PAGE_ASSET,
  entitiesAsset,
  TABLE_ASSETS,
  tableAsset,
} from "@caixun/api/worker-assets";
import { CREDITS_STAGE_PATTERNS, GRAMMAR_PATTERNS } from "@caixun/core/credits/credit-patterns";
import { FIELD_LABELS } from "@caixun/core/credits/field-labels";
import { OUTLET_HOSTS } from "@caixun/core/credits/hosts";
import { KNOWN_OUTLETS } from "@caixun/core/credits/outlet-names";
import { DEFAULT_SETTINGS } from "@caixun/core/default-settings";
import { QUOTE_LINKS } from "@caixun/core/enrich/quote-links";
import { fullEntities } from "@caixun/core/entities";
import { ENTITY_TABLE } from "@caixun/core/entities/basic";
import { BLOCK_NAMES } from "@caixun/core/html/names";
import { BUNDLED_RULES } from "@caixun/core/packs/bundled-rules";
import { LABEL_KEYS } from "@caixun/core/readers/record-keys";
import {
  BOILERPLATE_PATTERNS,
  CLOSING_NOTES,
  GENERIC_DROP_LINES,
} from "@caixun/core/stages/boilerplate-lines";
import { COMMON_PAIRS } from "@caixun/core/stories/common-pairs";
import { DEFAULT_STORY_SETTINGS } from "@caixun/core/stories/default-settings";
import { EQUIVALENT_NAMES } from "@caixun/core/stories/equivalent-names";
import { PLACES } from "@caixun/core/stories/words";
import { READERS_RECORD_PATTERNS } from "@caixun/core/text/rule-patterns";
import { expect, test } from "vitest";
import INGEST_DOCUMENT from "../../assets/openapi.json" with { type: "json" };
import { createIngestApp } from "../../src/app.js";

// The Worker serves the document written by `pnpm assets` from its static assets; this keeps it the zod
// schemas' own (the tests in workerd check that `/openapi.json` sends it as written).
test("the checked-in document is what zod gives for the routes (else: pnpm --filter @caixun/ingest assets)", () => {
  expect(INGEST_DOCUMENT).toStrictEqual(openApiDocument(createIngestApp(describeOnly), API_INFO));
});

test("the document describes the API's routes and the batches'", () => {
  expect(Object.keys(INGEST_DOCUMENT.paths)).toEqual(
    expect.arrayContaining(["/v1/parse", "/v1/batches/{id}"]),
  );
  expect(INGEST_DOCUMENT.components.schemas).toHaveProperty("BatchRequest");
});

test("the checked-in docs page is the document's (else: pnpm --filter @caixun/ingest assets)", () => {
  const page = readFileSync(new URL(`../../assets/${DOCS_PAGE_ASSET}`, import.meta.url), "utf8");
  expect(page).toBe(renderDocsPage(INGEST_DOCUMENT as unknown as OpenApiDocument));
  expect(page).toContain("<code>/v1/batches/{id}</code>");
});

// The Worker reads HTML's entity tables from its static assets instead of core's modules (the aliases in
// wrangler.jsonc): the file must be core's tables as they are now, byte for byte.
test("the checked-in entity tables are core's (else: pnpm --filter @caixun/ingest assets)", () => {
  const checkedIn = readFileSync(new URL("../../assets/entities.json", import.meta.url), "utf8");
  expect(checkedIn).toBe(entitiesAsset());
  expect(JSON.parse(checkedIn)).toStrictEqual({
    table: fullEntities.table,
    pairs: fullEntities.pairs,
    basic: ENTITY_TABLE,
  });
});

// The Worker reads the stories' common pairs from its static assets too: core's packed table, byte for byte.
test("the checked-in common pairs are core's (else: pnpm --filter @caixun/ingest assets)", () => {
  const checkedIn = readFileSync(new URL("../../assets/common-pairs.txt", import.meta.url), "utf8");
  expect(checkedIn).toBe(commonPairsAsset());
  expect(checkedIn).toBe(COMMON_PAIRS);
});

// And core's modules of tables (`TABLE_ASSETS`: the credits' hosts, outlet names and field labels, HTML's names, the quote pages, the names made one, the boilerplate's lines, the credits' patterns and the content packs' rules and
// the parse's default settings, which every parse reads, the record mapping's keys, the stories' word tables and default settings): each module's exports as a JSON list (formatted by biome, so compared as tables).
test("the checked-in table assets are core's (else: pnpm --filter @caixun/ingest assets)", () => {
  const checkedIn = (asset: string) =>
    JSON.parse(readFileSync(new URL(`../../assets/${asset}`, import.meta.url), "utf8"));
  expect(Object.keys(TABLE_ASSETS)).toEqual([
    "credit-hosts.json",
    "outlet-names.json",
    "field-labels.json",
    "html-names.json",
    "quote-links.json",
    "equivalent-names.json",
    "boilerplate-lines.json",
    "credit-patterns.json",
    "rule-patterns.json",
    "pack-rules.json",
    "default-settings.json",
    "record-keys.json",
    "story-words.json",
    "story-settings.json",
  ]);
  // Each a list of its module's tables by their names sorted (`readTableListAsset`): `table` finds one by its name.
  const names = (asset: string) => Object.keys(TABLE_ASSETS[asset]!).sort();
  const table = (asset: string, name: string) => checkedIn(asset)[names(asset).indexOf(name)];
  for (const [asset, module] of Object.entries(TABLE_ASSETS)) {
    expect(checkedIn(asset)).toStrictEqual(JSON.parse(tableAsset(asset)));
    expect(checkedIn(asset)).toStrictEqual(
      JSON.parse(JSON.stringify(names(asset).map((name) => module[name as keyof typeof module]))),
    );
  }
  expect(table("credit-hosts.json", "OUTLET_HOSTS")).toStrictEqual(OUTLET_HOSTS);
  expect(table("credit-hosts.json", "OUTLET_HOSTS")["voachinese.com"]).toBe("美国之音");
  expect(table("outlet-names.json", "KNOWN_OUTLETS")).toStrictEqual(KNOWN_OUTLETS);
  expect(table("field-labels.json", "FIELD_LABELS")).toStrictEqual(FIELD_LABELS);
  expect(table("html-names.json", "BLOCK_NAMES")).toStrictEqual(BLOCK_NAMES);
  expect(table("quote-links.json", "QUOTE_LINKS")).toStrictEqual(QUOTE_LINKS);
  expect(table("equivalent-names.json", "EQUIVALENT_NAMES")).toStrictEqual(EQUIVALENT_NAMES);
  expect(table("boilerplate-lines.json", "GENERIC_DROP_LINES")).toStrictEqual(GENERIC_DROP_LINES);
  expect(table("boilerplate-lines.json", "CLOSING_NOTES")).toStrictEqual(CLOSING_NOTES);
  expect(table("boilerplate-lines.json", "BOILERPLATE_PATTERNS")).toStrictEqual(BOILERPLATE_PATTERNS);
  expect(table("credit-patterns.json", "GRAMMAR_PATTERNS")).toStrictEqual(GRAMMAR_PATTERNS);
  expect(table("credit-patterns.json", "CREDITS_STAGE_PATTERNS")).toStrictEqual(CREDITS_STAGE_PATTERNS);
  expect(table("rule-patterns.json", "READERS_RECORD_PATTERNS")).toStrictEqual(READERS_RECORD_PATTERNS);
  expect(table("pack-rules.json", "BUNDLED_RULES")).toStrictEqual(BUNDLED_RULES);
  expect(table("pack-rules.json", "BUNDLED_RULES").kr36.match.bodyIncludes).toEqual(["36krcdn.com"]);
  expect(table("default-settings.json", "DEFAULT_SETTINGS")).toStrictEqual({ ...DEFAULT_SETTINGS });
  expect(table("record-keys.json", "LABEL_KEYS").新闻标题).toBe("title");
  expect(table("record-keys.json", "LABEL_KEYS")).toStrictEqual(LABEL_KEYS);
  expect(table("story-words.json", "PLACES")).toStrictEqual(PLACES);
  expect(table("story-settings.json", "DEFAULT_STORY_SETTINGS")).toStrictEqual({
    ...DEFAULT_STORY_SETTINGS,
  });
});
