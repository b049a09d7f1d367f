import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "@caixun/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../src/index.js";
import { STORY_MARKER } from "../src/pages/article.js";

/** Front-matter posts written for this test: one flash carried three times, and another story. */
const post = (id: string, title: string, date: string, body: string) =>
  parse(`---\ntitle: "${title}"\ndate: ${date}\n---\n\n${body}\n`, { filename: `${id}.md` });

const copies = [
  post(
    "1001",
    "某公司签署4.76亿美元供货合同",
    "2026-08-03 17:00:00 +0800",
    "【某公司签署4.76亿美元供货合同】财联社8月3日电，某公司公告称，公司与某集团签订4.76亿美元水泥生产线设备供货合同，交货期为24个月。合同范围涵盖石灰石破碎车间到水泥储存的全套车间设备和材料。",
  ),
  post(
    "1002",
    "某公司签署4.76亿美元供货合同",
    "2026-08-03 17:00:30 +0800",
    "某公司公告称，公司与某集团签订4.76亿美元水泥生产线设备供货合同，交货期为24个月。合同范围涵盖石灰石破碎车间到水泥储存的全套车间设备和材料。（东方财富）",
  ),
  post(
    "1003",
    "某公司：签署4.76亿美元水泥生产线设备供货合同",
    "2026-08-03 17:02:00 +0800",
    "某公司公告称，公司与某集团签订4.76亿美元水泥生产线设备供货合同，交货期为24个月。（同花顺）",
  ),
];
const other = post(
  "1004",
  "韩国KOSPI指数跌幅扩大至3%",
  "2026-08-03 17:20:00 +0800",
  "韩国KOSPI指数盘中跌幅扩大至3%，半导体板块领跌，三星电子、SK海力士跌幅居前。",
);

let work: string;
let built: Awaited<ReturnType<typeof buildSite>>;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "caixun-site-stories-"));
  built = await buildSite({ articles: [...copies, other], outDir: work, pageSize: 10 });
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const page = (id: string) => readFile(join(work, `article/${id}/index.html`), "utf8");

describe("stories on the site", () => {
  it("lists on an article's page the other outlets that reported its story, earliest first", async () => {
    const html = await page(copies[1]!.id);
    const section = html.slice(html.indexOf('<section class="also-reported"'), html.indexOf("</section>"));
    expect(section).toContain("其他媒体报道");
    expect([...section.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => [m[1], m[2]])).toEqual([
      [`/article/${copies[0]!.id}/`, "财联社"],
      [`/article/${copies[2]!.id}/`, "同花顺"],
    ]);
    expect(await page(other.id)).not.toContain("also-reported");
    for (const article of [...copies, other]) expect(await page(article.id)).not.toContain(STORY_MARKER);
  });

  it("shows a story once in a listing, as its canonical copy, with the number of other reports", async () => {
    const month = await readFile(join(work, "month/2026-08/index.html"), "utf8");
    const links = [...month.matchAll(/<a class="title" href="([^"]+)"/g)].map((m) => m[1]);
    expect(links).toEqual([`/article/${other.id}/`, `/article/${copies[0]!.id}/`]);
    expect(month).toContain("另有2篇报道");
  });

  it("holds at most maxHeld articles for stories: a copy past them is a story of its own, and the build counts it", async () => {
    expect(built.storiesAtCuts).toBeNull();
    const cut = await mkdtemp(join(tmpdir(), "caixun-site-held-"));
    try {
      // Two held: the third copy comes two after the first and still joins (the window slides).
      const slid = await buildSite({ articles: [...copies, other], outDir: cut, pageSize: 10, maxHeld: 2 });
      expect(slid.storiesAtCuts).toBe(1);
      expect(await readFile(join(cut, "month/2026-08/index.html"), "utf8")).toContain("另有2篇报道");
      const result = await buildSite({ articles: [...copies, other], outDir: cut, pageSize: 10, maxHeld: 1 });
      // The first story and the third copy's, each forgotten while still in reach.
      expect(result.storiesAtCuts).toBe(2);
      const month = await readFile(join(cut, "month/2026-08/index.html"), "utf8");
      // One held: the first copy is forgotten when the third comes, listed as a story of its own.
      const links = [...month.matchAll(/<a class="title" href="([^"]+)"/g)].map((m) => m[1]);
      expect(links).toEqual([
        `/article/${other.id}/`,
        `/article/${copies[2]!.id}/`,
        `/article/${copies[0]!.id}/`,
      ]);
      expect(month).toContain("另有1篇报道");
    } finally {
      await rm(cut, { recursive: true, force: true });
    }
  });
});
