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
