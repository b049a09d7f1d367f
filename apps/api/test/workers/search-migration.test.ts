import { env, exports } from "cloudflare:workers";
import { parse } from "@caixun/core";
import { d1ArticleStore } from "@caixun/store/d1";
import { expect, test } from "vitest";
import { assetTables } from "../../src/asset-common-pairs.js";
import { expectSearchKeptBy0005 } from "./search-migration.js";

test("a D1 store built at migration 0004 finds, right after 0005, what it found before: every row is in the new index", async () => {
  // A parse reads HTML's entity tables and the store assigns stories with the pair table: a Worker
  // reads both from its static assets before it parses and stores.
  await assetTables(env.ASSETS);
  const before = await expectSearchKeptBy0005({
    dbs: [env.DB],
    store: d1ArticleStore(env.DB),
    migrations: env.TEST_MIGRATIONS,
    articles: env.TEST_SEEDS.map((seed) => parse(seed.content, { filename: seed.filename })),
    fetch: (path) => exports.default.fetch(new Request(`http://caixun.test${path}`)),
  });
  // The seeds' rows are ASCII and common Han: only the two folded Articles are written from their terms.
  expect(before.rowsToRewrite).toBe(2);
});
