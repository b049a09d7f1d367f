/**
 * A hostile client's raw requests, byte for byte on a socket, to the API Worker in workerd as `wrangler dev` runs it
 * (wrangler's `startWorker`: the Worker bundled from `src/worker.ts` with wrangler.jsonc, the static assets of the
 * build). The Worker tests (`test/workers/`) hand the Worker a `Request` workerd already made; the Node adapter's
 * (`client-error.test.ts`) meet Node's parser. Here workerd's own HTTP parser meets them first: what it refuses is its
 * answer (a 4xx, or for a few request forms its own 500: see below), and whatever it lets through must be the app's
 * 4xx problem+json or a 200, each within a bound, never the app's 500, never a stall (thirty-third round,
 * docs/reliability.md). Only routes that answer before D1 is read are asked: the Worker runs with an empty local D1.
 */
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

process.env.WRANGLER_SEND_METRICS = "false";
const { unstable_DevEnv } = await import("wrangler");

const TOKEN = "raw-request-token";
let worker: Awaited<ReturnType<InstanceType<typeof unstable_DevEnv>["startWorker"]>>;
let url: URL;
/**
 * The Worker's own socket in workerd, behind wrangler dev's proxy (`url`): wrangler's ProxyWorker passes each request
 * on by a `fetch` of its own, and a body is read again from that hop. A deployment has Cloudflare's front end where the
 * proxy is; the cut bodies below are asked of both.
 */
let direct: URL;

beforeAll(async () => {
  // What `unstable_startWorker` does, with the user Worker's address taken from the runtime's reload (wrangler hands
  // it only to its proxy).
  const devEnv = new unstable_DevEnv();
  const reloaded = devEnv.proxy.onReloadComplete.bind(devEnv.proxy);
  const userWorker = new Promise<{ protocol: string; hostname: string; port: string }>((found) => {
    devEnv.proxy.onReloadComplete = (event) => {
      found(event.proxyData.userWorkerUrl);
      reloaded(event);
    };
  });
  worker = await devEnv.startWorker({
    config: new URL("../../wrangler.jsonc", import.meta.url).pathname,
    dev: { server: { hostname: "127.0.0.1", port: 0 }, inspector: false, persist: false },
    // A body must keep 1 KB a second over each second (the default window is 5 s): the slow body is refused sooner.
    bindings: {
      API_TOKEN: { type: "plain_text", value: TOKEN },
      BODY_RATE_WINDOW_MS: { type: "plain_text", value: "1000" },
    },
  });
  url = await worker.url;
  const { protocol, hostname, port } = await userWorker;
  direct = new URL(`${protocol}//${hostname}:${port}/`);
}, 600_000);
afterAll(async () => {
  await worker?.dispose();
});

/** Seconds a raw request may take to be answered on the loaded shared machine; a stall is the test's failure. */
const BOUND_MS = 30_000;

interface Answer {
  status: number;
  type: string | undefined;
  body: string;
  ms: number;
}

/**
 * Sends `parts` on a new socket to `at` (wrangler dev's proxy unless told), waiting `pauseMs` between them, the socket
 * left open unless `halfClose`, and reads the answer to the socket's end. No answer within `BOUND_MS` is a stall:
 * status 0.
 */
function exchange(
  parts: Buffer[],
  pauseMs = 0,
  options: { at?: URL; halfClose?: boolean } = {},
): Promise<Answer> {
  const at = options.at ?? url;
  return new Promise((resolve) => {
    const started = Date.now();
    const chunks: Buffer[] = [];
    const done = (stalled: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      const text = Buffer.concat(chunks).toString("utf8");
      const [head = "", ...rest] = text.split("\r\n\r\n");
      resolve({
        status: stalled ? 0 : Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? -1),
        type: /^content-type: ([^\r]*)/im.exec(head)?.[1],
        body: rest.join("\r\n\r\n"),
        ms: Date.now() - started,
      });
    };
    const timer = setTimeout(() => done(true), BOUND_MS);
    const socket = connect(Number(at.port), at.hostname, async () => {
      for (const [i, part] of parts.entries()) {
        if (i > 0) await new Promise((wait) => setTimeout(wait, pauseMs));
        if (!socket.destroyed) socket.write(part);
      }
      // The client's side closed (FIN) where its request stops: the server sees the connection end mid-body.
      if (options.halfClose && !socket.destroyed) socket.end();
    });
    socket.on("data", (chunk) => {
      chunks.push(chunk);
      // A whole answer read: `Connection: close` is asked, but an answer framed by its length ends here.
      const text = Buffer.concat(chunks).toString("latin1");
      const length = /\r\ncontent-length: (\d+)/i.exec(text);
      const end = text.indexOf("\r\n\r\n");
      if (length && end >= 0 && text.length - end - 4 >= Number(length[1])) done(false);
    });
    socket.on("end", () => done(false));
    socket.on("error", () => done(false));
  });
}

