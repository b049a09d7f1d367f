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

/**
 * The fields a rule pack's `match` sees of a document: its front matter as stated; for a record of a dump, its
 * fields with the feed its mapping read (`source_name`, a feed pack's outlet: 财联社) as `source` and `channel`,
 * unless the record states a field of that name itself. So a pack matched on `source` holds for a feed's records
 * as for files whose front matter names that source, and `learnRules` groups records by the same fields.
 */
export function matchedFields(document: Pick<SourceDocument, "data" | "hasFrontMatter" | "channel">) {
  const { data, hasFrontMatter, channel } = document;
  if (hasFrontMatter || channel === null) return data;
  const fields: Record<string, unknown> = { ...data };
  for (const name of FEED_FIELDS) if (!Object.hasOwn(fields, name)) fields[name] = channel.name;
  return fields;
}

/** The names under which a record's feed is matched: what front matter calls the outlet it came from. */
const FEED_FIELDS = ["source", "channel"] as const;

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
