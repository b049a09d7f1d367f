import { type ArticleStore, ShardedArticleStore } from "@caixun/store";
import { d1ArticleStore, d1Database } from "@caixun/store/d1";
import type { D1Database } from "@cloudflare/workers-types";
import type { IngestEnv } from "./env.js";

/**
 * The article store of a deployment: DB alone, or month shards over the D1 bindings SHARDS names.
 * The API and the consumer see the same `ArticleStore` either way.
 */
export function storeFromEnv(env: IngestEnv): ArticleStore {
  if (!env.SHARDS) return d1ArticleStore(env.DB);
  let layout: unknown;
  try {
    layout = JSON.parse(env.SHARDS);
  } catch {
    throw new Error(`SHARDS is not JSON: ${env.SHARDS}`);
  }
  if (typeof layout !== "object" || layout === null || Array.isArray(layout)) {
    throw new Error('SHARDS must be an object such as { "DB": null, "DB_2026": "2026-01" }');
  }
  return new ShardedArticleStore(
    Object.entries(layout).map(([binding, from]) => {
      const db = env[binding] as D1Database | undefined;
      if (!db || typeof (db as D1Database).prepare !== "function") {
        throw new Error(`SHARDS names ${binding}, which is not a D1 binding of this Worker`);
      }
      if (from !== null && typeof from !== "string")
        throw new Error(`SHARDS: ${binding} must map to "YYYY-MM" or null`);
      return { name: binding, from, db: d1Database(db) };
    }),
  );
}
