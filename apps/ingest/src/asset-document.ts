import type { OpenApiDocument } from "@caixun/api";
import type { Fetcher } from "@cloudflare/workers-types";

/** One read per assets binding: the document does not change while the Worker runs. */
const documents = new WeakMap<Fetcher, Promise<OpenApiDocument | null>>();

/**
 * The Worker's OpenAPI document, read from its static assets (`assets/openapi.json`, written by
 * `pnpm --filter @caixun/ingest openapi`), or null where the deployment has no assets binding or file.
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
