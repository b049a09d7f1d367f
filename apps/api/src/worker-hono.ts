/**
 * `hono/hono-base` in the API Worker (wrangler.jsonc `alias`, and the workerd test config): the part of
 * Hono 4.13's app, context and request the API runs — routes and middleware over the router it is given
 * (`PatternRouter`), `c.req` (`raw`, `path`, `url`, `method`, `header`, `param`, `queries`, `arrayBuffer`,
 * validated data), `c.var`/`c.set`/`c.env`, `c.res`, `c.header`, `c.body`, `c.text`, `c.json`, `c.html` (of a
 * string), `c.redirect`, `c.notFound`, `notFound`, `onError` and `fetch` — written as Hono writes them, where
 * Hono's modules behind `HonoBase` carry what no Worker of caixun calls (sub-apps, `mount`, base paths, forms
 * and cookies, JSX rendering, `fire`): about 6 KB of the 200 KB gzip a Worker may weigh (issue 11). Node
 * (the API server, the OpenAPI document) keeps Hono: the app is written once, against Hono's API.
 *
 * Its answers are Hono's: apps/api's suites run the same requests on Node against Hono and in workerd
 * against this (`test/shared/suite.ts`, `test/shared/hostile-requests.ts`), and
 * `test/node/worker-hono.test.ts` sends one set of requests to the app built on each and compares every
 * answer to the byte. Hono's router, CORS, body limit and `HTTPException` are Hono's own in the Worker too.
 */

/** A middleware or a handler, as Hono calls it. */
type Handler = (c: Context, next: () => Promise<unknown>) => unknown;
type NotFoundHandler = (c: Context) => Response | Promise<Response>;
type ErrorHandler = (error: Error, c: Context) => Response | Promise<Response>;
/** What a router's `match` gives: each matching handler with its path parameters (Hono's `[[handler, params]]`). */
type Matched = [[[Handler], Record<string, string>][]];
interface Router {
  add(method: string, path: string, handler: [Handler]): void;
  match(method: string, path: string): Matched;
}
type HeaderRecord = Record<string, string | string[]>;
type ResponseArgument = number | ResponseInit | undefined;

const notFoundHandler: NotFoundHandler = (c) => c.text("404 Not Found", 404);

const errorHandler: ErrorHandler = (error, c) => {
  if ("getResponse" in error) {
    const res = (error as Error & { getResponse(): Response }).getResponse();
    return c.newResponse(res.body, res);
  }
  console.error(error);
  return c.text("Internal Server Error", 500);
};

export class HonoBase {
  router: Router;
  errorHandler: ErrorHandler = errorHandler;
  #notFoundHandler: NotFoundHandler = notFoundHandler;

  constructor(options: { router: Router }) {
    this.router = options.router;
  }

