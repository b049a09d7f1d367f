import type { SecurityDictionary } from "@caixun/core";
import { createDictionary, readDictionaryLines } from "@caixun/core/securities";
import type { Fetcher } from "@cloudflare/workers-types";

/**
 * The securities dictionary from a Worker's static assets (`securities.tsv`, written by the API's
 * build), not from the script: the Worker bundle stays small. Null without the binding or the file,
 * and the Worker then parses with codes and widgets only.
 */
export async function assetSecurities(assets: Fetcher | undefined): Promise<SecurityDictionary | null> {
  if (!assets) return null;
  const response = await assets.fetch("https://assets.invalid/securities.tsv");
  if (!response.ok) return null;
  return createDictionary(readDictionaryLines(await response.text()));
}
