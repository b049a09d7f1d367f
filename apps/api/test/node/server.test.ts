import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { type NodeSettings, type RunningServer, startServer } from "./built-server.js";
import { SEEDS_DIR } from "./fixtures.js";

const dir = mkdtempSync(join(tmpdir(), "caixun-server-"));
const servers: RunningServer[] = [];
const seed000 = readFileSync(join(SEEDS_DIR, "000_ed6ab7b49aac3011.txt"));

// Closing twenty servers, each stopping its parse worker, took over vitest's 10 s at a load of 35.
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  rmSync(dir, { recursive: true, force: true });
}, 120_000);

async function start(settings: NodeSettings): Promise<RunningServer> {
  const server = await startServer({
    db: join(dir, `${servers.length}.db`),
    port: 0,
    host: "127.0.0.1",
    settings: { API_TOKEN: "token", PARSE_WORKERS: "1", ...settings },
  });
  servers.push(server);
  return server;
}

/**
 * For a test that holds bodies stalled on purpose, or queues parses behind others, without measuring the body's
 * pace or the queue's wait: at their defaults (1 KB a second over 5 s; 10 s) those are the machine's load as much as
 * the server's, and at a load of 23 the held bodies were cut (408) and queued parses refused (503) before the test
 * went on. The server sheds load as designed; the tests of the pace and of the wait set their own.
 */
const UNHURRIED = { BODY_RATE_WINDOW_MS: "600000", PARSE_QUEUE_WAIT_MS: "600000" };

/** POSTs the first seed to /v1/parse. */
const parseSeed = (server: RunningServer) =>
  fetch(`${server.url}/v1/parse`, {
    method: "POST",
    body: seed000,
    headers: { "content-type": "text/plain" },
  });

/** A Markdown file of `paragraphs` paragraphs (60,000: about a second of parsing cold, 0.3 s warm, here). */
function longFile(paragraphs: number): string {
  const paragraph =
    "中国太保聚焦主责主业，助力打赢疫情防控大战硬战。记者从公司获悉，保费收入达到1200亿元。\n\n";
  return `---\ntitle: 大\n---\n${paragraph.repeat(paragraphs)}`;
}

/** Parses `file` without waiting for the answer. */
const parseLater = (server: RunningServer, file: string) =>
  fetch(`${server.url}/v1/parse`, {
    method: "POST",
    body: file,
    headers: { "content-type": "text/markdown" },
  });

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * Sends raw requests on one TCP connection, one after the other as a keep-alive client does, and
 * reads the responses (Content-Length framed); stops at the first the connection does not answer.
 */
