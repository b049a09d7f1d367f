// The entries of core by kind of input (`@caixun/core/parse-markdown`, `@caixun/core/parse-text`): the browser
// build's `parse` with less of the markup readers (`MarkupReader`, src/stages/read-body.ts). Each reads the inputs
// of its kind exactly as the full `parse` does, and every other input as it can, saying so (`markup-not-loaded`).
// Inputs: the shared corpus (Jekyll, Hexo and plain-text files), the seeds and every file of `datasets/` (whole saved
// pages among them).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Article } from "../src/article.js";
import { parse } from "../src/browser.js";
import { parse as parseMarkdown } from "../src/parse-markdown.js";
import { parse as parseText } from "../src/parse-text.js";
import { records } from "../src/records.js";
import { CORPUS, REPO } from "./helpers.js";

/** The input files under `root`: every file but labels and a set's notes. */
function inputFiles(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .sort()
    .flatMap((name) => {
      const path = join(root, name);
      if (statSync(path).isDirectory()) return name === "gold" ? [] : inputFiles(path);
      return name === "README.md" || name === "SOURCES.tsv" ? [] : [path];
    });
}

const FILES = [CORPUS, join(REPO, "seeds"), join(REPO, "datasets")].flatMap(inputFiles);
const CORPUS_FILES = inputFiles(CORPUS);

const saysNotLoaded = (article: Article) => article.warnings.some((w) => w.code === "markup-not-loaded");

/** Each file's Article by the full `parse`, kept for the next entry's comparison. */
const FULL = new Map<string, Article>();

/** Each file parsed by `parse` and by one lean entry; how many read the same, how many said what they lacked. */
function compare(lean: typeof parse, files: readonly string[]): { same: number; lacking: string[] } {
  let same = 0;
  const lacking: string[] = [];
  for (const path of files) {
    const bytes = readFileSync(path);
    const filename = path.split("/").pop();
    const full = FULL.get(path) ?? parse(bytes, { filename, records });
    FULL.set(path, full);
    const read = lean(bytes, { filename, records });
    if (saysNotLoaded(read)) {
      lacking.push(path);
      expect(saysNotLoaded(full), path).toBe(false);
    } else {
      expect(read, path).toEqual(full);
      same++;
    }
  }
  return { same, lacking };
}

describe("@caixun/core/parse-markdown", () => {
  it("reads every input as parse does but a whole saved page, which it reads as a fragment and says so", () => {
    expect(FILES.length).toBeGreaterThan(900);
    const { same, lacking } = compare(parseMarkdown, FILES);
    // The shared corpus (Markdown posts, plain text) reads the same, file for file.
    expect(lacking.filter((path) => path.startsWith(CORPUS))).toEqual([]);
    expect(CORPUS_FILES.length).toBeGreaterThan(100);
    // Only saved pages go without: HTML with a head and a title, or a page's body as a template includes it (a
    // headline element over a labelled info line, a share button's headline: `read-body.ts`' `mayBeWholePage`).
    for (const path of lacking)
      expect(readFileSync(path, "utf8"), path).toMatch(/<title\b|<h[1-3][\s>]|data-title=/i);
    expect(lacking.length).toBeGreaterThan(20);
    expect(same).toBeGreaterThan(FILES.length - lacking.length - 1);
  }, 600_000);

  it("reads a whole saved page's body as a fragment, with the warning", () => {
    const page =
      "<html><head><title>央行开展逆回购操作_新闻</title></head><body><nav>首页 | 财经</nav><article><h1>央行开展逆回购操作</h1><p>央行今日开展1000亿元逆回购操作，中标利率持平。</p></article></body></html>";
    expect(parse(page).title).toBe("央行开展逆回购操作");
    const lean = parseMarkdown(page);
    expect(lean.warnings).toContainEqual({
      code: "markup-not-loaded",
      message:
        "a whole HTML page, read as a fragment: to find its story among the page's parts, parse with @caixun/core",
    });
    expect(lean.text).toContain("央行今日开展1000亿元逆回购操作，中标利率持平。");
  });
});

describe("@caixun/core/parse-text", () => {
  it("reads every input whose body is plain text as parse does, and a body in markup as text, saying so", () => {
    const { same, lacking } = compare(parseText, FILES);
    // The shared corpus's plain-text files read the same.
    const plainText = CORPUS_FILES.filter((path) => path.includes("/plain-text/"));
    expect(plainText.length).toBeGreaterThan(10);
    expect(lacking.filter((path) => plainText.includes(path))).toEqual([]);
    expect(same).toBeGreaterThan(100);
  }, 600_000);

  it("reads a Markdown body line by line, with the warning", () => {
    const post = "---\ntitle: 央行开展逆回购操作\n---\n\n**央行**今日开展1000亿元逆回购操作。\n";
    expect(parse(post).text).toBe("央行今日开展1000亿元逆回购操作。");
    const lean = parseText(post);
    expect(lean.title).toBe("央行开展逆回购操作");
    expect(lean.text).toBe("**央行**今日开展1000亿元逆回购操作。");
    expect(lean.warnings).toContainEqual({
      code: "markup-not-loaded",
      message:
        "a body in Markdown or HTML, read as plain text: to read its markup, parse with @caixun/core/parse-markdown or @caixun/core",
    });
  });
});

describe("the entries by kind of input (any text)", () => {
  it("each read as parse does, or say markup-not-loaded, which parse never says", () => {
    const opening = fc.constantFrom(
      "",
      "---\ntitle: 标题\n---\n",
      "# 标题\n\n",
      "<html><head><title>标题</title></head><body><h1>标题</h1><p>",
      "<p>",
      "来源：新华社\n",
    );
    fc.assert(
      fc.property(opening, fc.string({ maxLength: 200 }), (head, tail) => {
        const text = head + tail;
        const full = parse(text);
        expect(saysNotLoaded(full)).toBe(false);
        for (const lean of [parseMarkdown, parseText]) {
          const read = lean(text);
          if (!saysNotLoaded(read)) expect(read).toEqual(full);
        }
        // What the Markdown entry lacks, the text entry lacks too.
        if (saysNotLoaded(parseMarkdown(text))) expect(saysNotLoaded(parseText(text))).toBe(true);
      }),
    );
  });
});

// What a site ships: each entry bundled for browsers as the Bundles table bundles it, then run.
describe("the entries' browser bundles", () => {
  it.each(["parse-markdown", "parse-text"])(
    "@caixun/core/%s builds for browsers and parses as its source does",
    async (entry) => {
      const core = join(REPO, "packages/core");
      const output = await build({
        entryPoints: [join(core, `src/${entry}.ts`)],
        absWorkingDir: core,
        bundle: true,
        minify: true,
        format: "esm",
        platform: "browser",
        charset: "utf8",
        write: false,
        logLevel: "error",
      });
      const dir = mkdtempSync(join(tmpdir(), "caixun-entry-"));
      try {
        const file = join(dir, `${entry}.mjs`);
        writeFileSync(file, output.outputFiles[0]!.contents);
        const bundled = (await import(pathToFileURL(file).href)) as { parse: typeof parse };
        const source = entry === "parse-text" ? parseText : parseMarkdown;
        const sample = FILES.slice(0, 12);
        expect(sample).toHaveLength(12);
        for (const path of sample) {
          const bytes = readFileSync(path);
          const filename = path.split("/").pop();
          expect(bundled.parse(bytes, { filename }), path).toEqual(source(bytes, { filename }));
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
