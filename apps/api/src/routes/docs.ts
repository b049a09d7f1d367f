import { escapeHtml } from "@caixun/core/render";
import type { Context } from "hono";
import type { ApiApp, OpenApiDocument, OperationObject } from "../openapi.js";
import { problem, problemResponse } from "../problem.js";

/**
 * The inline Markdown the route descriptions use, as HTML: `code` and **strong**, everything else
 * escaped. The descriptions are ours, but they are escaped first all the same.
 */
export function inlineMarkdown(text: string): string {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>");
}

function renderOperation(method: string, path: string, operation: OperationObject): string {
  const parameters = (operation.parameters ?? [])
    .map(
      (parameter) =>
        `<li><code>${escapeHtml(parameter.name)}</code> (${escapeHtml(parameter.in)}${parameter.required ? ", required" : ""})${
          parameter.description ? ` — ${inlineMarkdown(parameter.description)}` : ""
        }</li>`,
    )
    .join("");
  const bodyTypes = Object.keys(operation.requestBody?.content ?? {});
  const responses = Object.entries(operation.responses)
    .map(([status, response]) => `<li><code>${status}</code> ${inlineMarkdown(response.description)}</li>`)
    .join("");
  return `<section>
<h2><span class="method">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h2>
<p>${inlineMarkdown(operation.summary ?? "")}${operation.security ? " <strong>Requires <code>Authorization: Bearer &lt;token&gt;</code>.</strong>" : ""}</p>
${parameters ? `<h3>Parameters</h3><ul>${parameters}</ul>` : ""}
${bodyTypes.length > 0 ? `<h3>Body</h3><p>${bodyTypes.map((type) => `<code>${escapeHtml(type)}</code>`).join(", ")}</p>` : ""}
<h3>Responses</h3><ul>${responses}</ul>
</section>`;
}

/** The page's only style sheet; the CSP allows it by its hash and nothing else. */
const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}
section{border-top:1px solid #ddd}.method{color:#06c}code{background:#f4f4f4;padding:0 .2em}`;

/** The style sheet a page of `renderDocsPage` carries: its only one. */
const PAGE_STYLE = /<style>([^<]*)<\/style>/;

/** The last page's policy, by the page's text (an app serves one docs page). */
let docsCsp: { readonly page: string; readonly policy: Promise<string> } | undefined;

/**
 * The docs page's CSP: the page's own inline style sheet by SHA-256, no scripts, nothing fetched, never framed. The
 * style sheet is read from the page served, so that a Worker, which serves the page from its static assets, carries
 * no copy of it (issue 11).
 */
export function docsContentSecurityPolicy(page: string): Promise<string> {
  if (docsCsp?.page !== page) {
    const style = PAGE_STYLE.exec(page)?.[1] ?? "";
    const policy = crypto.subtle.digest("SHA-256", new TextEncoder().encode(style)).then((digest) => {
      const hash = btoa(String.fromCharCode(...new Uint8Array(digest)));
      return `default-src 'none'; style-src 'sha256-${hash}'; img-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`;
    });
    docsCsp = { page, policy };
  }
  return docsCsp.policy;
}

/** A self-contained HTML page rendered from the OpenAPI document: no scripts, nothing fetched. */
export function renderDocsPage(document: OpenApiDocument): string {
  const sections = Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => renderOperation(method, path, operation)),
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(document.info.title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>${STYLE}</style>
</head><body>
<h1>${escapeHtml(document.info.title)} ${escapeHtml(document.info.version)}</h1>
<p>${inlineMarkdown(document.info.description)}</p>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1, generated from the route definitions).</p>
${sections.join("\n")}
</body></html>`;
}

/** The files of an app's description: `/openapi.json` sends the one, `/docs` the other. */
export type DocsFile = "openapi.json" | "docs.html";

/**
 * Where an app's description comes from, file by file, as text: `null` where a deployment lacks the
 * file (a Worker without its assets), which the routes answer with a 404.
 */
export type DocsSource = (c: Context, file: DocsFile) => Promise<string | null>;

/**
 * The files of `document` (the app's routes described at build time, `openApiDocument`), rendered
 * once: what an app serves that carries its document. The Workers do not: their builds write these
 * files into their static assets (`writeDocsAssets`), and they serve them as read, so that neither the
 * document nor the code that renders the page is in their scripts.
 */
export function documentFiles(document: OpenApiDocument): DocsSource {
  const files: Record<DocsFile, string> = {
    "openapi.json": JSON.stringify(document),
    "docs.html": renderDocsPage(document),
  };
  return async (_c, file) => files[file];
}

/** `/openapi.json` and `/docs`, from `source`. */
export function registerDocs(app: ApiApp, source: DocsSource): void {
  const missing = (c: Context) =>
    problemResponse(c, problem("not-found", "This deployment has no API document."));
  app.get("/openapi.json", async (c) => {
    const text = await source(c, "openapi.json");
    if (text === null) return missing(c);
    c.header("content-type", "application/json");
    return c.body(text);
  });
  app.get("/docs", async (c) => {
    const text = await source(c, "docs.html");
    if (text === null) return missing(c);
    c.header("content-security-policy", await docsContentSecurityPolicy(text));
    return c.html(text);
  });
}
