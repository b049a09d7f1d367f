import type { Server } from "node:http";
import type { Duplex } from "node:stream";
import { problem } from "./problem.js";

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
export function answerClientErrors(server: Server): void {
  server.on("clientError", (error: Error & { code?: string; rawPacket?: Buffer }, socket: Duplex) => {
    if (error.code === "ECONNRESET" || !socket.writable) {
      socket.destroy();
      return;
    }
    const line = requestLine(error);
    const detail =
      error.code === INVALID_URL && RAW_NON_ASCII.test(line)
        ? "the URL holds raw non-ASCII characters; percent-encode them (%E5%A4%AA%E4%BF%9D for 太保), e.g. curl -G URL --data-urlencode 'q=太保'"
        : `the request is not valid HTTP (${error.code ?? "parse error"})`;
    const body = JSON.stringify(problem("bad-request", detail));
    socket.end(
      [
        "HTTP/1.1 400 Bad Request",
        "Content-Type: application/problem+json",
        `Content-Length: ${Buffer.byteLength(body)}`,
        "Connection: close",
        "",
        body,
      ].join("\r\n"),
    );
  });
}
