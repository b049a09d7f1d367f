/**
 * Routes declared once, as data: what Hono runs (the request validators, the media-type gate) and what
 * `/openapi.json` describes both come from the same declaration. Schemas are zod/mini, so a Worker
 * ships only the parts of zod its routes use. The document is built from them with zod's own JSON
 * Schema converter at build time (`openapi-document.ts`, `pnpm openapi`): a Worker serves the checked-in
 * result from its static assets and carries neither the document, the converter nor the code that walks
 * the routes.
 */
import type { Context, MiddlewareHandler } from "hono";
import { HonoBase } from "hono/hono-base";
import { HTTPException } from "hono/http-exception";
import { PatternRouter } from "hono/router/pattern-router";
import type * as z from "zod/mini";
import en from "zod/v4/locales/en.js";
// What only the document reads (zod's locale, its registry, `meta`), from zod under its other name: a Worker
// aliases `zod/mini` to its own validators (`worker-zod.ts`) and drops every use of these.
import * as doc from "zod/v4/mini";
import type { AppEnv } from "./deps.js";
import { type ProblemError, problem, problemResponse } from "./problem.js";
import { queryNotUtf8 } from "./query-utf8.js";
import { checked, JSON_MEDIA_TYPE, jsonPart, matchesMediaType, type Target } from "./requests.js";

/**
 * What `DOCUMENTED` says, spelled out where a Worker must drop a statement and what it imports: esbuild
 * drops code on a condition only when it can fold it in the module itself (the Workers `define` it).
 */
declare const CAIXUN_WORKER: true | undefined;

// zod/mini starts without messages ("Invalid input" for everything); the API answers with English ones.
// A Worker's `zod/mini` (`worker-zod.ts`) writes them itself, and carries neither zod's locale nor this.
if (typeof CAIXUN_WORKER === "undefined") doc.config(en());

/** Named schemas of the document (`#/components/schemas/<id>`): register with `component`. */
export const components = /* @__PURE__ */ doc.registry<{ id: string }>();

/** The schema, registered as the named component `id` of the OpenAPI document. */
export function component<T extends z.ZodMiniType>(schema: T, id: string): T {
  // Only the document reads the registry: a Worker carries neither it nor the names.
  if (typeof CAIXUN_WORKER === "undefined") components.add(schema, { id });
  return schema;
}

/**
 * `schema` with what the document says of it (`{ description, example, format }`): zod's `meta` check
 * where the document is built; for `false` (a request's schemas pass `DOCUMENTED && { … }`) and in a
 * Worker, the schema as it is, and a Worker's bundle carries neither zod's `meta` nor its registry.
 */
export function documented<T extends z.ZodMiniType>(schema: T, meta: Record<string, unknown> | false): T {
  return typeof CAIXUN_WORKER === "undefined" && meta !== false
    ? (schema.check(doc.meta(meta)) as T)
    : schema;
}

/**
 * `component` for a schema only the document reads (a response's): built by `define` when this runs,
 * as `component` builds it, but marked free of side effects, so a bundle that never uses the schema
 * (an app: it does not validate its answers) drops it whole, `define` and all. Where `CAIXUN_WORKER` is
 * defined and nothing is bundled (the Workers' tests), it is not built either: a Worker's `zod/mini`
 * (`worker-zod.ts`) has only what requests need, and no response schema is ever read there.
 */
// @__NO_SIDE_EFFECTS__
export function documentedComponent<T extends z.ZodMiniType>(id: string, define: () => T): T {
  return (typeof CAIXUN_WORKER === "undefined" ? component(define(), id) : undefined) as T;
}

/**
 * A component described by a JSON Schema of its own rather than zod (the Article: core publishes one),
 * named here by its id: the document's builder holds the schema (`openapi-document.ts`), so that an app,
 * which never validates against it, does not carry it.
 */
export interface JsonSchemaComponent {
  jsonSchemaId: string;
}

/**
 * A zod component named by its id (`component`): what a response declares, so that an app, which never
 * validates a response, carries only the id and not the schema (marked pure, its definition is dropped
 * from a bundle that references it nowhere else). The document's builder finds it in `components`.
 */
export interface ComponentRef {
  componentId: string;
}

export function componentRef(componentId: string): ComponentRef {
  return { componentId };
}

type BodySchema = z.ZodMiniType | JsonSchemaComponent | ComponentRef;

export interface Content {
  [mediaType: string]: { schema: BodySchema };
}

export type Query = z.ZodMiniObject;

export interface RouteSpec {
  method: "get" | "post";
  /** OpenAPI form: `/v1/articles/{id}`. */
  path: string;
  /** For the document only, as `summary` and `responses` are: absent in a Worker (`DOCUMENTED`). */
  tags?: string[];
  summary?: string;
  security?: { bearerAuth: [] }[];
  request?: {
    query?: Query;
    params?: Query;
    body?: { description?: string; required?: boolean; content: Content };
  };
  responses?: Record<number, { description: string; content?: Content }>;
}

type Out<S> = S extends z.ZodMiniType ? z.output<S> : never;
type JsonOf<C> = C extends { "application/json": { schema: infer S } } ? Out<S> : never;

/** What `c.req.valid(...)` gives a route's handler. */
type None = Record<never, never>;
type ValidInput<R extends RouteSpec> = {
  out: (R["request"] extends { query: infer Q } ? { query: Out<Q> } : None) &
    (R["request"] extends { params: infer P } ? { param: Out<P> } : None) &
    (R["request"] extends { body: { content: infer C } } ? { json: JsonOf<C> } : None);
};

export type RouteHandler<R extends RouteSpec> = (
  c: Context<AppEnv, string, ValidInput<R>>,
) => Response | Promise<Response>;