  #addRoute(method: string, path: string, handler: Handler): void {
    this.router.add(method, path[0] === "/" ? path : `/${path}`, [handler]);
  }

  on(method: string | string[], path: string | string[], ...handlers: Handler[]): this {
    for (const p of [path].flat())
      for (const m of [method].flat())
        for (const handler of handlers) this.#addRoute(m.toUpperCase(), p, handler);
    return this;
  }

  get(path: string, ...handlers: Handler[]): this {
    return this.on("GET", path, ...handlers);
  }

  /** Middleware for every path (`app.use(handler)`, the API's only form). */
  use(...handlers: Handler[]): this {
    for (const handler of handlers) this.#addRoute("ALL", "*", handler);
    return this;
  }

  onError = (handler: ErrorHandler): this => {
    this.errorHandler = handler;
    return this;
  };

  notFound = (handler: NotFoundHandler): this => {
    this.#notFoundHandler = handler;
    return this;
  };

  #handleError(error: unknown, c: Context): Response | Promise<Response> {
    if (error instanceof Error) return this.errorHandler(error, c);
    throw error;
  }

  /**
   * Hono's `dispatch`: HEAD answered as GET without a body; the matching handlers run in order (Hono's
   * `compose`), a thrown error answered by `onError`. Hono runs a lone matching handler without `compose`;
   * every request the API takes matches its `use` middleware, so it never has one.
   */
  #dispatch(request: Request, env: unknown, method: string): Promise<Response> {
    if (method === "HEAD")
      return (async () => new Response(null, await this.#dispatch(request, env, "GET")))();
    const path = getPath(request);
    const matchResult = this.router.match(method, path);
    const c = new Context(request, path, matchResult, env, this.#notFoundHandler);
    const composed = compose(matchResult[0], this.errorHandler, this.#notFoundHandler);
    return (async () => {
      try {
        await composed(c);
        if (!c.finalized)
          throw new Error(
            "Context is not finalized. Did you forget to return a Response object or `await next()`?",
          );
        return c.res;
      } catch (error) {
        return this.#handleError(error, c);
      }
    })();
  }

  fetch = (request: Request, env?: unknown): Promise<Response> =>
    this.#dispatch(request, env, request.method);
}

/** Hono's `compose` (after koa-compose): each handler's `next` runs the ones after it. */
function compose(
  middleware: Matched[0],
  onError: ErrorHandler,
  onNotFound: NotFoundHandler,
): (c: Context) => Promise<Context> {
  return (context) => {
    let index = -1;
    const dispatch = async (i: number): Promise<Context> => {
      if (i <= index) throw new Error("next() called multiple times");
      index = i;
      let res: unknown;
      let isError = false;
      const handler = middleware[i]?.[0][0];
      if (handler) {
        context.req.routeIndex = i;
        try {
          res = await handler(context, () => dispatch(i + 1));
        } catch (error) {
          if (!(error instanceof Error)) throw error;
          context.error = error;
          res = await onError(error, context);
          isError = true;
        }
      } else if (!context.finalized) res = await onNotFound(context);
      if (res && (!context.finalized || isError)) context.res = res as Response;
      return context;
    };
    return dispatch(0);
  };
}

/** Hono's `Context`, what the API reads of it. */
class Context {
  env: unknown;
  finalized = false;
  error: Error | undefined;
  readonly req: HonoRequest;
  #var: Map<string, unknown> | undefined;
  #status: number | undefined;
  #res: Response | undefined;
  #preparedHeaders: Headers | undefined;
  readonly #notFoundHandler: NotFoundHandler;

  constructor(request: Request, path: string, matchResult: Matched, env: unknown, notFound: NotFoundHandler) {
    this.req = new HonoRequest(request, path, matchResult);
    this.env = env;
    this.#notFoundHandler = notFound;
  }

  /** The headers set before there is a response (Hono's `#preparedHeaders`), made at the first. */
  #prepared(): Headers {
    this.#preparedHeaders ??= new Headers();
    return this.#preparedHeaders;
  }

  get res(): Response {
    this.#res ||= new Response(null, { headers: this.#prepared() });
    return this.#res;
  }

  /** A new response keeps every header set on the one before but its content type (Hono's setter). */
  set res(res: Response) {
    if (this.#res && res) {
      res = new Response(res.body, res);
      for (const [name, value] of this.#res.headers.entries()) {
        if (name === "content-type") continue;
        if (name === "set-cookie") {
          res.headers.delete(name);
          for (const cookie of this.#res.headers.getSetCookie()) res.headers.append(name, cookie);
        } else res.headers.set(name, value);
      }
    }
    this.#res = res;
    this.finalized = true;
  }

  header = (name: string, value: string | undefined, options?: { append?: boolean }): void => {
    if (this.finalized && this.#res && !this.#res.bodyUsed)
      this.#res = new Response(this.#res.body, this.#res);
    const headers = this.#res ? this.#res.headers : this.#prepared();
    if (value === undefined) headers.delete(name);
    else if (options?.append) headers.append(name, value);
    else headers.set(name, value);
  };

  status = (status: number): void => {
    this.#status = status;
  };

  set = (key: string, value: unknown): void => {
    this.#var ??= new Map();
    this.#var.set(key, value);
  };

  get = (key: string): unknown => this.#var?.get(key);

  get var(): Record<string, unknown> {
    return this.#var ? Object.fromEntries(this.#var) : {};
  }

  newResponse = (data: BodyInit | null, arg?: ResponseArgument, headers?: HeaderRecord): Response => {
    let responseHeaders = this.#res ? new Headers(this.#res.headers) : this.#preparedHeaders;
    if (typeof arg === "object" && arg.headers) {
      responseHeaders ??= new Headers();
      for (const [name, value] of new Headers(arg.headers))
        if (name === "set-cookie") responseHeaders.append(name, value);
        else responseHeaders.set(name, value);
    }
    if (headers) {
      if (!responseHeaders) {
        let count = 0;
        for (const name in headers)
          if (++count > 1 || typeof headers[name] !== "string") {
            responseHeaders = new Headers();
            break;
          }
      }
      if (responseHeaders)
        for (const name in headers) {
          const value = headers[name]!;
          if (typeof value === "string") responseHeaders.set(name, value);
          else {
            responseHeaders.delete(name);
            for (const each of value) responseHeaders.append(name, each);
          }
        }
    }
    const status = typeof arg === "number" ? arg : (arg?.status ?? this.#status);
    return new Response(data, { status, headers: responseHeaders ?? (headers as HeadersInit | undefined) });
  };

  body = (data: BodyInit | null, arg?: ResponseArgument, headers?: HeaderRecord): Response =>
    this.newResponse(data, arg, headers);

  text = (text: string, arg?: ResponseArgument, headers?: HeaderRecord): Response =>
    !this.#preparedHeaders && !this.#status && !arg && !headers && !this.finalized
      ? new Response(text)
      : this.newResponse(text, arg, { "Content-Type": "text/plain; charset=UTF-8", ...headers });

  json = (object: unknown, arg?: ResponseArgument, headers?: HeaderRecord): Response =>
    this.newResponse(JSON.stringify(object), arg, { "Content-Type": "application/json", ...headers });

  html = (html: string, arg?: ResponseArgument, headers?: HeaderRecord): Response =>
    this.newResponse(html, arg, { "Content-Type": "text/html; charset=UTF-8", ...headers });

  redirect = (location: string | URL, status?: number): Response => {
    const text = String(location);
    this.header("Location", /[^\x00-\xFF]/.test(text) ? encodeURI(text) : text);
    return this.newResponse(null, status ?? 302);
  };

  notFound = (): Response | Promise<Response> => this.#notFoundHandler(this);
}

/** Hono's `HonoRequest`, what the API reads of it. */
class HonoRequest {
  raw: Request;
  readonly path: string;
  routeIndex = 0;
  #arrayBuffer: Promise<ArrayBuffer> | undefined;
  #validatedData: Record<string, unknown> | undefined;
  readonly #matchResult: Matched;

  constructor(request: Request, path: string, matchResult: Matched) {
    this.raw = request;
    this.path = path;
    this.#matchResult = matchResult;
  }

  get url(): string {
    return this.raw.url;
  }

  get method(): string {
    return this.raw.method;
  }

  /** Every path parameter of the handler running, each decoded. */
  param(): Record<string, string> {
    const decoded: Record<string, string> = {};
    const params = this.#matchResult[0][this.routeIndex]?.[1] ?? {};
    for (const key of Object.keys(params)) {
      const value = params[key];
      if (value !== undefined) decoded[key] = tryDecodeURIComponent(value);
    }
    return decoded;
  }

  queries(): Record<string, string[]> {
    return getQueryParams(this.url);
  }

  header(name: string): string | undefined {
    return this.raw.headers.get(name) ?? undefined;
  }

  /** The body, read once (Hono's body cache: the API reads no other form of it). */
  arrayBuffer(): Promise<ArrayBuffer> {
    this.#arrayBuffer ??= this.raw.arrayBuffer();
    return this.#arrayBuffer;
  }

  addValidatedData(target: string, data: unknown): void {
    this.#validatedData ??= {};
    this.#validatedData[target] = data;
  }

  valid(target: string): unknown {
    return this.#validatedData?.[target];
  }
}

/** `decoder(text)`, or, where it throws, each run of escapes it can decode decoded (Hono's `tryDecode`). */
function tryDecode(text: string, decoder: (text: string) => string): string {
  try {
    return decoder(text);
  } catch {
    return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (match) => {
      try {
        return decoder(match);
      } catch {
        return match;
      }
    });
  }
}

const tryDecodeURIComponent = (text: string) =>
  text.indexOf("%") !== -1 ? tryDecode(text, decodeURIComponent) : text;

const decodeURIWithPreservedPercent = (value: string) =>
  decodeURI(value.includes("%25") ? value.replace(/%25/g, "%2525") : value);

/** The request's path as Hono's strict `getPath` reads it: escapes decoded, `%25` kept, up to `?` or `#`. */
function getPath(request: Request): string {
  const url = request.url;
  const start = url.indexOf("/", url.indexOf(":") + 4);
  let i = start;
  for (; i < url.length; i++) {
    const code = url.charCodeAt(i);
    if (code === 37) {
      const queryIndex = url.indexOf("?", i);
      const hashIndex = url.indexOf("#", i);
      const end =
        queryIndex === -1
          ? hashIndex === -1
            ? undefined
            : hashIndex
          : hashIndex === -1
            ? queryIndex
            : Math.min(queryIndex, hashIndex);
      const path = url.slice(start, end);
      const decoded = tryDecode(path, decodeURIWithPreservedPercent);
      if (/%(?![0-9A-Fa-f]{2})/.test(path)) {
        const rewritten = new URL("http://localhost");
        rewritten.pathname = decoded.replace(/[\\\t\n\r]/g, encodeURIComponent);
        if (tryDecode(rewritten.pathname, decodeURIWithPreservedPercent) !== decoded)
          return tryDecode(path.replace(/%(?![0-9A-Fa-f]{2})/g, "%25"), decodeURIWithPreservedPercent);
      }
      return decoded;
    }
    if (code === 63 || code === 35) break;
  }
  return url.slice(start, i);
}

const decodeQueryPart = (value: string) => tryDecodeURIComponent(value.replace(/\+/g, " "));

/** Every query parameter's values, in order, decoded as Hono's `getQueryParams` decodes them. */
function getQueryParams(href: string): Record<string, string[]> {
  const hashIndex = href.indexOf("#", 8);
  const url = hashIndex === -1 ? href : href.slice(0, hashIndex);
  const results: Record<string, string[]> = Object.create(null);
  const encoded = /[%+]/.test(url);
  let keyIndex = url.indexOf("?", 8);
  while (keyIndex !== -1) {
    const nextKeyIndex = url.indexOf("&", keyIndex + 1);
    let valueIndex = url.indexOf("=", keyIndex);
    if (valueIndex > nextKeyIndex && nextKeyIndex !== -1) valueIndex = -1;
    let name = url.slice(
      keyIndex + 1,
      valueIndex === -1 ? (nextKeyIndex === -1 ? undefined : nextKeyIndex) : valueIndex,
    );
    if (encoded) name = decodeQueryPart(name);
    keyIndex = nextKeyIndex;
    if (name === "") continue;
    let value = "";
    if (valueIndex !== -1) {
      value = url.slice(valueIndex + 1, nextKeyIndex === -1 ? undefined : nextKeyIndex);
      if (encoded) value = decodeQueryPart(value);
    }
    const values = results[name];
    if (Array.isArray(values)) values.push(value);
    else results[name] = [value];
  }
  return results;
}
