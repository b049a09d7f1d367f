import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../deps.js";
import { fromJson, isJsonBody, parseUnderPolicy, rawBody, unsupportedMediaType } from "../inputs.js";
import {
  ArticleSchema,
  FilenameQuery,
  RawBytesBody,
  type RawFile,
  RawFileSchema,
  RawTextBody,
} from "../schemas.js";
import { problemResponses } from "./responses.js";

const route = createRoute({
  method: "post",
  path: "/v1/parse",
  tags: ["parse"],
  summary: "Parse one file into an Article (stateless: nothing is stored)",
  request: {
    query: FilenameQuery,
    body: {
      description:
        "The raw file as the body (text or bytes; GB18030 is detected), or JSON { content, filename }",
      content: {
        "application/json": { schema: RawFileSchema },
        "text/*": { schema: RawTextBody },
        "application/octet-stream": { schema: RawBytesBody },
      },
    },
  },
  responses: {
    200: { description: "The parsed Article", content: { "application/json": { schema: ArticleSchema } } },
    ...problemResponses(400, 413, 415, 422, 503),
  },
});

export function registerParse(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    const { filename } = c.req.valid("query");
    const raw = await rawBody(c, filename);
    if (raw) return c.json((await parseUnderPolicy([raw], c.var.deps.parse))[0]!.article, 200);
    if (!isJsonBody(c))
      throw unsupportedMediaType(["application/json", "text/*", "application/octet-stream"]);
    // valid("json") is typed as the union of every declared body; only the JSON one is validated.
    const file = fromJson(c.req.valid("json") as RawFile);
    return c.json((await parseUnderPolicy([file], c.var.deps.parse))[0]!.article, 200);
  });
}
