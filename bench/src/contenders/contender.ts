/** One file as every contender receives it. */
export interface BenchInput {
  /** Path of the file, for ids and messages. */
  filename: string;
  /** The file's bytes, exactly as on disk: what caixun is given. */
  raw: Uint8Array;
  /** The same file as an HTML page (see page.ts): what every HTML-based contender is given. */
  html: string;
}

/** What a contender found. `text` is computed on demand so converting its output is not timed. */
export interface Extraction {
  title: string | null;
  /** As the contender states it; compared as an instant. */
  date: string | null;
  text(): string;
}

export interface Contender {
  name: string;
  /** What the contender reads: the file itself or its HTML page. */
  reads: "raw" | "html";
  /** False for the parse-only floor, which extracts nothing and is not judged for accuracy. */
  extracts: boolean;
  extract(input: BenchInput): Extraction | Promise<Extraction>;
}

/** The URL handed to contenders that need one; nothing is fetched. */
export function pageUrl(filename: string): string {
  return `https://bench.invalid/${encodeURIComponent(filename.replace(/^.*[\\/]/, ""))}`;
}
