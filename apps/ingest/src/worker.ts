/**
 * The ingestion Worker: the caixun API (the same Hono app as apps/api) over the deployment's store,
 * plus `/v1/batches`, and the consumer of the work queue and its dead-letter queue.
 */
import {
  type ApiDeps,
  assetDocsFile,
  assetSecurities,
  assetTables,
  bodyLimitFrom,
  bodyPaceFrom,
  corsOriginsFrom,
  inlineParser,
  lazily,
  recordLimitFrom,
  registerDocs,
} from "@caixun/api";
import type { ExportedHandler, MessageBatch } from "@cloudflare/workers-types";
import { createIngestApp } from "./app.js";
import type { IngestEnv } from "./env.js";
import { handleQueue } from "./queue.js";
import { storeFromEnv } from "./store.js";

// One set of deps per env object: the bindings live as long as the isolate does.
const depsByEnv = new WeakMap<IngestEnv, ApiDeps>();

function depsFor(env: IngestEnv): ApiDeps {
  let deps = depsByEnv.get(env);
  if (!deps) {
    // The API's parses use the securities dictionary when an ASSETS binding serves securities.tsv.
    const securities = lazily(() => assetSecurities(env.ASSETS));
    deps = {
      store: storeFromEnv(env),
      token: env.API_TOKEN,
      bodyLimit: bodyLimitFrom(env),
      // Read at the API's pace: without it a body that never ended held its request open (no 408).
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

const app = createIngestApp((c) => depsFor(c.env as IngestEnv));
registerDocs(app, (c, file) => assetDocsFile((c.env as IngestEnv).ASSETS, file));

export default {
  fetch: (request, env, ctx) => app.fetch(request as unknown as Request, env, ctx),
  queue: (batch, env) => handleQueue(batch as MessageBatch, env),
} satisfies ExportedHandler<IngestEnv>;