const latin1 = (text: string) => Buffer.from(text, "latin1");
const utf8 = (text: string) => Buffer.from(text, "utf8");
const HOST = "Host: caixun.test\r\nConnection: close\r\n";
const STORY = "中国太保公告\n\n中国太保保费收入达到1200亿元。";
const parseRequest = (headers: string, body = STORY) =>
  utf8(
    `POST /v1/parse HTTP/1.1\r\n${HOST}Content-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${headers}\r\n${body}`,
  );
const deepObject = (depth: number) => `{"content":${'{"a":'.repeat(depth)}1${"}".repeat(depth)}}`;
const json = (path: string, body: string, headers = "") =>
  utf8(
    `POST ${path} HTTP/1.1\r\n${HOST}Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${headers}\r\n${body}`,
  );

/** Requests workerd hands the Worker: the app's answer, a problem+json 4xx, or the Article of a parse. */
const REACHING: { name: string; request: Buffer; status: number; code?: string }[] = [
  ...["PATCH", "DELETE", "TRACE", "PROPFIND", "LOCK"].map((method) => ({
    name: `${method}, a method not served`,
    request: latin1(`${method} /v1/parse HTTP/1.1\r\n${HOST}Content-Length: 0\r\n\r\n`),
    status: 404,
    code: "not-found",
  })),
  // Under a route no one serves (an article's id is looked up in D1, which is empty here; with the tables made, the
  // probe had the same 404 problem for each under `/v1/articles/`).
  {
    name: "raw 0xFF 0xC0 0xAF in the path",
    request: Buffer.concat([
      latin1("GET /v1/none/"),
      Buffer.from([0xff, 0xc0, 0xaf]),
      latin1(` HTTP/1.1\r\n${HOST}\r\n`),
    ]),
    status: 404,
    code: "not-found",
  },
  ...["%FF%FE", "%ED%A0%80", "%E4%B8", "%00", "%"].map((escaped) => ({
    name: `${escaped} in the path`,
    request: latin1(`GET /v1/none/${escaped} HTTP/1.1\r\n${HOST}\r\n`),
    status: 404,
    code: "not-found",
  })),
  {
    name: "%E4%B8 (a cut character) as the query",
    request: latin1(`GET /v1/articles?q=%E4%B8 HTTP/1.1\r\n${HOST}\r\n`),
    status: 422,
    code: "invalid-request",
  },
  {
    name: "%FF as a query's key",
    request: latin1(`GET /v1/articles?%FF=1 HTTP/1.1\r\n${HOST}\r\n`),
    status: 422,
    code: "invalid-request",
  },
  {
    name: "a header of 60 KB on a parse",
    request: parseRequest(`X-Big: ${"a".repeat(60_000)}\r\n`),
    status: 200,
  },
  {
    name: "2,000 headers on a parse",
    request: parseRequest(Array.from({ length: 2000 }, (_, i) => `X-H${i}: v\r\n`).join("")),
    status: 200,
  },
  { name: "Expect: 200-nope on a parse", request: parseRequest("Expect: 200-nope\r\n"), status: 200 },
  {
    name: "JSON 20,000 objects deep to parse",
    request: json("/v1/parse", deepObject(20_000)),
    status: 422,
    code: "invalid-request",
  },
  {
    name: "JSON 50,000 arrays deep to store",
    request: json(
      "/v1/articles",
      `${"[".repeat(50_000)}${"]".repeat(50_000)}`,
      `Authorization: Bearer ${TOKEN}\r\n`,
    ),
    status: 422,
    code: "invalid-request",
  },
  {
    name: "a write without the token",
    request: json("/v1/articles", '{"content":"正文一段。"}'),
    status: 401,
  },
];