async function onOneConnection(url: string, requests: (string | Buffer)[]): Promise<RawResponse[]> {
  const { port } = new URL(url);
  const socket = connect(Number(port), "127.0.0.1");
  let buffer = Buffer.alloc(0);
  let closed = false;
  let wake: () => void = () => {};
  socket.on("data", (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    wake();
  });
  socket.on("close", () => {
    closed = true;
    wake();
  });
  socket.on("error", () => {});
  const responses: RawResponse[] = [];
  try {
    for (const request of requests) {
      socket.write(request);
      for (;;) {
        const response = takeResponse();
        if (response) {
          responses.push(response);
          break;
        }
        if (closed) return responses;
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
    }
    return responses;
  } finally {
    socket.destroy();
  }

  function takeResponse(): RawResponse | null {
    const end = buffer.indexOf("\r\n\r\n");
    if (end === -1) return null;
    const [statusLine, ...lines] = buffer.subarray(0, end).toString("latin1").split("\r\n");
    const headers = Object.fromEntries(
      lines.map((line) => [
        line.slice(0, line.indexOf(":")).toLowerCase(),
        line.slice(line.indexOf(":") + 1).trim(),
      ]),
    );
    const length = Number(headers["content-length"] ?? 0);
    if (buffer.length < end + 4 + length) return null;
    const body = buffer.subarray(end + 4, end + 4 + length).toString("utf8");
    buffer = buffer.subarray(end + 4 + length);
    return { status: Number(statusLine!.split(" ")[1]), headers, body };
  }
}

const get = (path: string) => `GET ${path} HTTP/1.1\r\nHost: t\r\n\r\n`;
const post = (path: string, body: Buffer, headers: Record<string, string> = {}) => {
  const all = { "Content-Type": "text/plain", "Content-Length": String(body.length), ...headers };
  const head = Object.entries(all).map(([name, value]) => `${name}: ${value}\r\n`);
  return Buffer.concat([Buffer.from(`POST ${path} HTTP/1.1\r\nHost: t\r\n${head.join("")}\r\n`), body]);
};
/** A chunked body: no Content-Length, so the server learns its size only by reading it. */
const postChunked = (path: string, body: Buffer) =>
  Buffer.concat([
    Buffer.from(
      `POST ${path} HTTP/1.1\r\nHost: t\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n`,
    ),
    Buffer.from(`${body.length.toString(16)}\r\n`),
    body,
    Buffer.from("\r\n0\r\n\r\n"),
  ]);

describe("keep-alive after an answer given before the body was needed", () => {
  test("413 (declared or chunked), 401 and 415 leave the connection usable for the next request", async () => {
    const server = await start({ BODY_LIMIT: String(64 * 1024) });
    const overLimit = Buffer.alloc(200 * 1024, "x");
    const underLimit = Buffer.alloc(60 * 1024, "x");
    const responses = await onOneConnection(server.url, [
      post("/v1/parse", overLimit),
      get("/v1/stats"),
      postChunked("/v1/parse", overLimit),
      get("/v1/stats"),
      post("/v1/articles", underLimit),
      get("/v1/stats"),
      post("/v1/articles", underLimit, { Authorization: "Bearer wrong" }),
      post("/v1/parse", underLimit, { "Content-Type": "application/x-www-form-urlencoded" }),
      get("/v1/stats"),
    ]);
    expect(responses.map((response) => response.status)).toEqual([
      413, 200, 413, 200, 401, 200, 401, 415, 200,
    ]);
    expect(JSON.parse(responses[0]!.body)).toMatchObject({ code: "body-too-large" });
    expect(responses.every((response) => response.headers.connection !== "close")).toBe(true);
  });

  test("a declared body far over the limit is answered at once with Connection: close", async () => {
    const server = await start({ BODY_LIMIT: "1024" });
    const [response] = await onOneConnection(server.url, [
      `POST /v1/parse HTTP/1.1\r\nHost: t\r\nContent-Type: text/plain\r\nContent-Length: 100000000\r\n\r\n`,
    ]);
    expect(response!.status).toBe(413);
    expect(response!.headers.connection).toBe("close");
  });
});

/**
 * A raw connection that sends a request in parts and resolves with the first response it gets;
 * `from` is the client's address (any of 127.0.0.0/8 reaches the server on Linux).
 */
function openRequest(url: string, first: string | Buffer, from = "127.0.0.1") {
  const socket = connect({ port: Number(new URL(url).port), host: "127.0.0.1", localAddress: from });
  socket.on("error", () => {});
  socket.write(first);
  let received = Buffer.alloc(0);
  const response = new Promise<RawResponse>((resolve) => {
    const settle = () => {
      const end = received.indexOf("\r\n\r\n");
      if (end === -1) return;
      const head = received.subarray(0, end).toString("latin1").split("\r\n");
      const headers = Object.fromEntries(
        head
          .slice(1)
          .map((line) => [
            line.slice(0, line.indexOf(":")).toLowerCase(),
            line.slice(line.indexOf(":") + 1).trim(),
          ]),
      );
      const length = Number(headers["content-length"] ?? 0);
      if (received.length < end + 4 + length) return;
      resolve({
        status: Number(head[0]!.split(" ")[1]),
        headers,
        body: received.subarray(end + 4, end + 4 + length).toString("utf8"),
      });
      socket.destroy();
    };
    socket.on("data", (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      settle();
    });
  });
  return { send: (rest: string | Buffer) => socket.write(rest), response, socket };
}

describe("request bodies held at once (BODY_BUDGET)", () => {
  test("a body that does not fit the budget is a 503 with Retry-After; the bytes come back once answered", async () => {
    const server = await start({ ...UNHURRIED, BODY_LIMIT: "1000", BODY_BUDGET: "2000" });
    // 1,000 bytes of text: 27 × 36 bytes of Han characters, then spaces.
    const text = Buffer.from("中国太保保费收入达到亿元".repeat(27));
    const body = Buffer.concat([text, Buffer.alloc(1000 - text.length, " ")]);
    const head = `POST /v1/parse HTTP/1.1\r\nHost: t\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\n`;
    // Two bodies of 1,000 bytes stop after 900 each: the budget holds 1,800 bytes.
    const stalled = [0, 1].map(() =>
      openRequest(server.url, Buffer.concat([Buffer.from(head), body.subarray(0, 900)])),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    // A third whose next 300 bytes do not fit is refused as they arrive.
    const third = openRequest(server.url, Buffer.concat([Buffer.from(head), body.subarray(0, 300)]));
    const refused = await third.response;
    expect(refused.status).toBe(503);
    expect(refused.headers["retry-after"]).toBe("1");
    expect(refused.headers["content-type"]).toContain("application/problem+json");
    expect(refused.headers["x-content-type-options"]).toBe("nosniff");
    expect(JSON.parse(refused.body)).toMatchObject({ code: "server-busy", status: 503 });

    // A chunked body while the budget is that full is refused the same way.
    const chunked = openRequest(
      server.url,
      "POST /v1/parse HTTP/1.1\r\nHost: t\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n",
    );
    chunked.send(`12c\r\n${" ".repeat(300)}\r\n`);
    expect((await chunked.response).status).toBe(503);

    for (const request of stalled) request.send(body.subarray(900));
    const answers = await Promise.all(stalled.map((request) => request.response));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    // Both answered: their 2,000 bytes are back, so two more bodies fit again.
    const again = await Promise.all(
      [0, 1].map(() => openRequest(server.url, Buffer.concat([Buffer.from(head), body])).response),
    );
    expect(again.map((answer) => answer.status)).toEqual([200, 200]);
  });

  test("a body holds the bytes it has sent, not the length it declares: slow clients do not lock others out", async () => {
    const server = await start({ ...UNHURRIED, BODY_LIMIT: "1000", BODY_BUDGET: "2000" });
    const head = `POST /v1/parse HTTP/1.1\r\nHost: t\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\n`;
    // Each declares 1,000 bytes and sends one: declared, two of them filled the budget, and every
    // other body was a 503 until REQUEST_TIMEOUT_MS cut them (30 s by default, and again).
    const trickles = Array.from({ length: 8 }, () => openRequest(server.url, `${head}a`));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const answer = await fetch(`${server.url}/v1/parse`, {
      method: "POST",
      body: "中国太保保费收入达到1200亿元。",
      headers: { "content-type": "text/plain" },
    });
    expect(answer.status).toBe(200);
    for (const trickle of trickles) trickle.socket.destroy();
  });

  test("a budget below the body limit is a deployment mistake, refused at start", async () => {
    await expect(start({ BODY_LIMIT: "1000", BODY_BUDGET: "999" })).rejects.toThrow(/BODY_BUDGET/);
    await expect(start({ BODY_LIMIT: "1000", BODY_BUDGET_PER_CLIENT: "999" })).rejects.toThrow(
      /BODY_BUDGET_PER_CLIENT \(999 bytes\) must be at least BODY_LIMIT/,
    );
    await expect(start({ BODY_MIN_RATE: "0" })).rejects.toThrow(/BODY_MIN_RATE/);
  });

  test("one client holds its share of the budget at most: others still get theirs", async () => {
    const server = await start({
      ...UNHURRIED,
      BODY_LIMIT: "1000",
      BODY_BUDGET: "4000",
      BODY_BUDGET_PER_CLIENT: "2000",
    });
    const head = `POST /v1/parse HTTP/1.1\r\nHost: t\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\n`;
    const body = Buffer.concat([Buffer.from("中国太保保费收入达到亿元".repeat(27)), Buffer.alloc(28, " ")]);
    const partial = Buffer.concat([Buffer.from(head), body.subarray(0, 900)]);
    // 127.0.0.1 holds 1,800 bytes of its 2,000; its third body does not fit its share.
    const stalled = [0, 1].map(() => openRequest(server.url, partial));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const third = await openRequest(server.url, partial).response;
    expect(third.status).toBe(503);
    expect(third.headers["retry-after"]).toBe("1");
    expect(JSON.parse(third.body)).toMatchObject({
      code: "server-busy",
      detail: expect.stringContaining("BODY_BUDGET_PER_CLIENT (2000 bytes)"),
    });
    // Another address has the rest of the budget: two whole bodies.
    const others = await Promise.all(
      [0, 1].map(
        () => openRequest(server.url, Buffer.concat([Buffer.from(head), body]), "127.0.0.2").response,
      ),
    );
    expect(others.map((answer) => answer.status)).toEqual([200, 200]);
    for (const request of stalled) request.send(body.subarray(900));
    expect((await Promise.all(stalled.map((request) => request.response))).map((r) => r.status)).toEqual([
      200, 200,
    ]);
  });

  test("clients of many addresses that fill the budget together still leave room for a new client", async () => {
    // Two shares of 2,000 fill the budget of 4,000: before, every other client was a 503 until the
    // stalled bodies were cut (BODY_MIN_RATE, REQUEST_TIMEOUT_MS), and as many addresses as the
    // budget holds shares could do it again and again.
    const server = await start({
      ...UNHURRIED,
      BODY_LIMIT: "1000",
      BODY_BUDGET: "4000",
      BODY_BUDGET_PER_CLIENT: "2000",
    });
    const head = `POST /v1/parse HTTP/1.1\r\nHost: t\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\n`;
    const body = Buffer.concat([Buffer.from("中国太保保费收入达到亿元".repeat(27)), Buffer.alloc(28, " ")]);
    const allButLast = Buffer.concat([Buffer.from(head), body.subarray(0, 999)]);
    const stalled = ["127.0.0.2", "127.0.0.2", "127.0.0.3", "127.0.0.3"].map((from) =>
      openRequest(server.url, allButLast, from),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    // A new client is under its fair share (4,000 over three clients): one stalled body is cut for it.
    const newcomer = await openRequest(server.url, Buffer.concat([Buffer.from(head), body]), "127.0.0.4")
      .response;
    expect(newcomer.status).toBe(200);
    for (const request of stalled) request.send(body.subarray(999));
    const answers = await Promise.all(stalled.map((request) => request.response));
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 200, 200, 503]);
    const cut = answers.find((answer) => answer.status === 503)!;
    expect(cut.headers.connection).toBe("close");
    expect(JSON.parse(cut.body)).toMatchObject({
      code: "server-busy",
      detail:
        "this body was cut to make room for other clients: this client held more than its fair share of the server's BODY_BUDGET (4000 bytes, shared by the clients sending bodies); retry in a moment",
    });
  });

  test("a body slower than BODY_MIN_RATE is a 408 that closes its connection and gives its bytes back", async () => {
    const server = await start({
      BODY_LIMIT: "1000",
      BODY_BUDGET: "3000",
      BODY_MIN_RATE: "1000",
      BODY_RATE_WINDOW_MS: "1000",
    });
    const head = `POST /v1/parse HTTP/1.1\r\nHost: t\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\n`;
    const body = Buffer.concat([Buffer.from("中国太保保费收入达到亿元".repeat(27)), Buffer.alloc(28, " ")]);
    // All but the last byte, then nothing; and one that trickles a byte every 100 ms after 900:
    // neither brings the 1,000 bytes a window asks, whatever the machine's load.
    const stalled = openRequest(server.url, Buffer.concat([Buffer.from(head), body.subarray(0, 999)]));
    const trickle = openRequest(server.url, Buffer.concat([Buffer.from(head), body.subarray(0, 900)]));
    let sent = 900;
    const dribble = setInterval(() => trickle.send(body.subarray(sent, ++sent)), 100);
    // An honest client that sends its body in two halves 100 ms apart: each half holds half a
    // window's due, so only a pause of a whole window (1 s) between them could cut it; a loaded
    // machine's timers slip by far less (at 50 ms steps against a 300 ms window, they did).
    const honest = openRequest(server.url, head, "127.0.0.2");
    honest.send(body.subarray(0, 500));
    await new Promise((resolve) => setTimeout(resolve, 100));
    honest.send(body.subarray(500));
    const started = Date.now();
    const [late, slow] = await Promise.all([stalled.response, trickle.response]);
    clearInterval(dribble);
    // Cut at the end of their first window or the next (1 s each), not at REQUEST_TIMEOUT_MS (30 s): a hang guard
    // half that, generous for a starved machine.
    expect(Date.now() - started).toBeLessThan(15_000);
    for (const answer of [late, slow]) {
      expect(answer.status).toBe(408);
      expect(answer.headers.connection).toBe("close");
      expect(JSON.parse(answer.body)).toMatchObject({
        code: "request-timeout",
        detail: "the body came slower than BODY_MIN_RATE (1000 bytes a second over 1000 ms)",
      });
    }
    expect((await honest.response).status).toBe(200);
    // Their bytes are back: three whole bodies (from three addresses) fit the budget again.
    const again = await Promise.all(
      [4, 5, 6].map(
        (host) =>
          openRequest(server.url, Buffer.concat([Buffer.from(head), body]), `127.0.0.${host}`).response,
      ),
    );
    expect(again.map((answer) => answer.status)).toEqual([200, 200, 200]);
  });

  test("eight clients that send all but the last byte of 2 MB no longer starve the rest (default settings)", async () => {
    const server = await start({});
    const size = 2 * 1024 * 1024;
    const head = `POST /v1/parse HTTP/1.1\r\nHost: t\r\nContent-Type: text/plain\r\nContent-Length: ${size}\r\n\r\n`;
    const almost = Buffer.concat([Buffer.from(head), Buffer.alloc(size - 1, "a")]);
    const started = Date.now();
    const attackers = Array.from({ length: 8 }, () => openRequest(server.url, almost));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    // Others (another address) parse meanwhile: before, 503 server-busy for REQUEST_TIMEOUT_MS.
    const honest = await Promise.all(
      [0, 1, 2, 3].map(() => openRequest(server.url, post("/v1/parse", seed000), "127.0.0.3").response),
    );
    expect(honest.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
    // The attacker's address holds two bodies (BODY_BUDGET_PER_CLIENT, 4 MB); the other six were
    // refused as they came, and the two are cut within a window or two of BODY_RATE_WINDOW_MS (5 s).
    const answers = await Promise.all(attackers.map((attacker) => attacker.response));
    expect(answers.map((answer) => answer.status).sort()).toEqual([408, 408, 503, 503, 503, 503, 503, 503]);
    // Within two windows or three, not REQUEST_TIMEOUT_MS (30 s): a hang guard, generous for a starved machine.
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 30_000);
});

describe("parsing off the event loop", () => {
  test("a parse over the time limit is a 422, the server answers meanwhile, and the pool recovers", async () => {
    const server = await start({
      ...UNHURRIED,
      BODY_LIMIT: String(16 * 1024 * 1024),
      PARSE_TIME_LIMIT_MS: "500",
    });
    const parseSeed = () =>
      fetch(`${server.url}/v1/parse`, {
        method: "POST",
        body: seed000,
        headers: { "content-type": "text/plain" },
      });
    expect((await parseSeed()).status).toBe(200);
    const paragraph =
      "中国太保聚焦主责主业，助力打赢疫情防控大战硬战。记者从公司获悉，保费收入达到1200亿元。\n\n";
    const slow = fetch(`${server.url}/v1/parse`, {
      method: "POST",
      // About 14 MB: more than a second of parsing on an idle machine.
      body: `---\ntitle: 大\n---\n${paragraph.repeat(100_000)}`,
      headers: { "content-type": "text/markdown" },
    });
    let settled = false;
    void slow.finally(() => {
      settled = true;
    });
    // While the worker is busy, the server's own thread answers other requests.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await fetch(`${server.url}/v1/stats`)).status).toBe(200);
    expect(settled).toBe(false);
    const refused = await slow;
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({ code: "parse-budget-exceeded" });
    expect((await parseSeed()).status).toBe(200);
  });

  test("a body of 75,000 tiny records is refused at RECORD_LIMIT, and the server answers meanwhile", async () => {
    const server = await start({ ...UNHURRIED, RECORD_LIMIT: "1000" });
    // 2 MB of the smallest records: storing them held the server's thread for over five minutes, and
    // parsing them answered 40 MB; the parse now stops at the 1,001st record.
    const record = '{"title":"a","content":"b"}\n';
    const dump = record.repeat(Math.floor((2 * 1024 * 1024) / record.length) - 1);
    const writes = ["/v1/articles", "/v1/parse"].map((path) =>
      fetch(`${server.url}${path}`, {
        method: "POST",
        body: dump,
        headers: { "content-type": "text/plain", authorization: "Bearer token" },
      }),
    );
    expect((await fetch(`${server.url}/v1/stats`)).status).toBe(200);
    for (const refused of await Promise.all(writes)) {
      expect(refused.status).toBe(413);
      expect(await refused.json()).toMatchObject({
        code: "body-too-large",
        detail:
          "the request holds more than 1000 records, over the server's limit of 1000 records a request (RECORD_LIMIT); nothing of it was stored: send the records in smaller parts",
      });
    }
    expect(await (await fetch(`${server.url}/v1/stats`)).json()).toMatchObject({ articles: 0 });
  });

  test("a request of more files than the queue holds is parsed whole, a few at a time", async () => {
    // All at once, 300 files filled a queue of 256 and the request was 503 "retry in a moment" on an
    // idle server, every time; here the queue holds 4.
    const server = await start({ ...UNHURRIED, PARSE_QUEUE: "4" });
    const files = Array.from({ length: 300 }, (_, i) => ({
      content: `---\ntitle: 第${i}条\n---\n正文第${i}条，保费收入达到${i}亿元。`,
      filename: `${i}.md`,
    }));
    const answer = await fetch(`${server.url}/v1/articles`, {
      method: "POST",
      body: JSON.stringify(files),
      headers: { "content-type": "application/json", authorization: "Bearer token" },
    });
    expect(answer.status).toBe(200);
    const stored = (await answer.json()) as {
      count: number;
      articles: { title: string; filename: string }[];
    };
    expect(stored.count).toBe(300);
    expect(stored.articles.map((article) => [article.title, article.filename])).toEqual(
      files.map((file, i) => [`第${i}条`, file.filename]),
    );
  });

  test("a full queue is a 503 with Retry-After, never a wait without end", async () => {
    const server = await start({ PARSE_QUEUE: "1", BODY_LIMIT: String(8 * 1024 * 1024) });
    const body = "段落。".repeat(600_000);
    const answers = await Promise.all(
      Array.from({ length: 4 }, () =>
        fetch(`${server.url}/v1/parse`, { method: "POST", body, headers: { "content-type": "text/plain" } }),
      ),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toContain(200);
    expect(statuses).toContain(503);
    const busy = answers.find((answer) => answer.status === 503)!;
    expect(busy.headers.get("retry-after")).toBe("1");
    expect(await busy.json()).toMatchObject({ code: "server-busy" });
  });

  test("an input sent while the pool starts its worker waits for it: PARSE_QUEUE_WAIT_MS runs from the start", async () => {
    // Before, the wait's clock ran while the worker started (loading core, a warm-up parse): a fresh server's
    // first inputs were 503 "no parse worker was free" with no parse running, always at 1 ms, and at the
    // default 10 s on a loaded machine (three of this file's tests, at a load of 14).
    const server = await start({ PARSE_QUEUE_WAIT_MS: "1" });
    expect((await parseSeed(server)).status).toBe(200);
  });

  test("an input that waits for a worker longer than PARSE_QUEUE_WAIT_MS is a 503, not a cut connection", async () => {
    const server = await start({
      PARSE_QUEUE_WAIT_MS: "150",
      PARSE_TIME_LIMIT_MS: "5000",
      BODY_LIMIT: String(16 * 1024 * 1024),
    });
    // The first input waits for the worker to start, however long the machine takes: no wait behind a parse.
    expect((await parseSeed(server)).status).toBe(200);
    // The one worker is busy with a long input while short ones keep coming, every 50 ms until the long
    // one is answered: those sent once its parse began wait, and one that waits past the limit is a 503.
    // A fixed delay before the short ones was not enough: on a quiet machine a warm worker parsed the long
    // input (60,000 paragraphs, 275 ms warm) before they came, and on a loaded one its upload came last.
    // 100,000 paragraphs take about 0.45 s warm here, three times the wait.
    let busy: Response | undefined;
    for (let attempt = 0; attempt < 3 && busy === undefined; attempt++) {
      let answered = false;
      const slow = parseLater(server, longFile(100_000)).finally(() => {
        answered = true;
      });
      const waiting: Promise<{ answer: Response; ms: number }>[] = [];
      while (!answered) {
        const sent = Date.now();
        waiting.push(parseSeed(server).then((answer) => ({ answer, ms: Date.now() - sent })));
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      // The long input waits too, behind the short ones already queued: at a load of 30 it was the one refused.
      expect([200, 422, 503]).toContain((await slow).status);
      for (const { answer, ms } of await Promise.all(waiting)) {
        expect([200, 503]).toContain(answer.status);
        // A refusal comes within the wait; a 200 after its parse, as long as the machine's load makes it.
        if (answer.status === 503) {
          expect(ms).toBeLessThan(5000);
          busy ??= answer;
        }
      }
    }
    expect(busy).toBeDefined();
    expect(busy!.headers.get("retry-after")).toBe("1");
    expect(await busy!.json()).toMatchObject({ code: "server-busy" });
  });

  test("a parse that needs more memory than a worker has is a 422, and the server goes on", async () => {
    const server = await start({ ...UNHURRIED, PARSE_MEMORY_MB: "48", BODY_LIMIT: String(16 * 1024 * 1024) });
    const paragraph = "保险公司经营状况良好，持续推进高质量发展。\n\n";
    const refused = await fetch(`${server.url}/v1/parse`, {
      method: "POST",
      body: paragraph.repeat(250_000),
      headers: { "content-type": "text/plain" },
    });
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({ code: "parse-budget-exceeded" });
    const again = await fetch(`${server.url}/v1/parse`, {
      method: "POST",
      body: seed000,
      headers: { "content-type": "text/plain" },
    });
    expect(again.status).toBe(200);
  });
});

describe("stopping", () => {
  test("a parse that outlives the shutdown grace is answered 503, not cut", async () => {
    const server = await start({
      SHUTDOWN_GRACE_MS: "300",
      PARSE_TIME_LIMIT_MS: "60000",
      BODY_LIMIT: String(16 * 1024 * 1024),
    });
    expect((await parseSeed(server)).status).toBe(200);
    // Seconds of parsing, far past the grace.
    const slow = parseLater(server, longFile(100_000));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const closing = server.close();
    // An answer, never a reset: 503 when the parse outlived the grace (it does, unless the machine
    // was fast enough to finish it within the second and a third).
    const answer = await slow;
    expect([200, 503]).toContain(answer.status);
    if (answer.status === 503) expect(await answer.json()).toMatchObject({ code: "server-busy" });
    await closing;
  });
});

describe("timeouts", () => {
  test("a client that stops sending mid-body is cut off after REQUEST_TIMEOUT_MS", async () => {
    const server = await start({ REQUEST_TIMEOUT_MS: "300" });
    const started = Date.now();
    const responses = await onOneConnection(server.url, [
      `POST /v1/parse HTTP/1.1\r\nHost: t\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\nonly part of it`,
    ]);
    const elapsed = Date.now() - started;
    expect(responses.map((response) => response.status)).toEqual([408]);
    expect(elapsed).toBeGreaterThanOrEqual(250);
    // A hang guard: cut at 300 ms; without the timeout it would wait for the rest of the body for good.
    expect(elapsed).toBeLessThan(30_000);
  });
});

describe("slow readers", () => {
  test("a client that stops reading its answer is cut off after IDLE_TIMEOUT_MS, not held for good", async () => {
    // An answer larger than the kernel's buffers on both ends (32 MB here): 75,000 tiny records
    // give about 40 MB of JSON Lines, so the server holds the rest while the client reads no more than its start.
    const server = await start({
      RECORD_LIMIT: "100000",
      IDLE_TIMEOUT_MS: "1000",
      PARSE_TIME_LIMIT_MS: "60000",
    });
    const record = '{"title":"a","content":"b"}\n';
    const dump = Buffer.from(record.repeat(Math.floor((2 * 1024 * 1024) / record.length) - 1));
    const socket = connect(Number(new URL(server.url).port), "127.0.0.1");
    socket.on("error", () => {});
    let closed = false;
    socket.on("close", () => {
      closed = true;
    });
    socket.write(
      `POST /v1/parse HTTP/1.1\r\nHost: t\r\nContent-Type: text/plain\r\nContent-Length: ${dump.length}\r\n\r\n`,
    );
    socket.write(dump);
    // Read until the answer starts, then stop reading (a paused socket leaves the rest in the kernel's buffers).
    // The parse takes about 5 s on an idle machine and several times that on a loaded one: no fixed sleep fits both.
    let received = Buffer.alloc(0);
    socket.on("data", (chunk: Buffer) => {
      if (received.length === 0) socket.pause();
      received = Buffer.concat([received, chunk]);
    });
    // At a load of 35 the answer had not begun after 75 s.
    const answerBy = Date.now() + 200_000;
    while (received.length === 0 && !closed && Date.now() < answerBy) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // Stay paused past the idle limit: the server's writes block once both ends' buffers are full.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    socket.resume();
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const head = received.subarray(0, received.indexOf("\r\n\r\n")).toString("latin1");
    const declared = Number(/content-length: (\d+)/i.exec(head)?.[1]);
    expect(head).toMatch(/^HTTP\/1\.1 200 /);
    expect(declared).toBeGreaterThan(40_000_000);
    // Cut: what the kernel held arrived, the rest never did, and the connection is closed.
    expect(received.length).toBeLessThan(declared);
    expect(closed).toBe(true);
    socket.destroy();
  }, 240_000);
});

describe("headers", () => {
  test("every answer says nosniff and carries a CSP; /docs allows only its own style sheet", async () => {
    const server = await start({});
    for (const path of ["/v1/stats", "/v1/articles/none", "/openapi.json", "/nowhere"]) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(response.headers.get("content-security-policy"), path).toMatch(/^default-src 'none'/);
      expect(response.headers.get("referrer-policy"), path).toBe("no-referrer");
    }
    const docs = await fetch(`${server.url}/docs`);
    const csp = docs.headers.get("content-security-policy")!;
    const style = /<style>([\s\S]*?)<\/style>/.exec(await docs.text())![1]!;
    const hash = Buffer.from(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(style))).toString(
      "base64",
    );
    expect(csp).toContain(`style-src 'sha256-${hash}'`);
    expect(csp).not.toContain("script-src");
    expect(docs.headers.get("referrer-policy")).toBe("no-referrer");
  });

  test("CORS headers only for the configured origins", async () => {
    const closed = await start({});
    const open = await start({ CORS_ORIGINS: "https://news.example" });
    const ask = (server: RunningServer, origin: string) =>
      fetch(`${server.url}/v1/stats`, { headers: { origin } });
    expect((await ask(closed, "https://news.example")).headers.get("access-control-allow-origin")).toBeNull();
    expect((await ask(open, "https://news.example")).headers.get("access-control-allow-origin")).toBe(
      "https://news.example",
    );
    expect((await ask(open, "https://evil.example")).headers.get("access-control-allow-origin")).toBeNull();
    const preflight = await fetch(`${open.url}/v1/articles`, {
      method: "OPTIONS",
      headers: {
        origin: "https://news.example",
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization, content-type",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-headers")).toBe("authorization,content-type");
  });
});

describe("requests whose URL cannot be read", () => {
  test("get a problem+json 400 saying why, the connection kept; CONNECT a 404 instead of silence", async () => {
    const server = await start({});
    const unreadable = (reason: string) =>
      `the request's URL cannot be read (${reason}); send a path such as /v1/articles and a Host header`;
    // Each was Node's or the adapter's bare 400 with no body (CONNECT: the connection closed unanswered).
    const cases: [string, string][] = [
      ["GET /v1/stats HTTP/1.1\r\n\r\n", unreadable("Missing host header")],
      ["GET /v1/stats HTTP/1.0\r\n\r\n", unreadable("Missing host header")],
      ["OPTIONS * HTTP/1.1\r\nHost: t\r\n\r\n", unreadable("Invalid URL")],
      ["GET /v1\\stats HTTP/1.1\r\nHost: t\r\n\r\n", unreadable("Backslash in request path")],
      ["GET /v1/stats HTTP/1.1\r\nHost: a@b\r\n\r\n", unreadable("Invalid host header")],
      ["GET ftp://t/v1/stats HTTP/1.1\r\nHost: t\r\n\r\n", unreadable("Invalid URL")],
      ["GET http://[::1/v1 HTTP/1.1\r\nHost: t\r\n\r\n", unreadable("Invalid absolute URL")],
    ];
    for (const [request, detail] of cases) {
      const [refused, next] = await onOneConnection(server.url, [request, get("/v1/stats")]);
      expect(refused?.status).toBe(400);
      expect(refused?.headers["content-type"]).toBe("application/problem+json");
      expect(refused?.headers["x-content-type-options"]).toBe("nosniff");
      expect(JSON.parse(refused!.body)).toEqual({
        type: "about:blank",
        title: "Bad Request",
        status: 400,
        code: "bad-request",
        detail,
      });
      // HTTP/1.0 closes after its answer; the others keep the connection for the next request.
      if (!request.includes("HTTP/1.0")) expect(next?.status).toBe(200);
    }
    const [tunnel] = await onOneConnection(server.url, ["CONNECT t:80 HTTP/1.1\r\nHost: t\r\n\r\n"]);
    expect(tunnel?.status).toBe(404);
    expect(JSON.parse(tunnel!.body)).toMatchObject({
      code: "not-found",
      detail: "no route for CONNECT t:80",
    });
  });
});
