import type { SecurityDictionary } from "@caixun/core";
import type { ArticleStore } from "@caixun/store";

/** Request bodies larger than this are refused with 413 unless configured otherwise. */
export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;

/** What the app needs from its runtime; each adapter (Workers, Node) builds one. */
export interface ApiDeps {
  store: ArticleStore;
  /** Bearer token that authorises writes; writes are refused while it is unset. */
  token: string | undefined;
  /** Largest request body accepted, in bytes. */
  bodyLimit: number;
  /** The securities dictionary, loaded on the first call (parses without one when it resolves to null). */
  securities: () => Promise<SecurityDictionary | null>;
}

/** Loads once, on first use; a failed load is tried again on the next call. */
export function lazily<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}

export type AppEnv = { Variables: { deps: ApiDeps } };

/** Settings that both runtimes read from their environment (Worker vars/secrets, process env). */
export interface ApiSettings {
  API_TOKEN?: string;
  /** Body limit in bytes. */
  BODY_LIMIT?: string;
}

/** A setting with a value the API cannot use: a deployment mistake, reported rather than guessed around. */
export class InvalidSettingError extends Error {
  override readonly name = "InvalidSettingError";
}

/** BODY_LIMIT in bytes, or the default when it is unset. */
export function bodyLimitFrom(settings: ApiSettings): number {
  if (settings.BODY_LIMIT === undefined || settings.BODY_LIMIT === "") return DEFAULT_BODY_LIMIT;
  const value = Number(settings.BODY_LIMIT);
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new InvalidSettingError(
      `BODY_LIMIT must be a whole number of bytes, not ${JSON.stringify(settings.BODY_LIMIT)}`,
    );
  }
  return value;
}
