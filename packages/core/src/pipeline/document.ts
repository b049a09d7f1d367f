import type { Format, Listing } from "../article.js";
import type { BodySyntax, Channel } from "../packs/index.js";

/**
 * A document as a reader hands it to the pipeline: the fields stated about it, its body, and what
 * the later stages need to say where things are. A file yields one document; a dump yields one per
 * record, a digest one per section.
 */
export interface SourceDocument {
  /** Fields stated about the document (front matter, or a record's mapped fields), in front-matter vocabulary: title, date, tags… */
  data: Record<string, unknown>;
  /** Whether `data` came from front matter. */
  hasFrontMatter: boolean;
  /** The body, as written. */
  body: string;
  /** 1-based line of the input where the body starts. */
  bodyLine: number;
  /** How the body is written, when the reader knows; null lets detection decide. */
  syntax: BodySyntax | null;
  /** The document's text as read: warnings find their lines in it, and its hash is the id of last resort. */
  raw: string;
  /** The input's file name or path, when known: a long number in it can be the id of a one-document input. */
  filename: string | undefined;
  /** Where the document sits in its input (`line 812`, `section 14`); null when the input holds one document. */
  ref: string | null;
  /** The family, when the reader knows it (a record of a dump); null lets detection decide. */
  format: Format | null;
  /** The document's own id, when the reader knows it (a record's id, namespaced by its feed). */
  id: string | null;
  /** The original link the reader found outside the body (a record's `url`). */
  originalUrl: string | null;
  /** The channel the document was published in, when the reader knows it (the feed of a dump). */
  channel: Channel | null;
  /** Listed companies the input itself lists for the document (a record's stock list). */
  securities: Listing[];
  /**
   * A summary the reader found beside the body (a record's `summary` or `digest` over its `content`: a page's
   * 摘要, which may close with the story's outlet, `…（北京商报）`). Not text, and not kept in `extra`: what it says
   * is the body's.
   */
  summary?: string;
}

/** A one-document input's document, with nothing known beyond its fields and body. */
export function fileDocument(
  fields: Pick<SourceDocument, "data" | "hasFrontMatter" | "body" | "bodyLine" | "raw" | "filename"> &
    Partial<Pick<SourceDocument, "syntax" | "format">>,
): SourceDocument {
  return {
    syntax: null,
    format: null,
    ...fields,
    ref: null,
    id: null,
    originalUrl: null,
    channel: null,
    securities: [],
  };
}
