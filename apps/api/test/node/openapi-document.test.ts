import { expect, test } from "vitest";
import { API_DOCUMENT } from "../../src/api-document.generated.js";
import { createApp } from "../../src/app.js";
import { API_INFO, describeOnly, openApiDocument } from "../../src/openapi-document.js";

// The Worker and the Node server serve the document written at build time; this is what keeps it
// the zod schemas' own (the shared suite checks that `/openapi.json` sends it as written).
test("the checked-in document is what zod gives for the routes (else: pnpm --filter @caixun/api openapi)", () => {
  expect(API_DOCUMENT).toStrictEqual(openApiDocument(createApp(describeOnly), API_INFO));
});

test("the document names the Article by core's own JSON Schema, without its $id", () => {
  const article = API_DOCUMENT.components.schemas.Article as { $id?: string; required: string[] };
  expect(article.$id).toBeUndefined();
  expect(article.required).toContain("title");
  expect(API_DOCUMENT.paths["/v1/articles/{id}"]!.get!.responses["200"]!.content).toEqual({
    "application/json": { schema: { $ref: "#/components/schemas/Article" } },
  });
});
