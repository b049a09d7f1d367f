import { RecordTooLargeError } from "@caixun/store";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { HTTPException } from "hono/http-exception";
import { cutShort, readAtPace } from "./body-pace.js";
import { decodeContentEncoding } from "./content-encoding.js";
import type { ApiDeps, AppEnv } from "./deps.js";
import { ApiApp } from "./openapi.js";
import { asProblem, type ProblemCode, problem, problemResponse, unsupportedMediaType } from "./problem.js";
import { registerArticles } from "./routes/articles.js";
import { registerCatalog } from "./routes/catalog.js";
import { registerParse } from "./routes/parse.js";
import { registerStories } from "./routes/stories.js";
import { securityHeaders } from "./security-headers.js";

/** Problem codes of the HTTP errors Hono and its middleware raise for bad requests. */
const HTTP_EXCEPTION_CODES: Partial<Record<number, ProblemCode>> = {
  400: "invalid-json",
  401: "unauthorized",
  404: "not-found",
  413: "body-too-large",
  422: "invalid-request",
};

function errorResponse(error: Error, c: Context<AppEnv>): Response {
  const refused = asProblem(error);
  if (refused) {
    return problemResponse(
      c,
      problem(refused.code, refused.message, refused.errors, refused.accepted),
      refused.headers,
    );
  }
  if (error instanceof HTTPException) {
    const code = HTTP_EXCEPTION_CODES[error.status];
    if (code) return problemResponse(c, problem(code, error.message || code));
  }
  if (error instanceof RecordTooLargeError) {
    return problemResponse(
      c,
      problem("body-too-large", `${error.message}; nothing of this request was stored`),
    );
  }
  // Anything else is a fault of the server, never of the request: log it, say nothing of its insides.
  console.error(error);
  return problemResponse(c, problem("internal-error", "the server failed to answer this request"));
}

/**
 * The caixun HTTP API, independent of the runtime: `resolveDeps` gives the store and settings for a
 * request (a Worker builds them from its bindings, the Node server once at start-up). Its description
 * is served by `registerDocs` with the document written at build time (`API_DOCUMENT`), which the
 * entry point adds after any routes of its own.
 */
export function createApp(resolveDeps: (c: Context) => ApiDeps): ApiApp {
  // A body of a media type the route does not declare: the same 415 the handlers give.
  const app = new ApiApp(unsupportedMediaType);

  app.use(securityHeaders);
  app.use(async (c, next) => {
    c.set("deps", resolveDeps(c));
    const refused = c.var.deps.refusal?.(c);
    if (refused) throw refused;
    await next();
  });
  app.use(async (c, next) => {
    const origins = c.var.deps.corsOrigins;
    if (origins !== "*" && origins.length === 0) return next();
    return cors({
      origin: origins === "*" ? "*" : [...origins],
      allowMethods: ["GET", "HEAD", "POST", "OPTIONS"],
      allowHeaders: ["authorization", "content-type"],
      exposeHeaders: ["retry-after"],
      maxAge: 600,
    })(c, next);
  });
  app.use(async (c, next) => {
    // The Worker's bodies, read whole at the pace the runtime asks before any route sees them; one
    // that declares more than the limit is answered 413 unread (`bodyLimit`, next).
    const pace = c.var.deps.bodyPace;
    const body = c.req.raw.body;
    const declared = Number(c.req.header("content-length") ?? Number.NaN);
    if (pace === undefined || body === null || declared > c.var.deps.bodyLimit) return next();
    const bytes = await readAtPace(body, pace, c.var.deps.bodyLimit);
    if (bytes.byteLength < declared) throw cutShort(bytes.byteLength, declared);
    c.req.raw = new Request(c.req.raw, { body: bytes });
    return next();
  });
  app.use(async (c, next) =>
    bodyLimit({
      maxSize: c.var.deps.bodyLimit,
      onError: (c) =>
        problemResponse(c, problem("body-too-large", `the body is over ${c.var.deps.bodyLimit} bytes`)),
    })(c, next),
  );
  app.use(decodeContentEncoding);
  // The router (PatternRouter, `openapi.ts`) lets a route's path end in a slash; no path of the API
  // does but `/`: such a request is not found, answered where a router that matched none answers it.
  app.use(async (c, next) => (c.req.path.length > 1 && c.req.path.endsWith("/") ? c.notFound() : next()));

  registerParse(app);
  registerArticles(app);
  registerCatalog(app);
  registerStories(app);
  app.get("/", (c) => c.redirect("/docs"));

  app.notFound((c) => problemResponse(c, problem("not-found", `no route for ${c.req.method} ${c.req.path}`)));
  app.onError(errorResponse);
  return app;
}
