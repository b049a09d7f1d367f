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

/**
 * The reader of `asset`, a JSON file of one of core's modules of tables as the build writes it (`tableAsset`: the
 * module's exports by name), for the module a Worker puts in that module's place (wrangler.jsonc `alias`): once per
 * binding, as {@link readOncePerBinding}, it checks that each of `names` holds an object or an array and hands the
 * tables to `fill`, which sets the module's live bindings. A missing file, or one that is not the tables (a page
 * served in its place), is refused naming the file, before any parse reads a table.
 */
export function readTableAsset<Tables extends object>(
  asset: string,
  names: readonly (keyof Tables & string)[],
  fill: (tables: Tables) => void,
): (assets: Fetcher | undefined) => Promise<void> {
  return readOncePerBinding(asset, async (assets) => {
    const response = await assets.fetch(`https://assets.invalid/${asset}`);
    const tables = response.ok
      ? ((await response.json().catch(() => null)) as Record<string, unknown> | null)
      : null;
    if (tables === null || !names.every((name) => typeof tables[name] === "object" && tables[name] !== null))
      throw new Error(`the Worker's static assets hold no ${asset} (HTTP ${response.status})`);
    fill(tables as Tables);
  });
}

/**
 * The reader of `asset`, the JSON file of one of core's modules of settings' defaults (`name`: one object, frozen
 * in core), for the module a Worker puts in that module's place: read as {@link readTableAsset} reads tables, then
 * frozen once read, as core's are, and handed to `set`, which sets the module's live binding.
 */
export function frozenSettingsAsset<Tables extends object, Name extends keyof Tables & string>(
  asset: string,
  name: Name,
  set: (defaults: Readonly<Tables[Name]>) => void,
): (assets: Fetcher | undefined) => Promise<void> {
  return readTableAsset<Tables>(asset, [name], (tables) => set(Object.freeze(tables[name])));
}
