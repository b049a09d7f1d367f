import { readFileSync } from "node:fs";
import { type OpenApiDocument, renderDocsPage } from "@caixun/api";
import { API_INFO, describeOnly, openApiDocument } from "@caixun/api/openapi-document";
import {
  commonPairsAsset,
  creditHostsAsset,
  DOCS_PAGE_ASSET,
  entitiesAsset,
  recordKeysAsset,
  storyWordsAsset,
} from "@caixun/api/worker-assets";
import {
  AGENCY_HOSTS,
  AGGREGATOR_HOSTS,
  OUTLET_HOSTS,
  PLATFORM_HOSTS,
  SITE_TITLE_NAMES,
} from "@caixun/core/credits/hosts";
import { fullEntities } from "@caixun/core/entities";
import { ENTITY_TABLE } from "@caixun/core/entities/basic";
import { DEFAULT_MAPPING, LABEL_KEYS } from "@caixun/core/readers/record-keys";
import { COMMON_PAIRS } from "@caixun/core/stories/common-pairs";
import { EVENT_ACTIONS, INSTRUMENT_FAMILIES, NAME_CLASSES, PLACES } from "@caixun/core/stories/words";
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

// And the stories' word tables: core's, as JSON (formatted by biome, so compared as tables).
test("the checked-in story words are core's (else: pnpm --filter @caixun/ingest assets)", () => {
  const checkedIn = readFileSync(new URL("../../assets/story-words.json", import.meta.url), "utf8");
  expect(JSON.parse(checkedIn)).toStrictEqual(JSON.parse(storyWordsAsset()));
  expect(JSON.parse(checkedIn)).toStrictEqual({
    instrumentFamilies: INSTRUMENT_FAMILIES,
    nameClasses: NAME_CLASSES,
    places: PLACES,
    eventActions: EVENT_ACTIONS,
  });
});

// And the credits' tables of hosts, which every parse reads: core's, as JSON (formatted by biome, so compared as tables).
test("the checked-in credit hosts are core's (else: pnpm --filter @caixun/ingest assets)", () => {
  const checkedIn = readFileSync(new URL("../../assets/credit-hosts.json", import.meta.url), "utf8");
  expect(JSON.parse(checkedIn)).toStrictEqual(JSON.parse(creditHostsAsset()));
  expect(JSON.parse(checkedIn)).toStrictEqual({
    outletHosts: OUTLET_HOSTS,
    agencyHosts: AGENCY_HOSTS,
    aggregatorHosts: AGGREGATOR_HOSTS,
    platformHosts: PLATFORM_HOSTS,
    siteTitleNames: SITE_TITLE_NAMES,
  });
  expect(JSON.parse(checkedIn).outletHosts["voachinese.com"]).toBe("美国之音");
});

// And the record mapping's tables, which every parse of a record or a labelled text reads: core's, as JSON.
test("the checked-in record keys are core's (else: pnpm --filter @caixun/ingest assets)", () => {
  const checkedIn = readFileSync(new URL("../../assets/record-keys.json", import.meta.url), "utf8");
  expect(JSON.parse(checkedIn)).toStrictEqual(JSON.parse(recordKeysAsset()));
  expect(JSON.parse(checkedIn)).toStrictEqual({ defaultMapping: DEFAULT_MAPPING, labelKeys: LABEL_KEYS });
  expect(JSON.parse(checkedIn).labelKeys.新闻标题).toBe("title");
});
