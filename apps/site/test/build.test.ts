import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Failed, parseArticles } from "@caixun/inputs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BuildSiteResult, buildSite, SiteOutputError } from "../src/index.js";
import { SEQUENCE_MARKER } from "../src/pages/article.js";

const SEEDS = join(import.meta.dirname, "../../../seeds");

let work: string;
let outDir: string;
let result: BuildSiteResult;
let htmlFiles: string[];
const failures: { file: string; code: string }[] = [];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "caixun-build-test-"));
  outDir = join(work, "site");
  const extra = join(work, "inputs");
  await mkdir(extra);
  // A binary file fails alone; a second copy of seed 000 gets its own page under a suffixed id.
  await writeFile(
    join(extra, "binary.md"),
    Uint8Array.from({ length: 512 }, (_, i) => (i * 7) % 256),
  );
  const seed000 = (await readdir(SEEDS)).find((name) => name.startsWith("000_"))!;
  await writeFile(join(extra, "copy-of-000.txt"), await readFile(join(SEEDS, seed000)));
  // Parsed on the worker pool, as `caixun site build` does; the inputs that fail never reach the builder.
  const articles = parseArticles([SEEDS, extra], {
    onOther: (input, outcome) => {
      failures.push({ file: input.path, code: (outcome as Failed).failure.code });
    },
  });
  result = await buildSite({ articles, outDir, pageSize: 2, baseUrl: "https://news.example.com/" });
  htmlFiles = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith(".html"));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("buildSite", () => {
  it("builds every good input; the bad one fails alone without stopping the build", () => {
    expect(result.articles).toBe(6);
    expect(failures).toEqual([{ file: join(work, "inputs", "binary.md"), code: "binary" }]);
    expect(result.duplicateIds).toBe(1);
  });

  it("publishes a duplicate id under a suffix, keeping the first at the stable URL", async () => {
    const first = await readFile(join(outDir, "article/NW202201302266849892/index.html"), "utf8");
    const second = await readFile(join(outDir, "article/NW202201302266849892-2/index.html"), "utf8");
    expect(first).toContain('data-id="NW202201302266849892"');
    expect(second).toContain('data-id="NW202201302266849892-2"');
  });

  it("links every article page to its neighbours and leaves no marker behind", async () => {
    for (const file of htmlFiles.filter((path) => path.startsWith("article/"))) {
      expect(await readFile(join(outDir, file), "utf8"), file).not.toContain(SEQUENCE_MARKER);
    }
    const page = await readFile(join(outDir, "article/NW202201302266849892/index.html"), "utf8");
    expect(page).toContain('rel="prev" href="/article/NW202204282363815497/"');
  });

  it("paginates listings, showing a story once", async () => {
    // 北方网: seeds 000 and 002; the copy of 000 tells 000's story, listed once. Two to a page.
    const beifang = join(outDir, "source/北方网");
    const first = await readFile(join(beifang, "index.html"), "utf8");
    expect(first).toContain("另有1篇报道");
    await expect(readFile(join(beifang, "page/2/index.html"))).rejects.toThrow();
    // 2022-01 holds seed 000 and its copy: one story.
    expect(
      (await readFile(join(outDir, "month/2022-01/index.html"), "utf8")).match(/class="title"/g),
    ).toHaveLength(1);
  });

  it("writes no inline script, style or event handler into any page (the CSP forbids them)", async () => {
    expect(htmlFiles.length).toBeGreaterThan(20);
    for (const file of htmlFiles) {
      const html = await readFile(join(outDir, file), "utf8");
      expect(html, file).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html, file).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
      expect(html, file).toMatch(/^<!DOCTYPE html><html lang="zh-CN">/);
      expect(html, file).toContain(
        `<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; script-src &#39;self&#39;`,
      );
    }
  });

  it("writes the Cloudflare headers file, the assets and the search index", async () => {
    const headers = await readFile(join(outDir, "_headers"), "utf8");
    expect(headers).toContain("Content-Security-Policy: default-src 'self'; script-src 'self'");
    expect(headers).toContain("/assets/*\n  Cache-Control: public, max-age=31536000, immutable");
    // Every asset is named by its content, and pages link those names.
    const assets = (await readdir(join(outDir, "assets"))).sort();
    expect(assets).toEqual([
      expect.stringMatching(/^favicon\.[0-9a-f]{8}\.svg$/),
      expect.stringMatching(/^playground\.[0-9a-f]{8}\.js$/),
      expect.stringMatching(/^search\.[0-9a-f]{8}\.js$/),
      expect.stringMatching(/^site\.[0-9a-f]{8}\.css$/),
    ]);
    const home = await readFile(join(outDir, "index.html"), "utf8");
    expect(home).toContain(`<link rel="stylesheet" href="/assets/${assets[3]}"/>`);
    const meta = JSON.parse(await readFile(join(outDir, "search/meta.json"), "utf8"));
    expect(meta).toEqual({ version: 1, documents: 6, shardCount: 64, docsPerChunk: 1000 });
  });

  it("gives every page a canonical URL and Open Graph tags, articles their publish time", async () => {
    const page = await readFile(join(outDir, "article/NW202201302266849892/index.html"), "utf8");
    expect(page).toContain(
      '<link rel="canonical" href="https://news.example.com/article/NW202201302266849892/"/>',
    );
    expect(page).toContain('<meta property="og:type" content="article"/>');
    expect(page).toContain('<meta property="og:title" content="连续六年！中国太保产、寿险双膺经营评价A级"/>');
    expect(page).toContain(
      '<meta property="og:url" content="https://news.example.com/article/NW202201302266849892/"/>',
    );
    expect(page).toContain('<meta property="article:published_time" content="2022-01-30T09:59:17+08:00"/>');
    const source = await readFile(join(outDir, "source/北方网/index.html"), "utf8");
    expect(source).toContain(
      '<link rel="canonical" href="https://news.example.com/source/%E5%8C%97%E6%96%B9%E7%BD%91/"/>',
    );
    expect(source).toContain('type="application/atom+xml" title="北方网 最新文章"');
  });

  it("writes Atom feeds for the site and each source and security, RSS for the site", async () => {
    const atom = await readFile(join(outDir, "feed.xml"), "utf8");
    expect(atom).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/,
    );
    // Newest first; seed 001 has no date, and a feed is about what is new, so it is left out.
    const titles = [...atom.matchAll(/<entry>\n<title>([^<]*)<\/title>/g)].map((match) => match[1]);
    expect(titles).toHaveLength(5);
    expect(titles.at(-1)).toBe("连续六年！中国太保产、寿险双膺经营评价A级");
    expect(atom).toContain(
      '<link rel="alternate" type="text/html" href="https://news.example.com/article/NW202201302266849892/"/>',
    );
    expect(atom).toContain("<published>2022-01-30T09:59:17+08:00</published>");
    const rss = await readFile(join(outDir, "rss.xml"), "utf8");
    expect(rss).toContain("<pubDate>Sun, 30 Jan 2022 01:59:17 GMT</pubDate>");
    const perSource = await readFile(join(outDir, "source/北方网/feed.xml"), "utf8");
    // A source's feed lists what its page lists: each story once (000 and its copy are one story).
    expect([...perSource.matchAll(/<entry>/g)]).toHaveLength(2);
    const perSecurity = await readFile(join(outDir, "security/601601.SH/feed.xml"), "utf8");
    expect(perSecurity).toContain("<title>连续六年！中国太保产、寿险双膺经营评价A级</title>");
  });

  it("writes sitemap.xml with every page and robots.txt naming it", async () => {
    const sitemap = await readFile(join(outDir, "sitemap.xml"), "utf8");
    expect(sitemap).toContain(
      "<url><loc>https://news.example.com/article/NW202201302266849892/</loc><lastmod>2022-01-30T09:59:17+08:00</lastmod></url>",
    );
    expect(sitemap).toContain("<url><loc>https://news.example.com/latest/</loc></url>");
    const locs = [...sitemap.matchAll(/<loc>https:\/\/news\.example\.com([^<]*)<\/loc>/g)].map((m) =>
      decodeURIComponent(m[1]!),
    );
    for (const path of locs) {
      const file = path.endsWith("/") ? `${path}index.html` : path;
      await expect(readFile(join(outDir, file)), path).resolves.toBeDefined();
    }
    expect(locs.filter((path) => path.startsWith("/article/"))).toHaveLength(6);
    expect(await readFile(join(outDir, "robots.txt"), "utf8")).toBe(
      "User-agent: *\nAllow: /\n\nSitemap: https://news.example.com/sitemap.xml\n",
    );
  });

  it("lists every article, newest first, under /latest/, and the unknown-source ones on their own page", async () => {
    const latest = await readFile(join(outDir, "latest/index.html"), "utf8");
    expect(latest).toContain("共 6 篇，第 1/3 页");
    const unknown = await readFile(join(outDir, "source/来源不明/index.html"), "utf8");
    expect(unknown).toContain("这些文章的文件没有写明出处");
    const home = await readFile(join(outDir, "index.html"), "utf8");
    expect(home).toContain('href="/source/%E6%9D%A5%E6%BA%90%E4%B8%8D%E6%98%8E/">来源不明的 1 篇</a>');
  });

  it("shows category slugs as the outlet's name and keeps editor warnings off article pages", async () => {
    const page = await readFile(join(outDir, "article/NW202201302266849892/index.html"), "utf8");
    expect(page).toContain('<a class="term category" href="/category/beifangwang/">北方网</a>');
    expect(page).not.toContain("future-year");
    expect(page).not.toContain("编辑提示");
  });

  it("without a base URL writes relative feeds and no sitemap", async () => {
    const bare = join(work, "bare");
    const built = await buildSite({ articles: parseArticles([SEEDS]), outDir: bare });
    expect(built.sitemap).toBe(false);
    await expect(readFile(join(bare, "sitemap.xml"))).rejects.toThrow();
    expect(await readFile(join(bare, "robots.txt"), "utf8")).toBe("User-agent: *\nAllow: /\n");
    const atom = await readFile(join(bare, "feed.xml"), "utf8");
    expect(atom).toContain('<link rel="alternate" type="text/html" href="/article/NW202201302266849892/"/>');
    expect(atom).toContain("<id>urn:caixun:/article/NW202201302266849892/</id>");
    const page = await readFile(join(bare, "article/NW202201302266849892/index.html"), "utf8");
    expect(page).toContain('<link rel="canonical" href="/article/NW202201302266849892/"/>');
    expect(page).not.toContain("og:url");
  });

  it("refuses a base URL that is not http(s)", async () => {
    await expect(
      buildSite({ articles: [], outDir: join(work, "bad"), baseUrl: "news.example.com" }),
    ).rejects.toThrow("is not a URL");
    await expect(
      buildSite({ articles: [], outDir: join(work, "bad"), baseUrl: "ftp://x.org" }),
    ).rejects.toThrow("must start with https://");
  });

  it("replaces its own previous site but refuses a folder it did not build", async () => {
    await buildSite({ articles: parseArticles([SEEDS]), outDir });
    expect(await readdir(join(outDir, "article"))).toHaveLength(5);
    const foreign = join(work, "foreign");
    await mkdir(foreign);
    await writeFile(join(foreign, "notes.txt"), "keep me");
    await expect(buildSite({ articles: [], outDir: foreign })).rejects.toThrow(SiteOutputError);
    expect(await readFile(join(foreign, "notes.txt"), "utf8")).toBe("keep me");
  });

  it("takes two builds into one folder at once: the one that ends last is the site, nothing is left beside it", async () => {
    const shared = join(work, "twice");
    const articles = [];
    for await (const article of parseArticles([SEEDS])) articles.push(article);
    const builds = await Promise.all([
      buildSite({ articles, outDir: shared }),
      buildSite({ articles: articles.slice(0, 2), outDir: shared }),
    ]);
    expect(builds.map((built) => built.articles)).toEqual([5, 2]);
    expect([2, 5]).toContain((await readdir(join(shared, "article"))).length);
    expect((await readdir(work)).filter((name) => name.startsWith(".twice"))).toEqual([]);
  });
});
