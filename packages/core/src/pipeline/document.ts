import type { BodySyntax } from "../packs/index.js";

/**
 * A document as a reader hands it to the pipeline: the fields stated about it, its body, and what
 * the later stages need to say where things are. One input yields one document today (a file with
 * or without front matter); readers of many-record inputs yield one per record.
 */
export interface SourceDocument {
  /** Fields stated about the document (its front matter), in front-matter vocabulary: title, date, tags… */
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
  /** The input's file name or path, when known: a long number in it can be the id. */
  filename: string | undefined;
}
