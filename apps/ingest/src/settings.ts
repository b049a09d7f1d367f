/**
 * Every threshold of the pipeline in one place, with the Cloudflare limit each one answers to
 * (docs/scale.md quotes the limits and where they come from). A deployment overrides them with
 * Worker vars of the same name in SCREAMING_SNAKE_CASE.
 */
export interface IngestSettings {
  /**
   * Bytes of JSON Lines one task parses. A larger dump is split into tasks of about this size on line
   * boundaries (range reads for plain objects, staged parts for gzipped ones), so that one task's
   * Articles fit in a Worker's 128 MB and its parse in the consumer's CPU time (docs/scale.md has the
   * measured cost per record this default comes from).
   */
  rangeBytes: number;
  /** Longest JSON Lines record; a longer line is reported as a failed record, never read into memory whole. */
  maxRecordBytes: number;
  /**
   * Records of JSON Lines one task parses: a dump with more lines than this is split into tasks of at most this many,
   * whatever their bytes. `rangeBytes` is sized for news records of kilobytes; 100,000 records of 40 bytes (4.3 MB,
   * one part of `rangeBytes`) held 109 MB of Articles and took 27 s to parse, before their JSON Lines copy was made —
   * past a Worker's 128 MB, the task died with nothing said of its records (twenty-fourth round). 5,000 such
   * Articles hold some 6 MB.
   */
  maxRecords: number;
  /** Articles written to the store in one batch of statements (one D1 transaction per shard). */
  writeChunk: number;
  /** First retry waits this long; each further attempt doubles it, up to `retryMaxSeconds`. */
  retryBaseSeconds: number;
  /** Longest retry delay; Queues allows 12 hours (43,200 s) for `retry({ delaySeconds })`. */
  retryMaxSeconds: number;
  /** Keys listed per page when a batch names a prefix (R2 `list` returns at most 1,000). */
  listPage: number;
  /** Where Articles are copied as JSON Lines, by publish day: `<parsedPrefix><yyyy>/<mm>/<dd>/…jsonl`. */
  parsedPrefix: string;
  /** Where records that gave no Article are listed, per batch. */
  failedPrefix: string;
  /** Where parts of gzipped dumps are staged as plain JSON Lines while they are processed. */
  stagingPrefix: string;
}

export const DEFAULT_SETTINGS: IngestSettings = {
  rangeBytes: 4 * 1024 * 1024,
  maxRecordBytes: 1024 * 1024,
  maxRecords: 5000,
  writeChunk: 200,
  retryBaseSeconds: 30,
  retryMaxSeconds: 3600,
  listPage: 1000,
  parsedPrefix: "parsed/",
  failedPrefix: "failed/",
  stagingPrefix: "staging/",
};

const NUMERIC: (keyof IngestSettings)[] = [
  "rangeBytes",
  "maxRecordBytes",
  "maxRecords",
  "writeChunk",
  "retryBaseSeconds",
  "retryMaxSeconds",
  "listPage",
];

function envName(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase();
}

/** Settings from Worker vars (`RANGE_BYTES`, `RETRY_BASE_SECONDS`, …); a var that is not a number is a deployment mistake. */
export function settingsFrom(vars: Record<string, unknown>): IngestSettings {
  const settings = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof IngestSettings)[]) {
    const value = vars[envName(key)];
    if (value === undefined || value === "") continue;
    if (NUMERIC.includes(key)) {
      const number = Number(value);
      if (!Number.isSafeInteger(number) || number < 0) {
        throw new Error(`${envName(key)} must be a whole number, not ${JSON.stringify(value)}`);
      }
      (settings as Record<string, unknown>)[key] = number;
    } else {
      (settings as Record<string, unknown>)[key] = String(value);
    }
  }
  return settings;
}

/** Delay before the next attempt of a task that failed on attempt `attempts` (1-based): exponential, capped. */
export function backoffSeconds(attempts: number, settings: IngestSettings): number {
  const exponent = Math.min(Math.max(attempts - 1, 0), 30);
  return Math.min(settings.retryMaxSeconds, settings.retryBaseSeconds * 2 ** exponent);
}
