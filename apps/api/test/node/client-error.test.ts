import { mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type RunningServer, startServer } from "./built-server.js";

const TOKEN = "client-error-token";
let work: string;
let server: RunningServer;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "caixun-client-error-"));
  server = await startServer({
    db: join(work, "api.db"),
    port: 0,
    host: "127.0.0.1",
    settings: { API_TOKEN: TOKEN },
  });
});
afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Sends bytes as they are (no client library would send a raw UTF-8 request line) and reads the answer. */
function exchange(request: Buffer): Promise<string> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(request));
    const chunks: Buffer[] = [];
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    socket.on("error", reject);
  });
}

/** A request by node:http, which sends any `Expect` header as it is given, and its answer. */
function send(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; type: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const sent = request(`${server.url}${path}`, { method, headers }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on("data", (chunk: Buffer) => chunks.push(chunk));
      answer.on("end", () =>
        resolve({
          status: answer.statusCode ?? 0,
          type: answer.headers["content-type"],
          body: Buffer.concat(chunks).toString("utf8"),
        }),
      );
    });
    sent.on("error", reject);
    sent.end(body);
  });
}

describe("requests Node's HTTP parser refuses", () => {
  test("raw UTF-8 in the URL (curl 'http://…?q=太保') gets a problem+json 400 that says to percent-encode", async () => {
    const answer = await exchange(
      Buffer.from("GET /v1/articles?q=太保&limit=5 HTTP/1.1\r\nHost: x\r\n\r\n", "utf8"),
    );
    const [head, body] = answer.split("\r\n\r\n");
    expect(head).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(head).toContain("Content-Type: application/problem+json");
    expect(JSON.parse(body!)).toEqual({
      type: "about:blank",
      title: "Bad Request",
      status: 400,
      code: "bad-request",
      detail:
        "the URL holds raw non-ASCII characters; percent-encode them (%E5%A4%AA%E4%BF%9D for 太保), e.g. curl -G URL --data-urlencode 'q=太保'",
    });
  });

  test("other malformed requests get a problem+json 400 naming the parser's complaint", async () => {
    const answer = await exchange(Buffer.from("NOT HTTP AT ALL\r\n\r\n"));
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(JSON.parse(answer.split("\r\n\r\n")[1]!)).toMatchObject({ code: "bad-request", status: 400 });
  });

  test("an Expect other than 100-continue is served as workerd serves it, not Node's bare 417 with no body", async () => {
    // Thirty-second round: Node answered `417 Expectation Failed` with an empty chunked body to any of these. Sent by
    // node:http (fetch refuses an `Expect` header).
    const parsed = await send(
      "POST",
      "/v1/parse",
      {
        "content-type": "text/plain; charset=utf-8",
        expect: "200-nope",
      },
      "新华社北京12月7日电 正文一段。",
    );
    expect(parsed.status).toBe(200);
    expect((JSON.parse(parsed.body) as { text: string }).text).toContain("正文一段");
    const missing = await send("GET", "/v1/nothing", { expect: "x".repeat(200) });
    expect([missing.status, missing.type]).toEqual([404, "application/problem+json"]);
    expect(JSON.parse(missing.body)).toMatchObject({ code: "not-found", status: 404 });
    // The first parse starts the parse pool's worker: seconds on a loaded machine.
  }, 60_000);

  test("the same query percent-encoded is answered by the API", async () => {
    const response = await fetch(`${server.url}/v1/articles?q=${encodeURIComponent("太保")}&limit=5`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ items: [], nextCursor: null });
  });
});

describe("a body cut short (its connection ended before its framing was whole)", () => {
  const story = Buffer.from("中国太保公告\n\n中国太保保费收入达到1200亿元。", "utf8");
  const head = (framing: string) =>
    Buffer.from(
      `POST /v1/articles HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Type: text/plain\r\n${framing}\r\n`,
      "latin1",
    );
  const cuts: [string, Buffer][] = [
    [
      "chunked without its last chunk",
      Buffer.concat([
        head("Transfer-Encoding: chunked\r\n"),
        Buffer.from(`${story.length.toString(16)}\r\n`),
        story,
        Buffer.from("\r\n"),
      ]),
    ],
    [
      "cut inside a chunk",
      Buffer.concat([
        head("Transfer-Encoding: chunked\r\n"),
        Buffer.from(`${(story.length + 10).toString(16)}\r\n`),
        story,
      ]),
    ],
    [
      "fewer bytes than its Content-Length",
      Buffer.concat([head(`Content-Length: ${story.length + 10}\r\n`), story]),
    ],
  ];
  for (const [name, request] of cuts) {
    test(`${name}: a problem+json 400, and no Article stored of what came`, async () => {
      const answer = await exchange(request);
      expect(answer).toMatch(/^HTTP\/1\.1 400 /);
      expect(answer).toMatch(/\r\ncontent-type: application\/problem\+json\r\n/i);
      // The request was handed to the app with the part that came: it must have refused it, not stored it.
      await new Promise((wait) => setTimeout(wait, 500));
      const list = await fetch(`${server.url}/v1/articles`);
      expect(((await list.json()) as { items: unknown[] }).items).toEqual([]);
    });
  }
});
