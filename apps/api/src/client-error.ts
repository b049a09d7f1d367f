import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { RequestError } from "@hono/node-server";
import { type ProblemCode, problem, statusOf } from "./problem.js";
import { API_CSP } from "./security-headers.js";

/** Node's parser error for a character the request line may not hold. */
const INVALID_URL = "HPE_INVALID_URL";

/** Bytes above 0x7f: UTF-8 written into the request line as it is, not percent-encoded. */
const RAW_NON_ASCII = /[\x80-\xff]/;

/** The request line as Node received it (latin1 keeps every byte as one character). */
function requestLine(error: Error & { rawPacket?: Buffer }): string {
  return error.rawPacket?.toString("latin1").split("\r\n", 1)[0] ?? "";
}

/**
 * What a request Node's HTTP parser refused gets, instead of Node's bare 400 with no body: a
 * problem+json 400 saying what was wrong. The common case is a URL with raw UTF-8
 * (`curl 'http://…/v1/articles?q=太保'`): workerd accepts it, Node's strict parser does not, so the
 * answer says to percent-encode it. The app never sees such a request; this is the server's answer.
 */
/** What a refused request is told: a request sent too slowly, headers too large, or not HTTP. */
function refusal(error: Error & { code?: string; rawPacket?: Buffer }): {
  code: ProblemCode;
  detail: string;
} {
  if (error.code === "ERR_HTTP_REQUEST_TIMEOUT") {
    return { code: "request-timeout", detail: "the request was not sent in time (REQUEST_TIMEOUT_MS)" };
  }
  if (error.code === "HPE_HEADER_OVERFLOW") {
    return { code: "headers-too-large", detail: "the request's headers are larger than the server takes" };
  }
  const detail =
    error.code === INVALID_URL && RAW_NON_ASCII.test(requestLine(error))
      ? "the URL holds raw non-ASCII characters; percent-encode them (%E5%A4%AA%E4%BF%9D for 太保), e.g. curl -G URL --data-urlencode 'q=太保'"
      : `the request is not valid HTTP (${error.code ?? "parse error"})`;
  return { code: "bad-request", detail };
}

export function answerClientErrors(server: Server): void {
  server.on("clientError", (error: Error & { code?: string; rawPacket?: Buffer }, socket: Duplex) => {
    if (error.code === "ECONNRESET" || !socket.writable) {
      socket.destroy();
      return;
    }
    const refused = refusal(error);
    endWithProblem(socket, refused.code, refused.detail);
  });
  // A request whose `Expect` is not `100-continue` (`Expect: 200-nope`) went to no app: Node answered a bare 417 with an
  // empty chunked body. It is served as any other request, as workerd serves it (to a Worker `Expect` is a header like
  // another): the route answers, or refuses with its problem.
  server.on("checkExpectation", (request: IncomingMessage, response: ServerResponse) => {
    server.emit("request", request, response);
  });
  // A CONNECT request is handed to "connect" listeners, and without one Node closed the connection
  // with no answer at all; the API has no tunnels, so it answers as for any method it has no route for.
  server.on("connect", (request: IncomingMessage, socket: Duplex) => {
    endWithProblem(socket, "not-found", `no route for CONNECT ${request.url ?? ""}`);
  });
}

/** Writes a whole problem+json response on a connection the app never saw, and closes it. */
function endWithProblem(socket: Duplex, code: ProblemCode, detail: string): void {
  const body = JSON.stringify(problem(code, detail));
  socket.end(
    [
      `HTTP/1.1 ${statusOf(code)} ${problem(code, "").title}`,
      "Content-Type: application/problem+json",
      `Content-Length: ${Buffer.byteLength(body)}`,
      "Connection: close",
      "",
      body,
    ].join("\r\n"),
  );
}

/**
 * What a request gets whose URL @hono/node-server cannot build (no `Host` header, as HTTP/1.0
 * clients may send; `OPTIONS *`; a backslash in the path; a `Host` that is no host; an absolute URL
 * of another scheme): a problem+json 400 with the reason, where the adapter answered a bare 400
 * with no body. Anything else the adapter catches is a fault of the server: logged, a 500 problem.
 */
export function unreadableRequest(error: unknown): Response {
  const readable = error instanceof RequestError;
  if (!readable) console.error(error);
  const body = readable
    ? problem(
        "bad-request",
        `the request's URL cannot be read (${error.message}); send a path such as /v1/articles and a Host header`,
      )
    : problem("internal-error", "the server failed to answer this request");
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: {
      "content-type": "application/problem+json",
      "content-security-policy": API_CSP,
      "referrer-policy": "no-referrer",
      "x-content-type-options": "nosniff",
    },
  });
}
