import { expect, test } from "vitest";
import { API_DOCUMENT } from "../../src/api-document.generated.js";
import { createApp } from "../../src/app.js";
import { ApiApp } from "../../src/openapi.js";
import { API_INFO, describeOnly, openApiDocument } from "../../src/openapi-document.js";
import { documentFiles, registerDocs } from "../../src/routes/docs.js";
import { IdParam } from "../../src/schemas.js";

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

test("a document read from elsewhere is served as given, and its absence is a 404 problem, not a 500", async () => {
  // The docs routes alone, on the app class: no store or parser behind them.
  const served = new ApiApp(() => new Error("no body is read here"));
  let present = true;
  const files = documentFiles(API_DOCUMENT);
  registerDocs(served, async (c, file) => (present ? files(c, file) : null));
  expect(await (await served.request("/openapi.json")).json()).toStrictEqual(API_DOCUMENT);
  expect(await (await served.request("/docs")).text()).toContain("<code>/v1/articles/{id}</code>");
  present = false;
  for (const path of ["/openapi.json", "/docs"]) {
    const response = await served.request(path);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({
      code: "not-found",
      detail: "This deployment has no API document.",
    });
  }
});

// A Worker's build leaves out what only the document reads (`DOCUMENTED`, src/documented.ts): such a
// route still validates requests as declared, and a document of it is refused, not written without them.
test("a route declared without its description validates as declared, and is refused a document", async () => {
  const app = new ApiApp(() => new Error("no body is read here"));
  app.openapi({ method: "get", path: "/v1/things/{id}", request: { params: IdParam } }, (c) =>
    c.json({ id: c.req.valid("param").id }),
  );
  expect(await (await app.request("/v1/things/NW1")).json()).toEqual({ id: "NW1" });
  expect((await app.request(`/v1/things/${"x".repeat(201)}`)).status).toBe(422);
  expect(() => openApiDocument(app, API_INFO)).toThrow(
    "get /v1/things/{id} is not described: built without DOCUMENTED?",
  );
});
