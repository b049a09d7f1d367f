import { type D1Bindings, d1StoreFromBindings } from "@caixun/store/d1";
import type { Fetcher } from "@cloudflare/workers-types";
import { createApp } from "./app.js";
import { assetTables } from "./asset-common-pairs.js";
import { assetDocsFile } from "./asset-docs.js";
import { assetSecurities } from "./asset-securities.js";
import { bodyPaceFrom } from "./body-pace.js";
import {
  type ApiDeps,
  type ApiSettings,
  bodyLimitFrom,
  corsOriginsFrom,
  lazily,
  recordLimitFrom,
} from "./deps.js";
import { inlineParser } from "./inline-parser.js";
import { registerDocs } from "./routes/docs.js";

/**
 * Bindings of the Worker (see wrangler.jsonc); API_TOKEN is a secret. `DB`, or the month shards `SHARDS`
 * names (the ingestion deployment's, docs/scale.md): the store the ingestion Worker writes.
 */
export interface WorkerEnv extends ApiSettings, D1Bindings {
  /**
   * Static assets (`dist/assets`, written by the build): HTML's entity table (`/entities.json`), the credits'
   * tables of hosts (`/credit-hosts.json`), the record mapping's tables (`/record-keys.json`) and the stories' common pairs and word tables (`/common-pairs.txt`, `/story-words.json`), without which nothing is parsed, the OpenAPI document and its page (`/openapi.json`, `/docs.html`) and the securities dictionary
   * (`/securities.tsv`; without it, parses use codes and widgets only).
   */
  ASSETS?: Fetcher;
}

// One set of deps per env object: the bindings live as long as the isolate does.
const depsByEnv = new WeakMap<WorkerEnv, ApiDeps>();

function depsFor(env: WorkerEnv): ApiDeps {
  let deps = depsByEnv.get(env);
  if (!deps) {
    const securities = lazily(() => assetSecurities(env.ASSETS));
    deps = {
      store: d1StoreFromBindings(env),
      token: env.API_TOKEN,
      bodyLimit: bodyLimitFrom(env),
      bodyPace: bodyPaceFrom(env),
      recordLimit: recordLimitFrom(env),
      parse: inlineParser(securities, () => assetTables(env.ASSETS)),
      securities,
      corsOrigins: corsOriginsFrom(env),
    };
    depsByEnv.set(env, deps);
  }
  return deps;
}

const app = createApp((c) => depsFor(c.env as WorkerEnv));
registerDocs(app, (c, file) => assetDocsFile((c.env as WorkerEnv).ASSETS, file));

export default app;
