import { applyD1Migrations } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { parse } from "@caixun/core";
import { d1ArticleStore } from "@caixun/store/d1";
import { expect, test } from "vitest";
import {
  FOLDED_ARTICLES,
  indexTerms,
  migrateTo0004,
  rowsToRewrite,
  searchHits,
  storeAsBefore,
} from "./search-migration.js";

const fetchApi = (path: string) => exports.default.fetch(new Request(`http://caixun.test${path}`));

test("a D1 store built at migration 0004 finds, right after 0005, what it found before: every row is in the new index", async () => {
  await migrateTo0004([env.DB], env.TEST_MIGRATIONS);
  const articles = [
    ...env.TEST_SEEDS.map((seed) => parse(seed.content, { filename: seed.filename })),
    ...FOLDED_ARTICLES,
  ];
  await storeAsBefore(d1ArticleStore(env.DB), [env.DB], articles);
  expect(await rowsToRewrite([env.DB])).toBe(FOLDED_ARTICLES.length);
  const termsBefore = await indexTerms([env.DB]);
  const hitsBefore = await searchHits(fetchApi);
  expect(hitsBefore.get("Générale")).toEqual([FOLDED_ARTICLES[0]!.id]);
  expect(hitsBefore.get("cafe")).toEqual([FOLDED_ARTICLES[1]!.id]);
  expect(hitsBefore.get("太保")!.length).toBeGreaterThan(1);

  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
  const { results } = await env.DB.prepare("SELECT name FROM d1_migrations ORDER BY id").all<{
    name: string;
  }>();
  expect(results.at(-1)!.name).toBe("0005_search_ascii.sql");
  expect(await indexTerms([env.DB])).toEqual(termsBefore);
  expect(await searchHits(fetchApi)).toEqual(hitsBefore);
});
