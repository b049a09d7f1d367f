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
  result = await buildSite({ articles, outDir, pageSize: 2 });
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
    const assets = await readdir(join(outDir, "assets"));
    expect(assets.sort()).toEqual(["favicon.svg", "playground.js", "search.js", "site.css"]);
    const meta = JSON.parse(await readFile(join(outDir, "search/meta.json"), "utf8"));
    expect(meta).toEqual({ version: 1, documents: 6, shardCount: 64, docsPerChunk: 1000 });
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
});
