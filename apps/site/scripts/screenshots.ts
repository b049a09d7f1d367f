/**
 * Screenshots of the site for docs/site.md: home, article, search, source and security pages at
 * 1280 and 390 px wide, taken in Debian's Chromium from a site built from seeds/ and, when it is
 * there, the input families of ../shared/corpus. Run: `pnpm --filter @caixun/site screenshots`.
 * Writes docs/images/site/<page>-<width>.png (the first screen a reader sees, not the whole page).
 */
import { existsSync, readdirSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArticles } from "@caixun/inputs";
import { buildSite, serveSite } from "../src/index.js";
import { launchChromium } from "./chromium.js";

const REPO = join(import.meta.dirname, "../../..");
const CORPUS = join(REPO, "../shared/corpus");
const OUT = join(REPO, "docs/images/site");

const PAGES: readonly { name: string; path: string; ready?: string }[] = [
  { name: "home", path: "/" },
  { name: "article", path: "/article/NW202201302266849892/" },
  // Snippets are filled in from the articles' pages once the results show.
  {
    name: "search",
    path: `/search/?q=${encodeURIComponent("太保")}`,
    ready: "#search-results .snippet mark",
  },
  { name: "source", path: `/source/${encodeURIComponent("北方网")}/` },
  { name: "security", path: "/security/601601.SH/" },
];
const WIDTHS = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
] as const;

const families = existsSync(CORPUS)
  ? readdirSync(CORPUS, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== "gold")
      .map((entry) => join(CORPUS, entry.name))
  : [];
if (families.length === 0) process.stderr.write(`${CORPUS} is absent: the site holds the seeds only\n`);

const work = await mkdtemp(join(tmpdir(), "caixun-screenshots-"));
const site = join(work, "site");
await buildSite({ articles: parseArticles([join(REPO, "seeds"), ...families]), outDir: site });
const server = await serveSite({ dir: site, port: 0, host: "127.0.0.1" });
const browser = await launchChromium();
try {
  await mkdir(OUT, { recursive: true });
  for (const { name, path, ready } of PAGES) {
    for (const viewport of WIDTHS) {
      const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
      await page.goto(`${server.url}${path}`, { waitUntil: "networkidle" });
      if (ready) await page.locator(ready).first().waitFor();
      const file = join(OUT, `${name}-${viewport.width}.png`);
      await page.screenshot({ path: file });
      process.stdout.write(`${file}\n`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
  await rm(work, { recursive: true, force: true });
}
