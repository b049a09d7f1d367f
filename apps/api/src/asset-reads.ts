import type { Fetcher } from "@cloudflare/workers-types";

/**
 * `read` (which fills a module's table from the static asset `asset`, or rejects) done once per assets
 * binding: a binding that lacks the file rejects on every call (read again each time, so a fixed
 * deployment recovers), whatever another binding served; no binding at all rejects at once.
 */
export function readOncePerBinding(
  asset: string,
  read: (assets: Fetcher) => Promise<void>,
): (assets: Fetcher | undefined) => Promise<void> {
  const reads = new WeakMap<Fetcher, Promise<void>>();
  return (assets) => {
    if (!assets) return Promise.reject(new Error(`no ASSETS binding to read ${asset} from`));
    let pending = reads.get(assets);
    if (!pending) {
      pending = read(assets).catch((error) => {
        reads.delete(assets);
        throw error;
      });
      reads.set(assets, pending);
    }
    return pending;
  };
}

/** A list of `Count` tables, each typed `never`, so that any binding takes it: see `readTableListAsset`. */
type TableList<Count extends number, Tables extends never[] = []> = Tables["length"] extends Count
  ? Tables
  : TableList<Count, [...Tables, never]>;

/**
 * The reader of `asset`, a JSON file of one of core's modules of tables as the build writes it (`tableAsset`: the
 * module's exports as a list, by their names sorted, as a module's namespace lists them), for the
 * module a Worker puts in that module's place (wrangler.jsonc `alias`): once per binding, as {@link readOncePerBinding},
 * it checks that the file is a list of `count` tables, each an object or an array, and hands the list to `fill`, which
 * assigns the module's live bindings by position, in the same sorted order. By position, not by name: a name is a
 * string no minifier shortens, and the 14 modules' 98 names, written twice each (the names checked and the keys read),
 * were 1.3 KB of a Worker's gzip (issue 11). A missing file, or one that is not the tables (a page served in its
 * place, a list of another length), is refused naming the file, before any parse reads a table.
 *
 * The list reaches `fill` as `count` places of type `never` (`TableList`): a table's type is its binding's, which the
 * module declares from core's, so the compiler holds the module to `count` bindings and no more, and a table of the
 * wrong type at a position is what `test/node/asset-tables.test.ts` catches.
 */
export function readTableListAsset<Count extends number>(
  asset: string,
  count: Count,
  fill: (tables: TableList<Count>) => void,
): (assets: Fetcher | undefined) => Promise<void> {
  return readOncePerBinding(asset, async (assets) => {
    const response = await assets.fetch(`https://assets.invalid/${asset}`);
    const tables: unknown = response.ok ? await response.json().catch(() => null) : null;
    if (
      !Array.isArray(tables) ||
      tables.length !== count ||
      !tables.every((table) => typeof table === "object" && table !== null)
    )
      throw new Error(`the Worker's static assets hold no ${asset} (HTTP ${response.status})`);
    fill(tables as TableList<Count>);
  });
}

/**
 * The reader of `asset`, the JSON file of one of core's modules of settings' defaults (one object, frozen in core), for
 * the module a Worker puts in that module's place: read as {@link readTableListAsset} reads a list of one table, then
 * frozen once read, as core's are, and handed to `set`, which sets the module's live binding.
 */
export function frozenSettingsAsset<Defaults extends object>(
  asset: string,
  set: (defaults: Readonly<Defaults>) => void,
): (assets: Fetcher | undefined) => Promise<void> {
  return readTableListAsset(asset, 1, ([defaults]) => set(Object.freeze(defaults as Defaults)));
}
