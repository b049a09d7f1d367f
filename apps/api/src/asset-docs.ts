import type { Fetcher } from "@cloudflare/workers-types";
import type { DocsFile } from "./routes/docs.js";

/**
 * A Worker's `/openapi.json` and `/docs`, read from its static assets as its build wrote them
 * (`writeDocsAssets`: apps/api's into `dist/assets`, `pnpm --filter @caixun/ingest assets` into the
 * ingestion Worker's `assets`), or null where the deployment has no assets binding or file. Neither
 * script carries the document or the code that renders its page.
 */
export async function assetDocsFile(assets: Fetcher | undefined, file: DocsFile): Promise<string | null> {
  if (!assets) return null;
  const response = await assets.fetch(`https://assets.invalid/${file}`);
  return response.ok ? response.text() : null;
}
