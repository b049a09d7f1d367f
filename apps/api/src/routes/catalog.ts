import * as z from "zod/mini";
import { DOCUMENTED } from "../documented.js";
import { type ApiApp, defineRoute } from "../openapi.js";
import { ProblemError } from "../problem.js";
import { CodeParam, Cursor, Limit, Responses } from "../schemas.js";
import { rethrowClientError } from "./articles.js";
import { problemResponses } from "./responses.js";

const sourcesRoute = defineRoute({
  method: "get",
  path: "/v1/sources",
  // What only the OpenAPI document reads (`DOCUMENTED`: a Worker's bundle drops it).
  ...(DOCUMENTED && {
    tags: ["catalog"],
    summary: "Sources (outlets) with their article counts, largest first",
    responses: {
      200: { description: "The sources", content: { "application/json": { schema: Responses.Sources } } },
    },
  }),
});

const securityRoute = defineRoute({
  method: "get",
  path: "/v1/securities/{code}",
  request: {
    params: CodeParam,
    query: z.object({ limit: Limit(), cursor: Cursor() }),
  },
  ...(DOCUMENTED && {
    tags: ["catalog"],
    summary: "A listed company by code or name: its listings and the articles that refer to it, newest first",
    responses: {
      200: {
        description: "Listings and one page of articles",
        content: { "application/json": { schema: Responses.SecurityReport } },
      },
      ...problemResponses(404, 422),
    },
  }),
});

const statsRoute = defineRoute({
  method: "get",
  path: "/v1/stats",
  ...(DOCUMENTED && {
    tags: ["catalog"],
    summary: "Counts over the whole store",
    responses: {
      200: { description: "Store statistics", content: { "application/json": { schema: Responses.Stats } } },
    },
  }),
});

export function registerCatalog(app: ApiApp): void {
  app.openapi(sourcesRoute, async (c) => c.json({ sources: await c.var.deps.store.sources() }, 200));

  app.openapi(securityRoute, async (c) => {
    const { code } = c.req.valid("param");
    const { limit, cursor } = c.req.valid("query");
    const { store } = c.var.deps;
    const listings = await store.security(code);
    if (listings.length === 0) throw new ProblemError("not-found", `no article refers to security ${code}`);
    const articles = await store.list({ security: code, limit, cursor }).catch(rethrowClientError);
    const securities = await c.var.deps.securities();
    const entry = listings
      .map((l) => securities?.byKey.get(`${l.code}.${l.market}`))
      .find((e) => e !== undefined);
    const company = entry
      ? {
          name: entry.name,
          listings: (entry.company ? (securities?.byCompany.get(entry.company) ?? []) : [entry]).flatMap(
            (e) => (e.market ? [{ code: e.code, market: e.market, name: e.name }] : []),
          ),
        }
      : null;
    return c.json({ code, listings, company, articles }, 200);
  });

  app.openapi(statsRoute, async (c) => c.json(await c.var.deps.store.stats(), 200));
}
