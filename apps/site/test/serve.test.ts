import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { get } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CSP_HEADER, type SiteServer, serveSite } from "../src/index.js";

let root: string;
let server: SiteServer;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "caixun-serve-test-"));
  const site = join(root, "site");
  await mkdir(join(site, "article", "x"), { recursive: true });
  await mkdir(join(site, "assets"), { recursive: true });
  await writeFile(join(site, "index.html"), "<!DOCTYPE html><p>home</p>");
  await writeFile(join(site, "article", "x", "index.html"), "<p>article</p>");
  await writeFile(join(site, "assets", "site.css"), "body{}");
  await writeFile(join(site, "404.html"), "<p>not found</p>");
  await writeFile(join(root, "secret.txt"), "outside the site");
  server = await serveSite({ dir: site, port: 0 });
});

afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

describe("site serve", () => {
  it("listens on loopback only by default", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("serves folder pages and assets with their content types and the CSP header", async () => {
    const home = await fetch(`${server.url}/`);
    expect(home.status).toBe(200);
    expect(home.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(home.headers.get("content-security-policy")).toBe(CSP_HEADER);
    expect(CSP_HEADER).toContain("script-src 'self'");
    const css = await fetch(`${server.url}/assets/site.css`);
    expect(css.headers.get("content-type")).toBe("text/css; charset=utf-8");
    expect(await (await fetch(`${server.url}/article/x`)).text()).toBe("<p>article</p>");
  });

  it("answers unknown paths with the site's 404 page", async () => {
    const missing = await fetch(`${server.url}/article/nope/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe("<p>not found</p>");
  });

  it("never serves a file outside the site", async () => {
    for (const path of [
      "/../secret.txt",
      "/..%2fsecret.txt",
      "/%2e%2e%2fsecret.txt",
      "/assets/..%2f..%2fsecret.txt",
    ]) {
      const { status, body } = await rawGet(path);
      expect(body, path).not.toContain("outside the site");
      expect(status, path).toBe(404);
    }
  });
});

/** A GET with the path sent exactly as written (fetch would normalise `..` away first). */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    get({ hostname, port, path }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        body += chunk;
      });
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    }).on("error", reject);
  });
}
