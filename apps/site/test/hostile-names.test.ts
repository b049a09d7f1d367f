import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve, sep } from "node:path";
import { parseArticles } from "@caixun/inputs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pathSegment } from "../src/build/site-paths.js";
import { buildSite } from "../src/index.js";

/** Names built to escape the output folder, collide on case-insensitive disks, or break encoders. */
const HOSTILE = [
  "../../x",
  "..",
  ".hidden",
  "a/b",
  "a\\b",
  "a-b",
  "CON",
  "nul.txt",
  "Com1",
  "AI",
  "ai",
  "Ai",
  "\u00e9t\u00e9",
  "e\u0301te\u0301",
  "Ａ股",
  "A股",
  "名".repeat(300),
  `${"a".repeat(79)}😀😀`,
  "😀".repeat(100),
  "%2e%2e",
  "\u202egnp.exe",
  "tab\there",
  "~x",
  "trailing. ",
];

let work: string;
let outDir: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "caixun-hostile-names-"));
  const inputs = join(work, "inputs");
  await mkdir(inputs);
  for (const [i, name] of HOSTILE.entries()) {
    const yaml = JSON.stringify(name);
    await writeFile(
      join(inputs, `${String(i).padStart(3, "0")}.md`),
      `---\ntitle: 文章${i}\ndate: 2022-01-${String((i % 28) + 1).padStart(2, "0")}\ncategories: [${yaml}]\ntags: [${yaml}, 共同]\n---\n正文第${i}段。\n\n（来源：${name.replace(/\n/g, "")}）\n`,
    );
  }
  outDir = join(work, "site");
  await buildSite({ articles: parseArticles([inputs]), outDir });
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** No lone surrogate (String.prototype.isWellFormed, which the project's ES2023 lib does not type). */
function isWellFormed(text: string): boolean {
  return !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);
}

/** Every folder under `dir`, relative. */
async function folders(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => join(entry.parentPath, entry.name));
}

describe("a site built from hostile names", () => {
  it("writes nothing outside --out: the work folder holds only the inputs and the site", async () => {
    expect((await readdir(work)).sort()).toEqual(["inputs", "site"]);
    const root = resolve(outDir);
    for (const folder of await folders(outDir)) expect(resolve(folder).startsWith(root + sep)).toBe(true);
  });

  it("gives every tag its own folder, distinct even on a case-insensitive, normalising disk", async () => {
    for (const kind of ["tag", "category", "source"]) {
      const names = await readdir(join(outDir, kind));
      const folded = names.map((name) => name.normalize("NFKD").toUpperCase().toLowerCase());
      expect(new Set(folded).size, kind).toBe(names.length);
      for (const name of names) {
        expect(name, kind).not.toMatch(/^\.|[\u0000-\u001f/\\:*?"<>|]|[. ]$/);
        expect(name, kind).not.toMatch(/^(?:con|prn|aux|nul|com\d|lpt\d)(?:\.|$)/i);
        expect(Buffer.byteLength(name), kind).toBeLessThanOrEqual(200);
        expect(isWellFormed(name), kind).toBe(true);
      }
    }
    // Every hostile tag has a listing, plus the shared one.
    expect(await readdir(join(outDir, "tag"))).toHaveLength(HOSTILE.length + 1);
  });

  it("links every article page to listings that exist", async () => {
    for (const article of await readdir(join(outDir, "article"))) {
      const html = await readFile(join(outDir, "article", article, "index.html"), "utf8");
      const links = [...html.matchAll(/href="(\/(?:tag|category|source)\/[^"]+)"/g)].map((m) => m[1]!);
      expect(links.length).toBeGreaterThanOrEqual(3);
      for (const link of links) {
        const path = decodeURIComponent(link.replaceAll("&amp;", "&"));
        // A listing is a folder with its page; its Atom feed (feed.xml) is a file beside it.
        const file = path.endsWith(".xml") ? join(outDir, path) : join(outDir, path, "index.html");
        await expect(readFile(file), path).resolves.toBeDefined();
      }
    }
  });

  it("cuts a long name at a whole character, never inside an emoji", () => {
    for (const name of HOSTILE) {
      const segment = pathSegment(name);
      expect(isWellFormed(segment), name).toBe(true);
      expect(() => encodeURIComponent(segment)).not.toThrow();
    }
  });
});

describe("an atomic build", () => {
  it("keeps the previous site when a build fails, and leaves no staging folder", async () => {
    const before = await readFile(join(outDir, "index.html"), "utf8");
    async function* failing() {
      for await (const article of parseArticles([join(work, "inputs", "000.md")])) yield article;
      throw new Error("the disk went away");
    }
    await expect(buildSite({ articles: failing(), outDir })).rejects.toThrow("the disk went away");
    expect(await readFile(join(outDir, "index.html"), "utf8")).toBe(before);
    expect((await readdir(work)).sort()).toEqual(["inputs", "site"]);
  });

  it("removes the staging folder of a build that was killed", async () => {
    const abandoned = join(work, ".site.building-999999-deadbeef");
    await mkdir(abandoned);
    await writeFile(join(abandoned, "index.html"), "half a site");
    await buildSite({ articles: parseArticles([join(work, "inputs")]), outDir });
    expect((await readdir(work)).sort()).toEqual(["inputs", "site"]);
  });
});
