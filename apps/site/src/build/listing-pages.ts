import type { Market } from "@caixun/core";
import { entryKey, loadSecurities } from "@caixun/core/securities";
import { categoryLabel, MARKET_NAMES } from "../pages/labels.js";
import { renderDocument } from "../pages/layout.js";
import { KIND_NAMES, ListingPage, type OtherListing } from "../pages/listing.js";
import { OverviewPage } from "../pages/overview.js";
import type { SiteSettings } from "../pages/site-context.js";
import { displayMonth } from "./dates.js";
import { atomFeed, FEED_ENTRIES, type SitemapEntry } from "./feeds.js";
import type { Groups } from "./groups.js";
import { orderedKeys, UNKNOWN_SOURCE } from "./groups.js";
import { writeOutput } from "./output.js";
import type { SpilledSequence } from "./sequence-spill.js";
import {
  fileFor,
  type ListingKind,
  latestPath,
  listingFeedPath,
  listingPath,
  overviewPath,
} from "./site-paths.js";
import type { ArticleSummary } from "./summary.js";
import type { SummaryStore } from "./summary-store.js";

export interface ListingContext {
  outDir: string;
  pageSize: number;
  site: SiteSettings;
  /** Summaries by sequence. */
  summaries: SummaryStore;
  /** Names the articles gave securities, by `code.market`. */
  securityNames: ReadonlyMap<string, string>;
  /** Source names by slug, so a category filed under a slug reads as the outlet's name. */
  sourceNames: ReadonlyMap<string, string>;
  /** Every page written is added here, for the sitemap. */
  sitemap: SitemapEntry[];
}

/** The same company's other listings (A+H, ADR), from the securities dictionary, each with its label. */
function otherListings(key: string, context: ListingContext, groups: Groups): OtherListing[] {
  const dictionary = loadSecurities();
  const company = dictionary.byKey.get(key)?.company;
  if (!company) return [];
  return (dictionary.byCompany.get(company) ?? [])
    .map((entry) => entryKey(entry))
    .filter((other) => other !== key)
    .map((other) => ({
      key: other,
      label: headingFor("security", other, context),
      linked: groups.security.has(other),
    }));
}

/** Listings that offer an Atom feed of their newest articles. */
const FEED_KINDS: ReadonlySet<ListingKind> = new Set(["source", "security"]);

function headingFor(kind: ListingKind, key: string, context: ListingContext): string {
  if (kind === "month") return displayMonth(key);
  if (kind === "category") return categoryLabel(key, context.sourceNames);
  if (kind === "security") {
    const name = context.securityNames.get(key) ?? loadSecurities().byKey.get(key)?.name;
    const market = MARKET_NAMES[key.slice(key.lastIndexOf(".") + 1) as Market];
    const code = market ? `${key}（${market}）` : key;
    return name ? `${name} ${code}` : code;
  }
  return key;
}

function introFor(kind: ListingKind, key: string): string | undefined {
  if (kind === "source" && key === UNKNOWN_SOURCE) {
    return "这些文章的文件没有写明出处，正文与署名中也找不到可信的来源。它们与其他文章一样可以阅读和搜索。";
  }
  return undefined;
}

/** Writes every page of every listing and the overview of each kind; returns the pages written. */
export async function writeListingPages(groups: Groups, context: ListingContext): Promise<number> {
  let pages = 0;
  for (const kind of Object.keys(groups) as ListingKind[]) {
    const group = groups[kind];
    const keys = orderedKeys(kind, group);
    for (const key of keys) {
      const others = kind === "security" ? otherListings(key, context, groups) : [];
      pages += await writeListing(kind, key, group.get(key)!, context, others);
    }
    const entries = keys.map((key) => ({
      key,
      label: headingFor(kind, key, context),
      count: group.get(key)!.length,
    }));
    await writeOutput(
      context.outDir,
      fileFor(overviewPath(kind)),
      renderDocument(OverviewPage({ kind, entries }), context.site),
    );
    context.sitemap.push({ path: overviewPath(kind) });
    pages += 1;
  }
  return pages;
}

/** Writes `/latest/`: every article, newest first, paginated. Returns the pages written. */
export async function writeLatestPages(ranked: Int32Array, context: ListingContext): Promise<number> {
  return writePaged(ranked, context, {
    heading: "全部文章",
    description: `全部 ${ranked.length} 篇文章，最新的在前`,
    showSource: true,
    pathOf: latestPath,
  });
}

async function writeListing(
  kind: ListingKind,
  key: string,
  sequences: SpilledSequence,
  context: ListingContext,
  otherListings: readonly OtherListing[],
): Promise<number> {
  const heading = headingFor(kind, key, context);
  const feed = FEED_KINDS.has(kind)
    ? { title: `${heading} 最新文章`, path: listingFeedPath(kind, key) }
    : undefined;
  if (feed) {
    const xml = atomFeed(
      {
        title: `${heading} · 财讯`,
        pagePath: listingPath(kind, key),
        feedPath: feed.path,
        articles: context.summaries.firstDated(sequences, FEED_ENTRIES),
      },
      context.site,
    );
    await writeOutput(context.outDir, feed.path.slice(1), xml);
  }
  return writePaged(sequences, context, {
    heading,
    description: `${KIND_NAMES[kind]}「${heading}」的 ${sequences.length} 篇文章`,
    intro: introFor(kind, key),
    breadcrumb: [overviewPath(kind), `全部${KIND_NAMES[kind]}`],
    feed,
    showSource: kind !== "source",
    otherListings,
    pathOf: (page) => listingPath(kind, key, page),
  });
}

type PagedSpec = Omit<Parameters<typeof ListingPage>[0], "total" | "page" | "pageCount" | "articles">;

/** Writes a listing's pages, reading the sequences in order and the summaries of one page at a time. */
async function writePaged(
  sequences: Iterable<number> & { readonly length: number },
  context: ListingContext,
  spec: PagedSpec,
): Promise<number> {
  const pageCount = Math.max(1, Math.ceil(sequences.length / context.pageSize));
  const writePage = async (page: number, articles: ArticleSummary[]) => {
    const html = renderDocument(
      ListingPage({ ...spec, total: sequences.length, page, pageCount, articles }),
      context.site,
    );
    await writeOutput(context.outDir, fileFor(spec.pathOf(page)), html);
    context.sitemap.push({ path: spec.pathOf(page) });
  };
  let page = 1;
  let slice: ArticleSummary[] = [];
  for (const sequence of sequences) {
    slice.push(context.summaries.get(sequence));
    if (slice.length === context.pageSize && page < pageCount) {
      await writePage(page++, slice);
      slice = [];
    }
  }
  await writePage(page, slice);
  return pageCount;
}