/** Declares a route; the identity, for the handler's types. */
export function defineRoute<const R extends RouteSpec>(route: R): R {
  return route;
}

/** Whether the request carries at least one byte of body (read from a clone: the handler still has it). */
async function hasRequestBody(c: Context): Promise<boolean> {
  const raw = c.req.raw;
  if (raw.body === null) return false;
  if (raw.bodyUsed) return (await c.req.arrayBuffer()).byteLength > 0;
  const body = raw.clone().body;
  if (body === null) return false;
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return false;
      if (value.byteLength > 0) return true;
    }
  } finally {
    reader.cancel().catch(() => {});
  }
}

/**
 * One part of the request as Hono's `validator` reads it: each query parameter's value (a list when
 * it is given more than once), the path parameters, or the JSON body ({} when the body is not JSON;
 * a 400 when it does not parse). Read here rather than by `hono/validator`, whose other targets
 * (forms, cookies, headers) no route has and every Worker would carry.
 */
async function requestPart(c: Context<AppEnv>, target: Target): Promise<unknown> {
  if (target === "query")
    return Object.fromEntries(
      Object.entries(c.req.queries()).map(([name, values]) => [
        name,
        values.length === 1 ? values[0] : values,
      ]),
    );
  if (target === "param") return c.req.param();
  return jsonPart(
    c.req.header("content-type"),
    new Uint8Array(await c.req.arrayBuffer()),
    (message) => new HTTPException(400, { message }),
  );
}

/** Validates one part of the request; a failure is a 422 naming each field (`query.limit`). */
function validate(target: Target, schema: z.ZodMiniType): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const notUtf8 = target === "query" ? queryNotUtf8(c.req.url) : [];
    if (notUtf8.length > 0) return problemResponse(c, problem("invalid-request", "invalid query", notUtf8));
    const part = await requestPart(c, target);
    let data: unknown;
    try {
      data = await checked(target, schema, part);
    } catch (error) {
      // Answered here, not by the app's error handler: an `ApiApp` validates as declared on its own.
      const refused = error as ProblemError;
      return problemResponse(c, problem(refused.code, refused.message, refused.errors));
    }
    c.req.addValidatedData(target, data as object);
    await next();
  };
}

/**
 * The request's checks, in the order they run: query, path parameters, then (for a route with a
 * JSON body) a 415 for a media type the route does not declare, and the JSON body itself, when the
 * body is JSON (or always, when the body is required).
 */
function validators(
  route: RouteSpec,
  unsupported: (accepted: string[]) => Error,
): MiddlewareHandler<AppEnv>[] {
  const { query, params, body } = route.request ?? {};
  const checks: MiddlewareHandler<AppEnv>[] = [];
  if (query) checks.push(validate("query", query));
  if (params) checks.push(validate("param", params));
  const json = body?.content["application/json"]?.schema;
  if (body && json && !isJsonSchemaComponent(json) && !isComponentRef(json)) {
    const declared = Object.keys(body.content);
    checks.push(async (c, next) => {
      const contentType = c.req.header("content-type");
      if (
        contentType ? !declared.some((type) => matchesMediaType(contentType, type)) : await hasRequestBody(c)
      ) {
        throw unsupported(declared);
      }
      await next();
    });
    const validateJson = validate("json", json);
    checks.push(
      body.required
        ? validateJson
        : async (c, next) => {
            if (JSON_MEDIA_TYPE.test(c.req.header("content-type") ?? "")) return validateJson(c, next);
            c.req.addValidatedData("json", {});
            await next();
          },
    );
  }
  return checks;
}

export function isJsonSchemaComponent(schema: BodySchema): schema is JsonSchemaComponent {
  return "jsonSchemaId" in schema;
}

export function isComponentRef(schema: BodySchema): schema is ComponentRef {
  return "componentId" in schema;
}

export interface DocumentInfo {
  title: string;
  version: string;
  description: string;
}

export interface OpenApiDocument {
  openapi: "3.1.0";
  info: DocumentInfo;
  paths: Record<string, Record<string, OperationObject>>;
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
}

export interface OperationObject {
  tags: string[];
  summary: string;
  security?: { bearerAuth: [] }[];
  parameters?: {
    name: string;
    in: "query" | "path";
    required: boolean;
    description?: string;
    schema: unknown;
  }[];
  requestBody?: { description?: string; required?: boolean; content: Record<string, { schema: unknown }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: unknown }> }>;
}

/**
 * The app: Hono, plus the routes declared through `openapi` (validated as declared, and described
 * by `openApiDocument` at build time).
 */
export class ApiApp extends HonoBase<AppEnv> {
  readonly #routes: RouteSpec[] = [];

  constructor(
    /** The error a route's media-type gate throws (the app renders it as its 415 problem). */
    private readonly unsupported: (accepted: string[]) => Error,
  ) {
    // One router, the smallest (`hono/tiny`'s: one regular expression a route, tried in order), which
    // takes every path the API declares; `Hono`'s default carries the RegExp router and the trie. It lets
    // a path end in a slash where the route does not: `createApp`'s guard answers those 404, as before.
    super({ router: new PatternRouter() });
  }

  openapi<R extends RouteSpec>(
    route: R,
    handler: RouteHandler<R>,
    middleware: MiddlewareHandler<AppEnv>[] = [],
  ): this {
    this.#routes.push(route);
    this.on(
      [route.method],
      [route.path.replaceAll(/\/\{([^}]+)\}/g, "/:$1")],
      ...middleware,
      ...validators(route, this.unsupported),
      handler as unknown as MiddlewareHandler<AppEnv>,
    );
    return this;
  }

  /** The routes declared through `openapi`, in order: what `openApiDocument` describes (Hono's `routes` lists every handler). */
  get declaredRoutes(): readonly RouteSpec[] {
    return this.#routes;
  }
}
