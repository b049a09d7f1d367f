import { expect, test } from "vitest";

/** A request an attacker or a careless client sends, by name. */
interface HostileRequest {
  name: string;
  path: string;
  init?: RequestInit;
}

const deepArray = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;
const deepObject = (depth: number) => `{"content":${'{"a":'.repeat(depth)}1${"}".repeat(depth)}}`;

/** The twelfth round's requests (docs/reliability.md): each is the client's problem, never the server's. */
function hostileRequests(token: string): HostileRequest[] {
  const write = (contentType: string, body: string, headers: Record<string, string> = {}): RequestInit => ({
    method: "POST",
    headers: { "content-type": contentType, authorization: `Bearer ${token}`, ...headers },
    body,
  });
  const query = (name: string, search: string): HostileRequest => ({ name, path: `/v1/articles?${search}` });
  return [
    {
      name: "JSON 5,000 arrays deep to store",
      path: "/v1/articles",
      init: write("application/json", deepArray(5000)),
    },
    {
      name: "JSON 2,000 objects deep to store",
      path: "/v1/articles",
      init: write("application/json", deepObject(2000)),
    },
    {
      name: "JSON 2,000 objects deep to parse",
      path: "/v1/parse",
      init: write("application/json", deepObject(2000)),
    },
    {
      name: "JSON keys __proto__ and constructor",
      path: "/v1/articles",
      init: write(
        "application/json",
        '{"__proto__":{"content":"x"},"constructor":{"prototype":{"a":1}},"content":"正文一段。"}',
      ),
    },
    {
      name: "JSON of nulls and numbers",
      path: "/v1/articles",
      init: write("application/json", '[null,1e308,"x",[],{"content":null}]'),
    },
    {
      // Kept whole in its Article's `extra`: JSON.stringify overflows its stack past about 4,000 levels.
      name: "a JSON record of 7,000 nested arrays to parse",
      path: "/v1/parse",
      init: write("text/plain", `{"title":"标题","content":"正文一段。","x":${deepArray(7000)}}`),
    },
    {
      name: "NDJSON line of 2,000 keys",
      path: "/v1/parse",
      init: write("application/x-ndjson", `{${'"a":1,'.repeat(2000)}"b":2}\n`),
    },
    query(
      "q of 1,000 ORs",
      `q=${encodeURIComponent(Array.from({ length: 1000 }, (_, i) => `w${i}`).join(" OR "))}`,
    ),
    query("q of 500 nested brackets", `q=${encodeURIComponent(`${"(".repeat(500)}a${")".repeat(500)}`)}`),
    query("q of 300 quotes", `q=${encodeURIComponent(`"""a" "b${'"'.repeat(300)}`)}`),
    query("q of bare operators", `q=${encodeURIComponent("-a -b -* * ** - ^ NOT AND OR")}`),
    query(
      "q NEAR with a huge distance, by relevance",
      `sort=relevance&q=${encodeURIComponent("title:a AND body:b NOT c NEAR(x y, 9999999999)")}`,
    ),
    query("2,000 tag parameters", Array.from({ length: 2000 }, (_, i) => `tag=t${i}`).join("&")),
    query("limit past a double", "limit=99999999999999999999"),
    query("limit -0", "limit=-0"),
    query("limit in hex", "limit=0x10"),
    { name: "stories limit 1e400", path: "/v1/stories?limit=1e400" },
    query("a cursor of 20,000 characters", `cursor=${"A".repeat(20000)}`),
    query("years 275760 and -271821", "from=%2B275760-09-13&to=-271821-04-20"),
    query("year 0000", "from=0000-01-01"),
    query("the last second of 9999", "from=9999-12-31T23:59:59&to=9999-12-31T23:59:59%2B08:00"),
    { name: "an id of 50,000 characters", path: `/v1/articles/${"N".repeat(50000)}` },
    {
      name: "an id of NUL, U+FFFE, U+202E",
      path: `/v1/articles/${encodeURIComponent("\u0000\uFFFE\u202E")}`,
    },
    { name: "a security of ../", path: `/v1/securities/${encodeURIComponent("../../../etc/passwd")}` },
    {
      name: "charset utf-16 on UTF-8 text",
      path: "/v1/parse",
      init: write('text/plain; charset="utf-16"', "正文一段。"),
    },
    {
      name: "charset of 5,000 letters",
      path: "/v1/parse",
      init: write(`text/plain; charset=${"x".repeat(5000)}`, "正文一段。"),
    },
    {
      name: "five encodings stacked",
      path: "/v1/parse",
      init: write("text/plain", "正文", { "content-encoding": "gzip, gzip, br, deflate, identity" }),
    },
    {
      name: "an unknown encoding",
      path: "/v1/parse",
      init: write("text/plain", "正文", { "content-encoding": "zstd" }),
    },
    { name: "multipart without a boundary", path: "/v1/parse", init: write("multipart/form-data", "abc") },
    {
      name: "a form of 5,000 empty fields",
      path: "/v1/articles",
      init: write("application/x-www-form-urlencoded", "a=&".repeat(5000)),
    },
    {
      name: "a preflight asking for 2,000 headers",
      path: "/v1/parse",
      init: {
        method: "OPTIONS",
        headers: {
          origin: "http://evil.example",
          "access-control-request-method": "DELETE",
          "access-control-request-headers": "x,".repeat(2000),
        },
      },
    },
  ];
}

/**
 * The thirteenth round's (docs/reliability.md): header tricks, Unicode in every parameter, search
 * syntax, pagination and JSON bodies of the wrong shape, on every route.
 */
function thirteenthRound(token: string): HostileRequest[] {
  const auth = { authorization: `Bearer ${token}` };
  const json = (body: string, headers: Record<string, string> = {}): RequestInit => ({
    method: "POST",
    headers: { "content-type": "application/json", ...auth, ...headers },
    body,
  });
  const get = (name: string, path: string, headers?: Record<string, string>): HostileRequest => ({
    name,
    path,
    ...(headers === undefined ? {} : { init: { headers } }),
  });
  const cutEmoji = "%F0%9F%93";
  const surrogate = "%ED%A0%80";
  return [
    get("a method override header on a read", "/v1/articles", { "x-http-method-override": "DELETE" }),
    {
      name: "a method override header on a write without a token",
      path: "/v1/articles",
      init: { method: "POST", headers: { "x-http-method-override": "GET" }, body: "正文" },
    },
    get("a forwarded host and scheme", "/v1/stats", {
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "javascript",
      forwarded: "for=_hidden;host=evil.example;proto=ftp",
    }),
    get("Accept of NaN weights", "/v1/articles", { accept: "*/*;q=NaN, application/json;q=-1" }),
    get("If-None-Match * and a bad If-Modified-Since", "/v1/articles", {
      "if-none-match": "*",
      "if-modified-since": "yesterday",
    }),
    get("a Range on a JSON list", "/v1/articles", { range: "bytes=0-0,-1,5-" }),
    {
      name: "a bearer of Latin-1 bytes and a second scheme",
      path: "/v1/articles",
      init: json('{"content":"正文"}', { authorization: `Bearer ${token}\u00ff, Basic eA==` }),
    },
    {
      name: "a lower-case bearer, doubled spaces, the token and one more letter",
      path: "/v1/articles",
      init: json('{"content":"正文"}', { authorization: `bearer  ${token}x` }),
    },
    {
      name: "two charsets, upper-case type",
      path: "/v1/parse",
      init: json('{"content":"正文一段。"}', {
        "content-type": "APPLICATION/JSON; charset=utf-8; charset=latin1",
      }),
    },
    { name: "JSON of a bare string", path: "/v1/parse", init: json('"正文一段。"') },
    { name: "JSON of true", path: "/v1/articles", init: json("true") },
    {
      name: "JSON content of the wrong types",
      path: "/v1/parse",
      init: json('{"content":["a",{"b":1}],"filename":7}'),
    },
    {
      name: "JSON with a BOM and a doubled key",
      path: "/v1/parse",
      init: json('\ufeff {"content":"甲","content":"乙","filename":"../../etc/passwd"}'),
    },
    {
      name: "JSON of 2,000 escaped surrogate pairs and lone halves",
      path: "/v1/parse",
      init: json(`{"content":"${"\\ud83d\\ude00\\udc00".repeat(2000)}"}`),
    },
    get("q of a lone surrogate", `/v1/articles?q=${surrogate}`),
    get("tag of a cut emoji", `/v1/articles?tag=${cutEmoji}`),
    get("source of a right-to-left override", `/v1/articles?source=${encodeURIComponent("\u202e新华社")}`),
    get(
      "full-width dates and limit",
      `/v1/articles?from=${encodeURIComponent("２０２２-０１-０１")}&limit=${encodeURIComponent("１０")}`,
    ),
    get("Arabic-Indic digits in limit", `/v1/stories?limit=${encodeURIComponent("٣")}`),
    get("sort in capitals and with NUL", "/v1/articles?sort=RELEVANCE&sort=relevance%00"),
    get("a limit twice, a cursor twice", "/v1/articles?limit=100&limit=1&cursor=&cursor=AAAA"),
    get(
      "a cursor of base64 JSON with a huge number",
      `/v1/articles?cursor=${btoa('[1e400,"x",{"__proto__":1}]')}`,
    ),
    get(
      "a relevance cursor carried to another q",
      `/v1/articles?sort=relevance&q=b&cursor=${btoa('[0.5,"a"]')}`,
    ),
    get("q of ideographic spaces and a lone star", `/v1/articles?q=${encodeURIComponent("\u3000*\u3000")}`),
    get("q of a column filter and braces", `/v1/articles?q=${encodeURIComponent("{title body}:a:b:c ^x")}`),
    get("bracketed parameter names", "/v1/articles?tag[]=a&limit[__proto__]=1&q[0]=x"),
    get("an id with an encoded slash", "/v1/articles/a%2Fb"),
    get("an id of dots", "/v1/articles/%2e%2e"),
    get("a story id of backslashes", "/v1/stories/..%5c..%5cwin.ini"),
    get("a security of a cut emoji", `/v1/securities/${cutEmoji}`),
    get("sources with a stray query", "/v1/sources?limit=-1&cursor=%FF"),
    get("stats with a body-ish query", `/v1/stats?${"a".repeat(3000)}=1`),
  ];
}

/**
 * The twentieth round's (docs/reliability.md): the API Worker's own `hono/hono-base` (`src/worker-hono.ts`) attacked as
 * Hono was — malformed and encoded paths, 8 KB paths and queries, methods no route serves, query keys repeated, empty
 * and by the thousand. `test/node/worker-hono.test.ts` sends each to the app on Hono and on the stand-in and compares
 * the answers to the byte (with a method of no standard and a lower-case one, which workerd's `Request` refuses before
 * any Worker runs, as it does `TRACE`); here each must be a 4xx problem or a success, on Node and in workerd.
 */
export function twentiethRound(token: string): HostileRequest[] {
  const get = (name: string, path: string, init?: RequestInit): HostileRequest => ({
    name,
    path,
    ...(init === undefined ? {} : { init }),
  });
  const method = (name: string, path: string, verb: string, headers: Record<string, string> = {}) =>
    get(name, path, { method: verb, headers });
  const long = "a".repeat(8 * 1024);
  return [
    get("a lone %", "/%"),
    get("a % that escapes nothing", "/v1/articles/%zz"),
    get("a % before the query", "/v1/stats%?limit=1"),
    get("an escaped %", "/v1/articles/%25zz"),
    get("a cut UTF-8 escape", "/v1/articles/%E4%B8"),
    get("an overlong UTF-8 slash", "/v1/articles/%C0%AF"),
    get("an escaped NUL", "/v1/articles/a%00b"),
    get("an escaped backslash and dots", "/v1/articles/..%5C..%5Cx"),
    get("encoded slashes and dots", "/v1/articles/a%2F..%2F..%2Fb"),
    get("an encoded ? in the path", "/v1/stats%3Flimit=1"),
    get("the route's own letters escaped", "/%76%31/%73%74%61%74%73"),
    get("a doubled slash at the start", "//v1/stats"),
    get("a doubled slash inside", "/v1//articles"),
    get("a tripled slash at the end", "/v1/stats///"),
    get("an 8 KB id", `/v1/articles/${long}`),
    get("an 8 KB id of escapes", `/v1/articles/${"%E5%A4%AA".repeat(910)}`),
    get("an 8 KB path of %", `/v1/${"%".repeat(8 * 1024)}`),
    get("an 8 KB path of slashes", `/${"/".repeat(8 * 1024)}`),
    get("an 8 KB query value", `/v1/articles?q=${long}`),
    get("an 8 KB query key", `/v1/articles?${long}=1`),
    get("2,000 repeated limits", `/v1/articles?${"limit=1&".repeat(2000)}`),
    get("4,000 empty keys", `/v1/articles?${"&".repeat(4000)}`),
    get("4,000 keys without values", `/v1/articles?${"q&".repeat(4000)}`),
    get("4,000 equals signs", `/v1/articles?q=${"=".repeat(4000)}`),
    get("empty values", "/v1/articles?limit=&q=&source=&cursor="),
    get("a key of nothing but =", "/v1/articles?=&==&=x"),
    get("a lone % in a query", "/v1/articles?q=%&limit=%2"),
    get("+ and %2B in a query", "/v1/articles?q=a%2Bb+c+%2B&limit=1+"),
    get("a query past a #", "/v1/articles?limit=1#&limit=x"),
    get("prototype keys in a query", "/v1/articles?__proto__=1&constructor=x&toString=y"),
    get("a cut UTF-8 escape in a query key", "/v1/articles?%E4%B8=1&q=%E4%B8"),
    get("a redirect with a query", "/?next=//evil.example"),
    method("HEAD of the redirect", "/", "HEAD"),
    method("HEAD of a missing id", "/v1/articles/nope", "HEAD"),
    method("HEAD of a POST route", "/v1/parse", "HEAD"),
    method("HEAD of a malformed path", "/v1/articles/%zz", "HEAD"),
    method("OPTIONS without a preflight", "/v1/stats", "OPTIONS"),
    method("OPTIONS with an origin, no method asked", "/v1/stats", "OPTIONS", {
      origin: "https://a.example",
    }),
    method("OPTIONS of a path that is none", "/%zz", "OPTIONS", {
      origin: "https://a.example",
      "access-control-request-method": "GET",
    }),
    method("PATCH", "/v1/articles", "PATCH", { authorization: `Bearer ${token}` }),
    method("PROPFIND", "/v1/stats", "PROPFIND"),
    get("a header repeated", "/v1/stats", {
      headers: [
        ["origin", "https://a.example"],
        ["origin", "https://b.example"],
        ["accept", "a"],
        ["accept", "b"],
      ],
    }),
    get("an empty authorization and content type on a read", "/v1/articles", {
      headers: { authorization: "", "content-type": "" },
    }),
  ];
}

/** `bytes` zero bytes in one gzip or deflate member, made a megabyte at a time (`CompressionStream`, on both runtimes). */
async function compressedZeros(format: "gzip" | "deflate", bytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const chunk = new Uint8Array(1024 * 1024);
  let left = bytes;
  const zeros = new ReadableStream<BufferSource>({
    pull(controller) {
      if (left <= 0) return controller.close();
      controller.enqueue(chunk.subarray(0, Math.min(left, chunk.length)));
      left -= chunk.length;
    },
  });
  return new Uint8Array(await new Response(zeros.pipeThrough(new CompressionStream(format))).arrayBuffer());
}

/**
 * The thirtieth round's (docs/reliability.md): compressed bombs and broken codings, 10^5 query parameters, a URL of a
 * megabyte, JSON 10^5 deep in a POST, search text that is FTS5 syntax, huge limits and offsets, forged cursors. On Node
 * the server's header limit answers the long URLs 431 before the app; here they reach the app itself.
 */
function thirtiethRound(
  token: string,
  bombs: { gzip: Uint8Array<ArrayBuffer>; deflate: Uint8Array<ArrayBuffer> },
): HostileRequest[] {
  const coded = (
    coding: string,
    body: Uint8Array<ArrayBuffer> | string,
    path = "/v1/parse",
  ): HostileRequest => ({
    name: `a ${coding} body of ${typeof body === "string" ? JSON.stringify(body) : `${body.byteLength} bytes`} to ${path}`,
    path,
    init: {
      method: "POST",
      headers: { "content-type": "text/plain", "content-encoding": coding, authorization: `Bearer ${token}` },
      body,
    },
  });
  const json = (name: string, path: string, body: string): HostileRequest => ({
    name,
    path,
    init: {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body,
    },
  });
  const search = (q: string): HostileRequest => ({
    name: `q ${JSON.stringify(q)}`,
    path: `/v1/articles?q=${encodeURIComponent(q.replaceAll(/[\uD800-\uDFFF]/g, "\uFFFD"))}`,
  });
  const deep = 100_000;
  const cursor = (text: string) => btoa(text).replaceAll("+", "-").replaceAll("/", "_").replaceAll("=", "");
  return [
    coded("gzip", bombs.gzip),
    coded("gzip", bombs.gzip, "/v1/articles"),
    coded("deflate", bombs.deflate),
    coded("gzip", "not gzip at all"),
    coded("gzip", ""),
    coded("deflate", "x"),
    json(
      "JSON 10^5 arrays deep to store",
      "/v1/articles",
      `{"content":${"[".repeat(deep)}${"]".repeat(deep)}}`,
    ),
    json(
      "JSON 10^5 objects deep to parse",
      "/v1/parse",
      `{"content":"x","a":${'{"a":'.repeat(deep)}1${"}".repeat(deep)}}`,
    ),
    {
      name: "10^5 query parameters",
      path: `/v1/articles?${Array.from({ length: 100_000 }, (_, i) => `tag=t${i}`).join("&")}`,
    },
    { name: "a URL of a megabyte", path: `/v1/articles?q=${"a".repeat(1024 * 1024)}` },
    { name: "a path of a megabyte", path: `/v1/articles/${"a".repeat(1024 * 1024)}` },
    ...[
      '"',
      '"a',
      "*",
      "a*",
      "*a",
      "NEAR(",
      "NEAR(a b",
      "NEAR(a b, 99999999999)",
      "AND OR NOT",
      "^",
      "^a",
      "a:",
      "col:x",
      "{a b}:c",
    ].map(search),
    ...["a\u0000b", "\u0000", "(", ")", "-", "+", "a OR", "NOT", "''", "\\"].map(search),
    // Unpaired surrogates cannot be sent as UTF-8; their escaped bytes are the nearest a client can send.
    { name: "q of an escaped lone surrogate", path: "/v1/articles?q=%ED%A0%80" },
    { name: "q of an escaped NUL", path: "/v1/articles?q=%00" },
    ...[
      "limit=1e9",
      "limit=9007199254740993",
      "offset=1e18",
      "offset=99999999999999999999",
      "offset=-1",
      "limit=-1",
    ].flatMap((query) =>
      ["/v1/articles", "/v1/stories", "/v1/sources"].map((route) => ({
        name: `${route}?${query}`,
        path: `${route}?${query}`,
      })),
    ),
    ...[
      "x",
      "{}",
      "[]",
      "null",
      "1e400",
      '["9999-99-99T99:99:99.999Z","x"]',
      '["2022-04-28T06:08:53.000Z",1e308]',
      `["${"a".repeat(1000)}"]`,
    ].flatMap((forged) =>
      ["/v1/articles", "/v1/stories"].map((route) => ({
        name: `${route} cursor ${forged.slice(0, 20)}`,
        path: `${route}?cursor=${cursor(forged)}`,
      })),
    ),
  ];
}

/**
 * Every hostile request of the twelfth, thirteenth, twentieth and thirtieth rounds gets an answer below 500, and every refusal is a
 * problem+json; the store keeps what it held.
 */
export function defineHostileRequests(options: {
  fetch: (path: string, init?: RequestInit) => Promise<Response>;
  token: string;
}): void {
  test("hostile requests (deep JSON, query explosions, odd limits, dates, ids, charsets, encodings) are 4xx problems or 200s", async () => {
    const articles = async () =>
      ((await (await options.fetch("/v1/stats")).json()) as { articles: number }).articles;
    const before = await articles();
    const answers: string[] = [];
    // Each some 250 KB of gzip or deflate that decodes to 256 MiB, 128 times the body limit.
    const bombs = {
      gzip: await compressedZeros("gzip", 256 * 1024 ** 2),
      deflate: await compressedZeros("deflate", 256 * 1024 ** 2),
    };
    for (const { name, path, init } of [
      ...hostileRequests(options.token),
      ...thirteenthRound(options.token),
      ...twentiethRound(options.token),
      ...thirtiethRound(options.token, bombs),
    ]) {
      const started = Date.now();
      const response = await options.fetch(path, init);
      const type = response.headers.get("content-type") ?? "";
      await response.arrayBuffer();
      if (response.status >= 500 || (response.status >= 400 && type !== "application/problem+json"))
        answers.push(`${name}: ${response.status} ${type}`);
      // Bounded: none of them takes the server long (the bombs stop at the body limit; on a loaded machine, seconds).
      if (Date.now() - started > 20_000) answers.push(`${name}: ${Date.now() - started} ms`);
    }
    expect(answers).toEqual([]);
    expect(await articles()).toBe(before);
  });
}
