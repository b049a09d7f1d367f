import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join, normalize, resolve, sep } from "node:path";
import { ASSET_CACHE_CONTROL, SECURITY_HEADERS } from "../build/security-headers.js";
import { contentTypeOf } from "./content-types.js";

export interface ServeSiteOptions {
  /** The built site. */
  dir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Loopback by default: a preview is not meant for the network. */
  host?: string;
}

export interface SiteServer {
  url: string;
  close(): Promise<void>;
}

/** The file a URL path maps to inside `root`, or null when the path tries to leave it. */
function fileForUrl(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const target = normalize(join(root, decoded));
  if (target !== root && !target.startsWith(root + sep)) return null;
  return decoded.endsWith("/") ? join(target, "index.html") : target;
}

async function fileToServe(root: string, urlPath: string): Promise<{ file: string; status: number } | null> {
  const file = fileForUrl(root, urlPath);
  if (file !== null) {
    const info = await stat(file).catch(() => null);
    if (info?.isFile()) return { file, status: 200 };
    // `/article/x` without the slash: serve the folder's page, as static hosts do.
    if (info?.isDirectory()) {
      const index = join(file, "index.html");
      if ((await stat(index).catch(() => null))?.isFile()) return { file: index, status: 200 };
    }
  }
  const notFound = join(root, "404.html");
  return (await stat(notFound).catch(() => null))?.isFile() ? { file: notFound, status: 404 } : null;
}

async function handle(root: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.writeHead(405, { Allow: "GET, HEAD" }).end();
    return;
  }
  const path = new URL(request.url ?? "/", "http://localhost").pathname;
  const found = await fileToServe(root, path);
  if (found === null) {
    response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("not found\n");
    return;
  }
  response.writeHead(found.status, {
    "Content-Type": contentTypeOf(found.file),
    // As the _headers file says for static hosts: hashed assets forever, everything else revalidated.
    "Cache-Control": path.startsWith("/assets/") ? ASSET_CACHE_CONTROL : "no-cache",
  });
  if (request.method === "HEAD") {
    response.end();
    return;
  }
  createReadStream(found.file)
    .on("error", () => response.destroy())
    .pipe(response);
}

/** A small static file server for previewing a built site, with the site's security headers. */
export async function serveSite(options: ServeSiteOptions): Promise<SiteServer> {
  const root = resolve(options.dir);
  const host = options.host ?? "127.0.0.1";
  const server: Server = createServer((request, response) => {
    handle(root, request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500).end();
      else response.destroy();
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}`,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolveClose()));
      }),
  };
}