/**
 * Requests workerd answers itself, the Worker never called: the status it gives, so that a runtime that changes it is
 * seen. Three are workerd's own 500 (a request target it cannot make a URL of, two `Content-Length`s, a negative one:
 * kj's URL and HTTP code throw before any Worker runs); they are the runtime's, not the app's, and no app code can
 * answer them otherwise.
 */
const REFUSED: { name: string; request: Buffer; status: number }[] = [
  { name: "a request line that is not HTTP", request: latin1("NOT HTTP AT ALL\r\n\r\n"), status: 501 },
  { name: "a lower-case method", request: latin1(`get /v1/articles HTTP/1.1\r\n${HOST}\r\n`), status: 501 },
  {
    name: "a method of 5,000 letters",
    request: latin1(`${"A".repeat(5000)} /v1/parse HTTP/1.1\r\n${HOST}\r\n`),
    status: 501,
  },
  { name: "the HTTP/2 preface", request: latin1("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"), status: 501 },
  {
    name: "a NUL in a header",
    request: latin1(`GET /v1/articles HTTP/1.1\r\n${HOST}X-N: a\u0000b\r\n\r\n`),
    status: 400,
  },
  {
    name: "a header of 200 KB",
    request: latin1(`GET /v1/articles HTTP/1.1\r\n${HOST}X-Big: ${"a".repeat(200_000)}\r\n\r\n`),
    status: 431,
  },
  {
    name: "a path of 100 KB",
    request: latin1(`GET /v1/articles/${"a".repeat(100_000)} HTTP/1.1\r\n${HOST}\r\n`),
    status: 431,
  },
  { name: "HTTP/1.0 with no Host", request: latin1("GET /v1/articles HTTP/1.0\r\n\r\n"), status: 400 },
  {
    name: "an absolute-form target",
    request: latin1(`GET http://elsewhere.test/v1/parse HTTP/1.1\r\n${HOST}\r\n`),
    status: 500,
  },
  { name: "an asterisk-form target", request: latin1(`OPTIONS * HTTP/1.1\r\n${HOST}\r\n`), status: 500 },
  {
    name: "two Content-Lengths",
    request: latin1(`POST /v1/parse HTTP/1.1\r\n${HOST}Content-Length: 5\r\nContent-Length: 6\r\n\r\nabcdef`),
    status: 500,
  },
];

describe("raw requests to the Worker in workerd", () => {
  for (const { name, request, status, code } of REACHING) {
    test(`${name}: the app's ${status}${code ? ` ${code}` : ""}, within the bound`, async () => {
      const answer = await exchange([request]);
      expect(answer.status).toBe(status);
      expect(answer.ms).toBeLessThan(BOUND_MS);
      if (status === 200) {
        expect(answer.type).toBe("application/json");
        expect(JSON.parse(answer.body)).toMatchObject({ title: "中国太保公告" });
      } else {
        expect(answer.type).toBe("application/problem+json");
        expect(JSON.parse(answer.body)).toMatchObject({ status, ...(code ? { code } : {}) });
      }
    });
  }

  test("HEAD of a route not served: the app's 404, with no body", async () => {
    const answer = await exchange([latin1(`HEAD /v1/parse HTTP/1.1\r\n${HOST}\r\n`)]);
    expect([answer.status, answer.type, answer.body]).toEqual([404, "application/problem+json", ""]);
  });

  test("a body that stops part way is refused by its pace (408 problem), not waited on", async () => {
    const head = `POST /v1/parse HTTP/1.1\r\n${HOST}Content-Type: text/plain\r\nContent-Length: 100000\r\n\r\n`;
    const answer = await exchange([utf8(head + STORY), utf8("。")], 10_000);
    expect(answer.status).toBe(408);
    expect(answer.type).toBe("application/problem+json");
    expect(answer.ms).toBeLessThan(BOUND_MS);
  });

  for (const { name, request, status } of REFUSED) {
    test(`${name}: workerd's own ${status}, the Worker never asked`, async () => {
      const answer = await exchange([request]);
      expect(answer.status).toBe(status);
      expect(answer.type).not.toBe("application/problem+json");
      expect(answer.ms).toBeLessThan(BOUND_MS);
    });
  }

  test("an HTTP/0.9 request line: the connection closed, no answer and no stall", async () => {
    const answer = await exchange([latin1("GET /v1/articles\r\n")]);
    expect(answer.status).toBe(-1);
    expect(answer.ms).toBeLessThan(BOUND_MS);
  });
});

