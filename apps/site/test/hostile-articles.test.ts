import { readdirSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { type Article, parse } from "@caixun/core";
import type { Browser, Dialog, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../scripts/chromium.js";
import { buildSite, type SiteServer, serveSite } from "../src/index.js";

/**
 * Markup and script in every field an Article carries, as a parsed file states them and as a library caller may hand
 * them to `buildSite` (twenty-fourth round): each would set `window.__pwned` or open a dialog if it ran.
 */
const MARKUP = [
  "</script><script>window.__pwned=1</script>",
  '<img src=x onerror="window.__pwned=2">',
  "<svg onload=window.__pwned=3>",
  "\u2028\u2029</title><script>window.__pwned=4</script>",
  "{{constructor.constructor('window.__pwned=5')()}}",
  '"><a href="javascript:window.__pwned=6">x</a>',
  // Template text a page's script or a template engine would run, as text: `${…}`, Ruby's `#{…}`, ERB's `<%= … %>`.
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the placeholder is the attack, kept as text
  "${window.__pwned=13}${{}}#{x}<%= 1 %>",
];
/**
 * Bidi overrides, embeddings and isolates (thirty-second round): a source's name of `\u202E` turned the rest of its
 * listing row around (the date, the copies' link). A parse removes them; an Article a caller hands the site is
 * scrubbed the same way, so no page shows one.
 */
const BIDI = "\u202Eexe.\u202Cgnp\u2066\u2067\u2068\u2069\u202A\u202B\u202D";
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
const UNSAFE_URLS = [
  "javascript:window.__pwned=7",
  "data:text/html,<script>parent.__pwned=8</script>",
  " JaVaScRiPt:window.__pwned=9",
  "java\tscript:window.__pwned=10",
  "vbscript:window.__pwned=11",
  "data:image/svg+xml,<svg onload='parent.__pwned=12'/>",
  "\njavascript:window.__pwned=14",
];
const UNSAFE_SCHEME = /^\s*(?:j\s*a\s*v\s*a\s*s\s*c\s*r\s*i\s*p\s*t|data|vbscript):/i;

const FILE = [
  "---",
  `title: ${JSON.stringify(`中国太保${MARKUP[0]}`)}`,
  `author: ${JSON.stringify(MARKUP[1])}`,
  `source: ${JSON.stringify(MARKUP[2])}`,
  "date: 2022-01-03",
  `originalUrl: ${JSON.stringify(UNSAFE_URLS[0])}`,
  `tags: [${JSON.stringify(MARKUP[3])}, "javascript:alert(1)"]`,
  "---",
  `正文${MARKUP.join("")}。`,
  "",
  `[链接](${UNSAFE_URLS[0]}) ![图](${UNSAFE_URLS[1]})`,
  "",
  `<a href="${UNSAFE_URLS[0]}">a</a> <img src="${UNSAFE_URLS[2]}"> <iframe src="${UNSAFE_URLS[1]}"></iframe>`,
  "",
].join("\n");

function hostile(base: Article, i: number): Article {
  const pick = (k: number) => MARKUP[(i + k) % MARKUP.length]!;
  return {
    ...base,
    id: `hostile-${i}`,
    title: `${pick(0)}标题`,
    text: `${MARKUP.join(" ")}正文`,
    author: `${pick(1)}${BIDI}`,
    editor: pick(2),
    via: [pick(3)],
    source: { name: `${pick(4)}${BIDI}`, slug: pick(5) },
    originalUrl: UNSAFE_URLS[i]!,
    images: UNSAFE_URLS.map((src) => ({ src, alt: pick(0) })) as Article["images"],
    tags: [pick(0), "javascript:alert(1)", BIDI],
    categories: [pick(2)],
    securities: [{ code: "601601", market: "SH", name: pick(0), how: "name" }] as Article["securities"],
    blocks: [
      { type: "paragraph", text: MARKUP.join(" ") },
      ...UNSAFE_URLS.map((src) => ({ type: "image" as const, src, alt: pick(1) })),
      { type: "heading", text: pick(0), level: 2 },
    ] as Article["blocks"],
    publishedAt: `2022-01-0${i + 1}T08:00:00+08:00`,
  };
}

let work: string;
let outDir: string;
let pages: string[];
let server: SiteServer;
let browser: Browser;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "caixun-hostile-articles-"));
  outDir = join(work, "site");
  const parsed = parse(FILE, { filename: "hostile.md" });
  await buildSite({ articles: [parsed, ...UNSAFE_URLS.map((_, i) => hostile(parsed, i))], outDir });
  pages = readdirSync(outDir, { recursive: true, encoding: "utf8" })
    .filter((path) => path.endsWith(".html"))
    .map((path) => relative(outDir, join(outDir, path)));
  server = await serveSite({ dir: outDir, port: 0, host: "127.0.0.1" });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/** What ran or could run on the page: the flag, dialogs, unsafe URLs in attributes, handlers, scripts not from the site. */
