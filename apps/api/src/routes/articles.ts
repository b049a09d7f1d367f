import { type ListOptions, ListRequestError, type StoredArticle } from "@caixun/store";
import type * as z from "zod/mini";
import { requireToken } from "../auth.js";
import { DOCUMENTED } from "../documented.js";
import {
  fromJson,
  isJsonBody,
  NDJSON,
  ndjsonBody,
  parseUnderPolicy,
  RAW_TYPES,
  type RawInput,
  rawBody,
} from "../inputs.js";
import { type ApiApp, defineRoute } from "../openapi.js";
import { ProblemError, recordProblem, unsupportedMediaType } from "../problem.js";
import {
  ArticleSchema,
  beforeInstant,
  FilenameQuery,
  fromInstant,
  IdParam,
  ListQuery,
  RawBytesBody,
  type RawFile,
  RawFilesSchema,
  RawTextBody,
  Responses,
} from "../schemas.js";
import { problemResponses } from "./responses.js";

const ingestRoute = defineRoute({
  method: "post",
  path: "/v1/articles",
  security: [{ bearerAuth: [] }],
  request: {
    query: FilenameQuery,
    body: {
      ...(DOCUMENTED && {
        description:
          "One raw file or dump (text or bytes, gzip decompressed; `?filename=`), JSON { content, filename } or an array of them, or JSON Lines of them (application/x-ndjson)",
      }),
      content: {
        "application/json": {
          schema: RawFilesSchema,
        },
        [NDJSON]: { schema: RawTextBody },
        "text/*": { schema: RawTextBody },
        "application/octet-stream": { schema: RawBytesBody },
        "application/gzip": { schema: RawBytesBody },
      },
    },
  },
  // What only the OpenAPI document reads (`DOCUMENTED`: a Worker's bundle drops it).
  ...(DOCUMENTED && {
    tags: ["articles"],
    summary: "Ingest files or dumps: parse them and upsert the Articles by id (one per record of a dump)",
    responses: {
      200: {
        description:
          "Ids and parse warnings of the stored articles, and a problem for each record of a dump that could not be read",
        content: { "application/json": { schema: Responses.IngestResult } },
      },
      ...problemResponses(400, 401, 413, 415, 422, 503),
    },
  }),
});

const listRoute = defineRoute({
  method: "get",
  path: "/v1/articles",
  request: { query: ListQuery },
  ...(DOCUMENTED && {
    tags: ["articles"],
    summary: "List and search articles, newest first or by relevance",
    responses: {
      200: {
        description: "One page of article summaries",
        content: { "application/json": { schema: Responses.ArticlePage } },
      },
      ...problemResponses(422),
    },
  }),
});

const getRoute = defineRoute({
  method: "get",
  path: "/v1/articles/{id}",
  request: { params: IdParam },
  ...(DOCUMENTED && {
    tags: ["articles"],
    summary: "One article",
    responses: {
      200: { description: "The Article", content: { "application/json": { schema: ArticleSchema } } },
      ...problemResponses(404, 422),
    },
  }),
});

/** The list filters of a validated query, with dates turned into the store's UTC bounds. */
export function listOptions(query: z.output<typeof ListQuery>): ListOptions {
  return {
    q: query.q,
    source: query.source,
    security: query.security,
    tag: query.tag,
    publishedFrom: query.from === undefined ? undefined : fromInstant(query.from),
    publishedBefore: query.to === undefined ? undefined : beforeInstant(query.to),
    sort: query.sort,
    limit: query.limit,
    cursor: query.cursor,
  };
}

/** Store errors caused by what the client sent become 422s. */
export function rethrowClientError(error: unknown): never {
  if (error instanceof ListRequestError) {
    throw new ProblemError("invalid-request", error.message, [
      { path: `query.${error.field}`, message: error.message },
    ]);
  }
  throw error;
}

export function registerArticles(app: ApiApp): void {
  app.openapi(
    ingestRoute,
    async (c) => {
      const { filename } = c.req.valid("query");
      let inputs: RawInput[];
      const raw = (await rawBody(c, filename)) ?? null;
      if (raw) {
        inputs = [raw];
      } else if (isJsonBody(c)) {
        // valid("json") is typed as the union of every declared body; only the JSON one is validated.
        const body = c.req.valid("json") as RawFile | RawFile[];
        inputs = (Array.isArray(body) ? body : [body]).map(fromJson);
      } else {
        const lines = await ndjsonBody(c);
        if (!lines) throw unsupportedMediaType(["application/json", ...RAW_TYPES, NDJSON]);
        inputs = lines;
      }
      const results = await parseUnderPolicy(inputs, c.var.deps);
      const stored: StoredArticle[] = results.flatMap((result) =>
        "article" in result ? [{ article: result.article, filename: result.input.filename ?? null }] : [],
      );
      await c.var.deps.store.upsert(stored);
      return c.json(
        {
          count: stored.length,
          articles: stored.map(({ article, filename: name }) => ({
            id: article.id,
            title: article.title,
            filename: name ?? null,
            ref: article.ref,
            warnings: article.warnings,
          })),
          problems: results.flatMap((result) =>
            "problem" in result
              ? [
                  {
                    ...recordProblem(result.problem.code, result.problem.detail, result.ref),
                    filename: result.input.filename ?? null,
                  },
                ]
              : [],
          ),
        },
        200,
      );
    },
    [requireToken],
  );

  app.openapi(listRoute, async (c) => {
    const page = await c.var.deps.store.list(listOptions(c.req.valid("query"))).catch(rethrowClientError);
    return c.json(page, 200);
  });

  app.openapi(getRoute, async (c) => {
    const { id } = c.req.valid("param");
    const article = await c.var.deps.store.get(id);
    if (!article) throw new ProblemError("not-found", `no article with id ${id}`);
    return c.json(article, 200);
  });
}
