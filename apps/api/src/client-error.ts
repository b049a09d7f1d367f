import type { Server } from "node:http";
import type { Duplex } from "node:stream";
import { type ProblemCode, problem, statusOf } from "./problem.js";

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
    const body = JSON.stringify(problem(refused.code, refused.detail));
    socket.end(
      [
        `HTTP/1.1 ${statusOf(refused.code)} ${problem(refused.code, "").title}`,
        "Content-Type: application/problem+json",
        `Content-Length: ${Buffer.byteLength(body)}`,
        "Connection: close",
        "",
        body,
      ].join("\r\n"),
    );
  });
}
