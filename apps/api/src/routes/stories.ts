import * as z from "zod/mini";
import { DOCUMENTED } from "../documented.js";
import { type ApiApp, defineRoute, documented } from "../openapi.js";
import { ProblemError } from "../problem.js";
import { Cursor, Limit, Responses } from "../schemas.js";
import { rethrowClientError } from "./articles.js";
import { problemResponses } from "./responses.js";

const listRoute = defineRoute({
  method: "get",
  path: "/v1/stories",
  request: {
    query: z.object({
      limit: Limit(),
      cursor: Cursor(),
      minCopies: z._default(
        documented(
          z.coerce.number().check(z.int(), z.minimum(1), z.maximum(1000)),
          DOCUMENTED && {
            description:
              "Only stories with at least this many copies (2: only news that several outlets carried)",
          },
        ),
        1,
      ),
    }),
  },
  // What only the OpenAPI document reads (`DOCUMENTED`: a Worker's bundle drops it).
  ...(DOCUMENTED && {
    tags: ["stories"],
    summary: "Stories (the same news from several outlets, told once), newest first sighting first",
    responses: {
      200: {
        description: "One page of stories",
        content: { "application/json": { schema: Responses.StoryPage } },
      },
      ...problemResponses(422),
    },
  }),
});

const getRoute = defineRoute({
  method: "get",
  path: "/v1/stories/{id}",
  request: {
    params: z.object({
      id: documented(
        z.string().check(z.regex(/^s[0-9a-f]{16}$/)),
        DOCUMENTED && { example: "s1d3c5b7a9f0e2d4c" },
      ),
    }),
  },
  ...(DOCUMENTED && {
    tags: ["stories"],
    summary: "One story: its canonical copy, first sighting and every copy",
    responses: {
      200: { description: "The story", content: { "application/json": { schema: Responses.Story } } },
      ...problemResponses(404, 422),
    },
  }),
});

export function registerStories(app: ApiApp): void {
  app.openapi(listRoute, async (c) => {
    const page = await c.var.deps.store.stories(c.req.valid("query")).catch(rethrowClientError);
    return c.json(page, 200);
  });

  app.openapi(getRoute, async (c) => {
    const { id } = c.req.valid("param");
    const story = await c.var.deps.store.story(id);
    if (!story) throw new ProblemError("not-found", `no story with id ${id}`);
    return c.json(story, 200);
  });
}
