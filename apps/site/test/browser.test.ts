import { existsSync, readdirSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { countInputs, parseArticles, resolveInputs } from "@caixun/inputs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../scripts/chromium.js";
import { type BuildSiteResult, buildSite, type SiteServer, serveSite } from "../src/index.js";

const SEEDS = join(import.meta.dirname, "../../../seeds");
const DATASETS = join(import.meta.dirname, "../../../datasets");
const CORPUS = join(import.meta.dirname, "../../../../shared/corpus");
const ARTIFACTS = join(import.meta.dirname, "../test-artifacts");
const HAS_CORPUS = existsSync(CORPUS);
/** The corpus's input families; `gold/` beside them holds expected outputs, not news. */
const CORPUS_FAMILIES = HAS_CORPUS
  ? readdirSync(CORPUS, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== "gold")
      .map((entry) => join(CORPUS, entry.name))
  : [];
if (!HAS_CORPUS) console.warn(`corpus checks skipped: ${CORPUS} is absent (only the seeds are built)`);

const SEED_000 = "NW202201302266849892";
const SEED_TITLES = {
  "000": "连续六年！中国太保产、寿险双膺经营评价A级",
  "001": "中国太保产险曾义:金融为民守初心,将消费者权益保护进行到底",
  "002": "中国太保聚焦主责主业 助力打赢疫情防控大战硬战",
  "003": "中国人保为加快建设经济强省美丽河北提供保险保障",
  "004": "平安产险多项服务获评_2021中国银行业保险业年度服务创新案例",
};

const VIEWPORTS = [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

let outDir: string;
let build: BuildSiteResult;
/** Inputs that gave no article. */
const failures: string[] = [];
let server: SiteServer;
let browser: Browser;

beforeAll(async () => {
  outDir = join(await mkdtemp(join(tmpdir(), "caixun-site-test-")), "site");
  const inputs = [SEEDS, ...CORPUS_FAMILIES];
  const articles = parseArticles(inputs, {
    onOther: (input, outcome) => {
      if (outcome.status === "failed") failures.push(input.path);
    },
  });
  build = await buildSite({ articles, outDir });
  server = await serveSite({ dir: outDir, port: 0, host: "127.0.0.1" });
  browser = await launchChromium();
  await mkdir(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) await rm(join(outDir, ".."), { recursive: true, force: true });
});

/** Console errors, uncaught exceptions and failed requests of a page: each one fails the test. */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning")
      problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

/**
 * Opens a page at each viewport, runs the checks, saves a full-page screenshot per viewport and
 * fails on any console error or CSP violation.
 */
async function visit(name: string, path: string, check: (page: Page) => Promise<void>): Promise<void> {
  for (const viewport of VIEWPORTS) {
    const page = await browser.newPage({ viewport: { width: viewport.width, height: viewport.height } });
    const problems = watchProblems(page);
    try {
      await page.goto(`${server.url}${path}`, { waitUntil: "load" });
      await check(page);
      await page.screenshot({ path: join(ARTIFACTS, `${name}-${viewport.name}.png`), fullPage: true });
      // The first screen alone, at full resolution: what a reader sees before scrolling.
      await page.screenshot({ path: join(ARTIFACTS, `${name}-${viewport.name}-first-screen.png`) });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${name} scrolls sideways at ${viewport.width}px`).toBeLessThanOrEqual(0);
    } finally {
      await page.close();
    }
    expect(problems, `${name} at ${viewport.name}`).toEqual([]);
  }
}

describe("the built site in Chromium", () => {
  it("builds every seed", () => {
    expect(failures).toEqual([]);
    expect(build.articles).toBeGreaterThanOrEqual(5);
  });

  it("home page lists the seeds in sections by source", async () => {
    await visit("home", "/", async (page) => {
      expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
      const section = (source: string) =>
        page.locator("section.source-section", { has: page.locator(`h2:has-text("${source}")`) });
      await expect
        .poll(() => section("北方网").locator(".article-list .title").allTextContents())
        .toEqual(expect.arrayContaining([SEED_TITLES["000"], SEED_TITLES["002"]]));
      expect(await section("河北日报").locator(".article-list .title").allTextContents()).toContain(
        SEED_TITLES["003"],
      );
      expect(await section("雅安日报").locator(".article-list .title").allTextContents()).toContain(
        SEED_TITLES["004"],
      );
      expect(await page.locator(".chart svg title").first().textContent()).toBe("每日文章数（按来源）");
      // The newest articles of every source, the unknown one included, and the way to the rest.
      const latest = await page.locator("section.latest .article-list li").count();
      expect(latest).toBe(Math.min(20, build.articles));
      expect(await page.locator("section.latest .more").allTextContents()).toEqual([
        `全部 ${build.articles} 篇，按时间`,
        expect.stringMatching(/^来源不明的 \d+ 篇$/),
      ]);
    });
  });

  it("the feeds parse as XML in the browser, and the latest list has a page", async () => {
    await visit("latest", "/latest/", async (page) => {
      expect(await page.locator("h1").textContent()).toBe("全部文章");
      for (const path of ["/feed.xml", "/rss.xml", `/source/${encodeURIComponent("北方网")}/feed.xml`]) {
        const verdict = await page.evaluate(async (url) => {
          const text = await (await fetch(url)).text();
          const xml = new DOMParser().parseFromString(text, "application/xml");
          return xml.querySelector("parsererror")?.textContent ?? xml.documentElement.nodeName;
        }, path);
        expect(verdict, path).toBe(path === "/rss.xml" ? "rss" : "feed");
      }
    });
  });

  it("article page of seed 000 shows its securities and no boilerplate", async () => {
    await visit("article-000", `/article/${SEED_000}/`, async (page) => {
      const article = page.locator("article");
      expect(await article.locator("h1").textContent()).toBe(SEED_TITLES["000"]);
      const securities = await article
        .locator(".securities a")
        .evaluateAll((links) => links.map((link) => [link.getAttribute("href"), link.textContent]));
      expect(securities).toEqual([
        ["/security/601601.SH/", "中国太保601601SH"],
        ["/security/02601.HK/", "中国太保02601HK"],
        ["/security/CPIC.LSE/", "中国太保CPICLSE"],
      ]);
      expect(await article.locator(".provenance").textContent()).toContain("北方网");
      const text = await page.locator("body").textContent();
      for (const boilerplate of ["文章来源", "返回首页", "K图", "NewsShare"])
        expect(text).not.toContain(boilerplate);
      expect(await article.locator(".article-body").innerHTML()).not.toContain("NewsShare");
      expect(await article.locator(".article-body p").first().textContent()).toMatch(
        /^1月28日，由中国保险行业协会公布/,
      );
      // Editor warnings (seed 000 has future-year) are for curators, not readers.
      expect(await article.locator("details.warnings").count()).toBe(0);
      expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toBe(`/article/${SEED_000}/`);
    });
  });

  it("search for 太保 returns the 中国太保 seed articles", async () => {
    await visit("search-taibao", "/search/?q=%E5%A4%AA%E4%BF%9D", async (page) => {
      await expect.poll(() => page.locator("#search-status").textContent()).toMatch(/^找到 \d+ 篇/);
      const titles = await page.locator("#search-results .title").allTextContents();
      expect(titles).toEqual(
        expect.arrayContaining([SEED_TITLES["000"], SEED_TITLES["001"], SEED_TITLES["002"]]),
      );
      expect(titles).not.toContain(SEED_TITLES["004"]);
      // Each result shows the passage of its text around the match, read from the article's page.
      const snippet = page.locator("#search-results li").first().locator(".snippet");
      await expect.poll(() => snippet.locator("mark").count()).toBeGreaterThan(0);
      expect(await snippet.textContent()).toMatch(/太保/);
      expect(new Set(await page.locator("#search-results mark").allTextContents())).toEqual(
        new Set(["太保"]),
      );
      const firstLink = await page.locator("#search-results .title").first().getAttribute("href");
      expect(firstLink).toMatch(/^\/article\/[^/]+\/$/);
    });
  });

  it("the playground parses seed 004 in the browser and shows source 雅安日报", async () => {
    const seed004 = (await readdir(SEEDS)).find((name) => name.startsWith("004_"))!;
    const raw = await readFile(join(SEEDS, seed004), "utf8");
    await visit("playground-004", "/playground/", async (page) => {
      await page.locator("#playground-input").fill(raw);
      await page.locator("#playground-form button[type=submit]").click();
      await expect.poll(() => page.locator('[data-field="source"]').textContent()).toBe("雅安日报");
      expect(await page.locator('[data-field="via"]').textContent()).toBe("中新网四川 → 趣头条");
      expect(await page.locator('[data-field="title"]').textContent()).toBe(SEED_TITLES["004"]);
      expect(await page.locator("#playground-body").textContent()).not.toContain("公益广告");
    });
  });

  it("the playground reads a pasted JSON record as a record (the readers of @caixun/core/records are in its bundle)", async () => {
    const raw = await readFile(
      join(DATASETS, "fresh-13/json-record/xinwenlianbo__2025-10-31-8.json"),
      "utf8",
    );
    await visit("playground-json-record", "/playground/", async (page) => {
      await page.locator("#playground-input").fill(raw);
      await page.locator("#playground-form button[type=submit]").click();
      await expect.poll(() => page.locator('[data-field="format"]').textContent()).toBe("dump-record");
      expect(await page.locator('[data-field="title"]').textContent()).toBe(
        "【学习贯彻党的二十届四中全会精神】中央宣讲团在各地宣讲党的二十届四中全会精神",
      );
      expect(await page.locator("#playground-warnings").isHidden()).toBe(true);
      const article = JSON.parse((await page.locator("#playground-json").textContent())!);
      expect(article.publishedAt).toBe("2025-10-31T00:00:00+08:00");
      expect(article.warnings).toEqual([]);
    });
  });

  it("overview, month, source and security pages list their articles", async () => {
    await visit("sources", "/sources/", async (page) => {
      const sources = await page.locator(".overview a").allTextContents();
      expect(sources).toEqual(expect.arrayContaining(["北方网", "河北日报", "雅安日报", "来源不明"]));
    });
    await visit("month-2022-01", "/month/2022-01/", async (page) => {
      expect(await page.locator("h1").textContent()).toBe("2022年1月");
      expect(await page.locator(".article-list .title").allTextContents()).toContain(SEED_TITLES["000"]);
    });
    await visit("security-601601", "/security/601601.SH/", async (page) => {
      expect(await page.locator("h1").textContent()).toBe("中国太保 601601.SH（上交所）");
      // The company's other listings, from the securities dictionary, linked where the site has their page.
      expect(await page.locator(".listings").textContent()).toContain("中国太保 02601.HK");
      expect(
        await page.locator(".listings a").evaluateAll((links) => links.map((l) => l.getAttribute("href"))),
      ).toEqual(expect.arrayContaining(["/security/02601.HK/", "/security/CPIC.LSE/"]));
      expect(await page.locator(".article-list .title").allTextContents()).toContain(SEED_TITLES["000"]);
    });
    await visit("source-yaan", `/source/${encodeURIComponent("雅安日报")}/`, async (page) => {
      expect(await page.locator(".article-list .title").allTextContents()).toContain(SEED_TITLES["004"]);
    });
    // Seed 001 names no outlet and no date: its page says so instead of guessing.
    await visit("article-001", "/article/h1e6ee064278d408d/", async (page) => {
      const provenance = await page.locator(".provenance").textContent();
      expect(provenance).toContain("来源不明");
      expect(provenance).toContain("日期不详");
      expect(provenance).toContain("马欣");
    });
  });

  it.skipIf(!HAS_CORPUS)(
    "with the shared corpus: every corpus file has a page and search finds corpus articles",
    async () => {
      const corpusFiles = await countInputs(await resolveInputs(CORPUS_FAMILIES));
      expect(build.articles + failures.length).toBe(corpusFiles + 5);
      await visit("search-corpus", `/search/?q=${encodeURIComponent("保险")}`, async (page) => {
        await expect.poll(() => page.locator("#search-status").textContent()).toMatch(/^找到 \d+ 篇/);
        expect(await page.locator("#search-results li").count()).toBeGreaterThan(5);
      });
    },
  );
});
