import { d1ArticleStore } from "@caixun/store/d1";
import type { D1Database } from "@cloudflare/workers-types";
import { createApp } from "./app.js";
import { type ApiDeps, type ApiSettings, bodyLimitFrom } from "./deps.js";

/** Bindings of the Worker (see wrangler.jsonc); API_TOKEN is a secret. */
export interface WorkerEnv extends ApiSettings {
  DB: D1Database;
}

// One set of deps per env object: the bindings live as long as the isolate does.
const depsByEnv = new WeakMap<WorkerEnv, ApiDeps>();

function depsFor(env: WorkerEnv): ApiDeps {
  let deps = depsByEnv.get(env);
  if (!deps) {
    deps = { store: d1ArticleStore(env.DB), token: env.API_TOKEN, bodyLimit: bodyLimitFrom(env) };
    depsByEnv.set(env, deps);
  }
  return deps;
}

const app = createApp((c) => depsFor(c.env as WorkerEnv));

export default app;
