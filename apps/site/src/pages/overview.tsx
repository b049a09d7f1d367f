import { href, type ListingKind, listingPath, overviewPath } from "../build/site-paths.js";
import { Layout } from "./layout.js";
import { KIND_NAMES } from "./listing.js";

export interface OverviewEntry {
  key: string;
  label: string;
  count: number;
}

/** Every source (tag, security, month …) with its article count. */
export function OverviewPage({ kind, entries }: { kind: ListingKind; entries: OverviewEntry[] }) {
  return (
    <Layout title={`全部${KIND_NAMES[kind]}`} path={overviewPath(kind)}>
      <h1>全部{KIND_NAMES[kind]}</h1>
      <p class="count">共 {entries.length} 个</p>
      <ul class="overview">
        {entries.map((entry) => (
          <li>
            <a href={href(listingPath(kind, entry.key))}>{entry.label}</a>
            <span class="badge">{entry.count}</span>
          </li>
        ))}
      </ul>
    </Layout>
  );
}