/**
 * Bodies cut short, each followed by the client's FIN: workerd's HTTP server fails the body stream where the framing
 * broke ("Network connection lost", or an internal error for a bad chunk size or an overlong chunk extension), the
 * Worker's body reader (`readAtPace`) answers that 400 `bad-request`, and no route runs (a write's route would have
 * met the empty D1). Through wrangler dev's proxy the chunked ones arrive whole-looking: the ProxyWorker's `fetch`
 * re-sends the body chunked and, when the body it reads fails, ends its own with the last chunk (a throwaway worker
 * that only reads `request.text()` gets the part, no error, behind the proxy and the error straight from workerd and
 * from miniflare alone), so the Worker parses the part as if whole. That hop is wrangler's dev tooling; a deployment
 * relies on Cloudflare's front end, which parses the client's request itself.
 */
describe("bodies cut short", () => {
  const story = utf8(STORY);
  const head = (path: string, framing: string) =>
    latin1(
      `POST ${path} HTTP/1.1\r\n${HOST}Authorization: Bearer ${TOKEN}\r\nContent-Type: text/plain\r\n${framing}\r\n`,
    );
  const chunked = (path: string) => head(path, "Transfer-Encoding: chunked\r\n");
  const size = (bytes: number) => latin1(`${bytes.toString(16)}\r\n`);
  const CUTS: { name: string; request: (path: string) => Buffer }[] = [
    {
      name: "chunked without its last chunk",
      request: (path) => Buffer.concat([chunked(path), size(story.length), story, latin1("\r\n")]),
    },
    {
      name: "chunked, cut inside a chunk",
      request: (path) => Buffer.concat([chunked(path), size(story.length + 10), story]),
    },
    {
      name: "chunked, a bad chunk size after the first",
      request: (path) =>
        Buffer.concat([chunked(path), size(story.length), story, latin1("\r\nzz\r\nmore\r\n0\r\n\r\n")]),
    },
    {
      name: "chunked, a chunk extension of 20 KB after the first",
      request: (path) =>
        Buffer.concat([
          chunked(path),
          size(story.length),
          story,
          latin1(`\r\n3;${"x".repeat(20_000)}\r\n。\r\n0\r\n\r\n`),
        ]),
    },
    {
      name: "fewer bytes than its Content-Length",
      request: (path) => Buffer.concat([head(path, `Content-Length: ${story.length + 10}\r\n`), story]),
    },
  ];

  for (const { name, request } of CUTS) {
    for (const path of ["/v1/parse", "/v1/articles"]) {
      test(`${name}, to ${path} on the Worker's own socket: the app's 400 bad-request, no route run`, async () => {
        const answer = await exchange([request(path)], 0, { at: direct, halfClose: true });
        expect([answer.status, answer.type]).toEqual([400, "application/problem+json"]);
        expect(JSON.parse(answer.body)).toMatchObject({ status: 400, code: "bad-request" });
        expect(answer.ms).toBeLessThan(BOUND_MS);
      });
    }
  }

  for (const { name, request } of CUTS) {
    test(`${name}, through wrangler dev's proxy: the proxy's 503 (or the part, which the proxy's hop can make whole), never a 500`, async () => {
      const answer = await exchange([request("/v1/parse")], 0, { halfClose: true });
      expect(answer.ms).toBeLessThan(BOUND_MS);
      if (answer.status === 503) {
        expect(answer.type).toBe("text/plain;charset=UTF-8");
        expect(answer.body).toMatch(/^Your worker restarted mid-request\./);
      } else {
        expect([answer.status, answer.type]).toEqual([200, "application/json"]);
      }
    });
  }
});
