import { entryKey, type Market } from "@caixun/core";
import { loadSecurities } from "@caixun/core/securities";
import { MARKET_NAMES } from "../pages/labels.js";
import { renderDocument } from "../pages/layout.js";
import { ListingPage, type OtherListing } from "../pages/listing.js";
import { OverviewPage } from "../pages/overview.js";
import { displayMonth } from "./dates.js";
import type { Groups } from "./groups.js";
import { orderedKeys } from "./groups.js";
import { writeOutput } from "./output.js";
import { fileFor, type ListingKind, listingPath, overviewPath } from "./site-paths.js";
import type { ArticleSummary } from "./summary.js";

export interface ListingContext {
  outDir: string;
  pageSize: number;
  /** Summaries by sequence. */
  summaries: readonly ArticleSummary[];
  /** Names the articles gave securities, by `code.market`. */
  securityNames: ReadonlyMap<string, string>;
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

function headingFor(kind: ListingKind, key: string, context: ListingContext): string {
  if (kind === "month") return displayMonth(key);
  if (kind === "security") {
    const name = context.securityNames.get(key) ?? loadSecurities().byKey.get(key)?.name;
    const market = MARKET_NAMES[key.slice(key.lastIndexOf(".") + 1) as Market];
    const code = market ? `${key}（${market}）` : key;
    return name ? `${name} ${code}` : code;
  }
  return key;
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
      renderDocument(OverviewPage({ kind, entries })),
    );
    pages += 1;
  }
  return pages;
}

async function writeListing(
  kind: ListingKind,
  key: string,
  sequences: number[],
  context: ListingContext,
  otherListings: readonly OtherListing[],
): Promise<number> {
  const pageCount = Math.max(1, Math.ceil(sequences.length / context.pageSize));
  const heading = headingFor(kind, key, context);
  for (let page = 1; page <= pageCount; page++) {
    const slice = sequences.slice((page - 1) * context.pageSize, page * context.pageSize);
    const html = renderDocument(
      ListingPage({
        kind,
        keyName: key,
        heading,
        total: sequences.length,
        page,
        pageCount,
        articles: slice.map((sequence) => context.summaries[sequence]!),
        otherListings,
      }),
    );
    await writeOutput(context.outDir, fileFor(listingPath(kind, key, page)), html);
  }
  return pageCount;
}
