import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { parse } from "@caixun/core";
import { expect, test } from "vitest";
import {
  FOLDED_ARTICLES,
  indexTerms,
  migrateTo0004,
  rowsToRewrite,
  searchHits,
  storeAsBefore,
} from "../../../api/test/workers/search-migration.js";
import { storeFromEnv } from "../../src/store.js";
import { api, bytesOf } from "./helpers.js";

const shards = [env.DB, env.DB_2022_03, env.DB_2022_05];

test("month shards built at migration 0004 find, right after 0005, what they found before: every row is in the new index", async () => {
  await migrateTo0004(shards, env.STORE_MIGRATIONS);
  const articles = [
    ...env.TEST_FILES.map((file) => parse(bytesOf(file), { filename: file.filename })),
    ...FOLDED_ARTICLES,
  ];
  await storeAsBefore(storeFromEnv(env), shards, articles);
  expect(await rowsToRewrite(shards)).toBeGreaterThanOrEqual(FOLDED_ARTICLES.length);
  const termsBefore = await indexTerms(shards);
  // Each shard holds some of them.
  for (const terms of termsBefore) expect(terms.length).toBeGreaterThan(0);
  const hitsBefore = await searchHits(api);
  expect(hitsBefore.get("Générale")).toEqual([FOLDED_ARTICLES[0]!.id]);
  expect(hitsBefore.get("cafe")).toEqual([FOLDED_ARTICLES[1]!.id]);
  expect(hitsBefore.get("太保")!.length).toBeGreaterThan(1);

  for (const db of shards) await applyD1Migrations(db, env.STORE_MIGRATIONS);
  expect(await indexTerms(shards)).toEqual(termsBefore);
  expect(await searchHits(api)).toEqual(hitsBefore);
});
