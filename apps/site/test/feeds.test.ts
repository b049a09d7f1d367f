import { describe, expect, it } from "vitest";
import { SITEMAP_LIMIT, type SitemapEntry, sitemapFiles } from "../src/build/feeds.js";

import type { SiteSettings } from "../src/pages/site-context.js";

const site: SiteSettings = { assets: {}, baseUrl: "https://news.example.com" };

describe("sitemapFiles", () => {
  it("splits past the protocol's limit into numbered urlsets and an index, reading the entries once", () => {
    const total = 2 * SITEMAP_LIMIT + 3;
    let read = 0;
    function* entries(): Generator<SitemapEntry> {
      for (let i = 0; i < total; i++) {
        read++;
        yield { path: `/a/${i}/`, lastmod: i === 0 ? "2022-01-30T09:59:17+08:00" : null };
      }
    }
    const files = [...sitemapFiles(entries(), total, site)];
    expect(read).toBe(total);
    expect(files.map(([file]) => file)).toEqual([
      "sitemaps/0.xml",
      "sitemaps/1.xml",
      "sitemaps/2.xml",
      "sitemap.xml",
    ]);
    const urls = files.slice(0, 3).map(([, xml]) => xml.match(/<url>/g)?.length);
    expect(urls).toEqual([SITEMAP_LIMIT, SITEMAP_LIMIT, 3]);
    expect(files[0]![1]).toContain(
      "<url><loc>https://news.example.com/a/0/</loc><lastmod>2022-01-30T09:59:17+08:00</lastmod></url>",
    );
    expect(files[2]![1]).toContain(`<loc>https://news.example.com/a/${total - 1}/</loc>`);
    expect(files[3]![1]).toContain("<sitemap><loc>https://news.example.com/sitemaps/2.xml</loc></sitemap>");
  });

  it("writes one urlset when every URL fits", () => {
    const files = [...sitemapFiles([{ path: "/" }, { path: "/latest/" }], 2, site)];
    expect(files.map(([file]) => file)).toEqual(["sitemap.xml"]);
    expect(files[0]![1].match(/<url>/g)).toHaveLength(2);
  });
});
