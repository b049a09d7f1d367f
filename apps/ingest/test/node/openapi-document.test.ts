import { API_INFO, describeOnly, openApiDocument } from "@caixun/api/openapi-document";
import { expect, test } from "vitest";
import INGEST_DOCUMENT from "../../assets/openapi.json" with { type: "json" };
import { createIngestApp } from "../../src/app.js";

// The Worker serves the document written by `pnpm openapi` from its static assets; this keeps it the zod
// schemas' own (the tests in workerd check that `/openapi.json` sends it as written).
test("the checked-in document is what zod gives for the routes (else: pnpm --filter @caixun/ingest openapi)", () => {
  expect(INGEST_DOCUMENT).toStrictEqual(openApiDocument(createIngestApp(describeOnly), API_INFO));
});

test("the document describes the API's routes and the batches'", () => {
  expect(Object.keys(INGEST_DOCUMENT.paths)).toEqual(
    expect.arrayContaining(["/v1/parse", "/v1/batches/{id}"]),
  );
  expect(INGEST_DOCUMENT.components.schemas).toHaveProperty("BatchRequest");
});
