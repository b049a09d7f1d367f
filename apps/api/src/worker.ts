import { d1ArticleStore } from "@caixun/store/d1";
import type { D1Database, Fetcher } from "@cloudflare/workers-types";
import { API_DOCUMENT } from "./api-document.generated.js";
import { createApp } from "./app.js";
import { assetSecurities } from "./asset-securities.js";
import { type ApiDeps, type ApiSettings, bodyLimitFrom, corsOriginsFrom, lazily } from "./deps.js";
import { inlineParser } from "./inline-parser.js";
import { registerDocs } from "./routes/docs.js";

/** Bindings of the Worker (see wrangler.jsonc); API_TOKEN is a secret. */
export interface WorkerEnv extends ApiSettings {
  DB: D1Database;
  /** Static assets: the securities dictionary (`/securities.tsv`). Without it, parses use codes and widgets only. */
  ASSETS?: Fetcher;
}

// One set of deps per env object: the bindings live as long as the isolate does.
const depsByEnv = new WeakMap<WorkerEnv, ApiDeps>();

function depsFor(env: WorkerEnv): ApiDeps {
  let deps = depsByEnv.get(env);
  if (!deps) {
    const securities = lazily(() => assetSecurities(env.ASSETS));
    deps = {
      store: d1ArticleStore(env.DB),
      token: env.API_TOKEN,
      bodyLimit: bodyLimitFrom(env),
      parse: inlineParser(securities),
      securities,
      corsOrigins: corsOriginsFrom(env),
    };
    depsByEnv.set(env, deps);
  }
  return deps;
}

const app = createApp((c) => depsFor(c.env as WorkerEnv));
registerDocs(app, API_DOCUMENT);

export default app;
