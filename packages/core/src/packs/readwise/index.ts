import { bodyIncludesAny } from "../body-includes.js";
import type { ContentPack } from "../types.js";

/** Readwise's date as its templates write it: `[[Apr 11th, 2025]]`. */
const SYNC_DATE = String.raw`\[\[[A-Z][a-z]{2,8} \d{1,2}(?:st|nd|rd|th), \d{4}\]\]`;
/**
 * The longest reader's note cut after a passage's link. A note is cut only when it closes its list
 * item: a longer rest of the item holds passages after the note, which stay with it.
 */
const NOTE_MAX = 200;

/**
 * Readwise's highlight exports (into Logseq, Obsidian or Markdown): what Readwise writes around the
 * passages a reader marked. The page's properties are read as front matter (`readers/page-properties.ts`);
 * left in the text are its link back after each passage (`([View Highlight](https://read.readwise.io/…))`),
 * the reader's note under it (`- Note: …`, `💡: …`), the tags of the day it was marked
 * (`#Highlight #[[2023-10-16]]`), the lines that open each sync (`Highlights first synced by [[Readwise]]
 * [[Jan 31st, 2024]]`, `New highlights added [[…]] at 2:54 PM`), the `## Highlights` heading and its
 * stock cover images.
 */
export const readwise: ContentPack = {
  kind: "content",
  name: "readwise",
  ...bodyIncludesAny(["readwise", "Readwise", "#Highlight #[["]),
  dropBlocks: [/^Highlights$/u],
  // The text of a list item has its white space collapsed: one blank before a fragment, never a run to try.
  cutFragments: [
    new RegExp(
      String.raw`^(?:Highlights first synced by (?:\[\[Readwise\]\]|#Readwise)|New highlights added) ${SYNC_DATE}(?: at \d{1,2}:\d{2} [AP]M)?\s*`,
      "gu",
    ),
    new RegExp(String.raw` ?\(View Highlight\)(?: (?:Note|💡)[:：] [^\n]{1,${NOTE_MAX}}$)?`, "gu"),
    // The note as an item of its own: nested under its passage's item, it is an item of the list after it.
    new RegExp(String.raw`^(?:Note|💡)[:：] [^\n]{1,${NOTE_MAX}}$`, "gu"),
    / ?#Highlight(?: #\[\[\d{4}-\d{2}-\d{2}\]\])?/gu,
  ],
  placeholderImages: [/^https:\/\/readwise-assets\.s3\.amazonaws\.com\/static\/images\//],
};