async function exposure(page: Page, url: string, settle: () => Promise<void>) {
  const dialogs: string[] = [];
  const onDialog = (dialog: Dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  };
  page.on("dialog", onDialog);
  await page.goto(url, { waitUntil: "load" });
  await settle();
  const found = await page.evaluate(
    ([scheme, bidi]) => {
      const unsafe = new RegExp(scheme, "i");
      const elements = [...document.querySelectorAll("*")];
      return {
        pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
        // Every attribute that is a URL, and the Open Graph URLs (a tag page's `og:title` may read `javascript:…` as text).
        urls: elements
          .flatMap((element) =>
            ["href", "src", "action", "formaction", "srcset"].map((name) => element.getAttribute(name)),
          )
          .concat(
            [...document.querySelectorAll('meta[property="og:image"], meta[property="og:url"]')].map((meta) =>
              meta.getAttribute("content"),
            ),
          )
          .filter((value): value is string => value !== null && unsafe.test(value)),
        handlers: elements.flatMap((element) =>
          [...element.attributes]
            .filter((a) => a.name.startsWith("on"))
            .map((a) => `${element.tagName} ${a.name}`),
        ),
        scripts: [...document.scripts].filter((script) => !script.src.startsWith(location.origin)).length,
        frames: document.querySelectorAll("iframe, object, embed").length,
        bidi: new RegExp(bidi, "u").test(`${document.title} ${document.body.textContent}`),
      };
    },
    [UNSAFE_SCHEME.source, BIDI_CONTROL.source] as const,
  );
  page.off("dialog", onDialog);
  return { ...found, dialogs };
}

describe("a site of Articles carrying markup and unsafe URLs, in Chromium", () => {
  it("runs nothing on any page, links no unsafe scheme, and shows the markup as text", async () => {
    expect(pages.length).toBeGreaterThan(30);
    let shown = "";
    // One tab for every page: a page's flag would not outlive its navigation, so each is read before the next.
    const page = await browser.newPage();
    try {
      for (const path of pages) {
        const url = `${server.url}/${path.split("/").map(encodeURIComponent).join("/")}`;
        const found = await exposure(page, url, async () => {});
        expect(found, path).toEqual({
          pwned: null,
          urls: [],
          handlers: [],
          scripts: 0,
          frames: 0,
          bidi: false,
          dialogs: [],
        });
        shown += (await page.locator("main").textContent()) ?? "";
      }
    } finally {
      await page.close();
    }
    for (const markup of [...MARKUP.slice(0, 3), MARKUP[5]!, MARKUP[6]!]) expect(shown).toContain(markup);
  }, 600_000);

  it("the search page lists them by their markup as text, running none of it", async () => {
    const page = await browser.newPage();
    try {
      const found = await exposure(page, `${server.url}/search/?q=${encodeURIComponent("标题")}`, () =>
        page.locator("#search-results li").first().waitFor({ timeout: 20_000 }),
      );
      expect(found).toEqual({
        pwned: null,
        urls: [],
        handlers: [],
        scripts: 0,
        frames: 0,
        bidi: false,
        dialogs: [],
      });
      const titles = await page.locator("#search-results li a").allTextContents();
      expect(titles.toSorted()).toEqual(MARKUP.map((markup) => `${markup}标题`).toSorted());
    } finally {
      await page.close();
    }
  }, 120_000);
});
