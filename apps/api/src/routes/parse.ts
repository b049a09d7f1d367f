import type { Context } from "hono";
import type { AppEnv } from "../deps.js";
import { DOCUMENTED } from "../documented.js";
import {
  fromJson,
  isJsonBody,
  NDJSON,
  parseUnderPolicy,
  RAW_TYPES,
  type RawInput,
  rawBody,
} from "../inputs.js";
import { type ApiApp, defineRoute } from "../openapi.js";
import { recordProblem, unsupportedMediaType } from "../problem.js";
import {
  ArticleLines,
  ArticleSchema,
  FilenameQuery,
  RawBytesBody,
  type RawFile,
  RawFileSchema,
  RawTextBody,
} from "../schemas.js";
import { problemResponses } from "./responses.js";

const route = defineRoute({
  method: "post",
  path: "/v1/parse",
  request: {
    query: FilenameQuery,
    body: {
      ...(DOCUMENTED && {
        description:
          "The raw file or dump as the body (text or bytes; GB18030 is detected, gzip is decompressed; a JSON Lines dump as application/x-ndjson too), or JSON { content, filename }",
      }),
      content: {
        "application/json": { schema: RawFileSchema },
        "text/*": { schema: RawTextBody },
        "application/octet-stream": { schema: RawBytesBody },
        "application/gzip": { schema: RawBytesBody },
        [NDJSON]: { schema: RawTextBody },
      },
    },
  },
  // What only the OpenAPI document reads (`DOCUMENTED`: a Worker's bundle drops it).
  ...(DOCUMENTED && {
    tags: ["parse"],
    summary:
      "Parse a file into an Article, or a dump into one Article per record (stateless: nothing is stored)",
    responses: {
      200: {
        description:
          "The parsed Article of a file; for an input of many documents (a JSON Lines dump, a JSON array, a digest), JSON Lines of one Article or Problem per record",
        content: {
          "application/json": { schema: ArticleSchema },
          [NDJSON]: { schema: ArticleLines },
        },
      },
      ...problemResponses(400, 413, 415, 422, 503),
    },
  }),
});

export function registerParse(app: ApiApp): void {
  app.openapi(route, async (c) => {
    const { filename } = c.req.valid("query");
    // On this route JSON Lines is always a dump (it has no lists of files).
    const raw = await rawBody(c, filename, [NDJSON]);
    if (raw) return answer(c, raw);
    if (!isJsonBody(c)) throw unsupportedMediaType(["application/json", ...RAW_TYPES, NDJSON]);
    // valid("json") is typed as the union of every declared body; only the JSON one is validated.
    return answer(c, fromJson(c.req.valid("json") as RawFile));
  });
}

/** One Article for a file; JSON Lines of Articles and record problems for an input of many. */
async function answer(c: Context<AppEnv>, input: RawInput) {
  const results = await parseUnderPolicy([input], c.var.deps);
  const first = results[0];
  if (results.length === 1 && first !== undefined && "article" in first && first.article.ref === null) {
    return c.json(first.article, 200);
  }
  const lines = results.map((result) =>
    JSON.stringify(
      "article" in result
        ? result.article
        : recordProblem(result.problem.code, result.problem.detail, result.ref),
    ),
  );
  return c.body(lines.length === 0 ? "" : `${lines.join("\n")}\n`, 200, { "content-type": NDJSON }) as never;
}
