import { env } from "cloudflare:workers";
import { assetTables } from "@caixun/api";
import { parse } from "@caixun/core";
import { d1StoreFromBindings } from "@caixun/store/d1";
import { expect, test } from "vitest";
import { expectSearchKeptBy0005 } from "../../../api/test/workers/search-migration.js";
import { api, bytesOf } from "./helpers.js";

test("month shards built at migration 0004 find, right after 0005, what they found before: every row is in the new index", async () => {
  // A parse reads HTML's entity tables and the store assigns stories with the pair table: a Worker
  // reads both from its static assets before it parses and stores.
  await assetTables(env.ASSETS);
  const before = await expectSearchKeptBy0005({
    dbs: [env.DB, env.DB_2022_03, env.DB_2022_05],
    store: d1StoreFromBindings(env),
    migrations: env.STORE_MIGRATIONS,
    articles: env.TEST_FILES.map((file) => parse(bytesOf(file), { filename: file.filename })),
    fetch: api,
  });
  // The sharded store put some of them in each shard.
  for (const terms of before.terms) expect(terms.length).toBeGreaterThan(0);
});
