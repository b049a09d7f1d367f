import { createContext, useContext } from "hono/jsx";
import type { AssetManifest } from "../build/client-assets.js";

/** What every page of one build shares: where its assets were written and the site's address. */
export interface SiteSettings {
  /** `site.css` → `/assets/site.3f9c2a1b.css` */
  assets: AssetManifest;
  /**
   * The address the site is published at (`https://news.example.com`, no trailing slash), for
   * canonical links, Open Graph, feeds and the sitemap; null when the build was not told.
   */
  baseUrl: string | null;
}

export const SiteContext = createContext<SiteSettings>({ assets: {}, baseUrl: null });

export const useSite = (): SiteSettings => useContext(SiteContext);

/** An asset's URL by its source name; a name the build did not write is a programming error. */
export function assetUrl(site: SiteSettings, name: string): string {
  const url = site.assets[name];
  if (url === undefined) throw new Error(`no asset ${name} in this build`);
  return url;
}

/** A site path as an absolute URL, or the path itself when the site's address is unknown. */
export function absoluteUrl(site: SiteSettings, path: string): string {
  return site.baseUrl === null ? path : `${site.baseUrl}${path}`;
}
