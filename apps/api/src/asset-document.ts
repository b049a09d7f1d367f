import type { Fetcher } from "@cloudflare/workers-types";
import type { OpenApiDocument } from "./openapi.js";

/** One read per assets binding: the document does not change while the Worker runs. */
const documents = new WeakMap<Fetcher, Promise<OpenApiDocument | null>>();

/**
 * A Worker's OpenAPI document, read from its static assets (`openapi.json`: the API's build writes
 * it into `dist/assets`, `pnpm --filter @caixun/ingest assets` into the ingestion Worker's `assets`),
 * or null where the deployment has no assets binding or file. Neither script carries the document.
 */
export function assetDocument(assets: Fetcher | undefined): Promise<OpenApiDocument | null> {
  if (!assets) return Promise.resolve(null);
  let document = documents.get(assets);
  if (!document) {
    document = assets.fetch("https://assets.invalid/openapi.json").then(async (response) => {
      if (response.ok) return (await response.json()) as OpenApiDocument;
      documents.delete(assets); // not there now: asked again on the next request
      return null;
    });
    documents.set(assets, document);
  }
  return document;
}
