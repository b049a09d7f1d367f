import { type ApiApp, type ApiDeps, createApp } from "@caixun/api";
import type { Context } from "hono";
import { registerBatches } from "./routes.js";

/** The ingestion Worker's app: the caixun API plus `/v1/batches` (what assets/openapi.json describes). */
export function createIngestApp(resolveDeps: (c: Context) => ApiDeps): ApiApp {
  const app = createApp(resolveDeps);
  registerBatches(app);
  return app;
}
