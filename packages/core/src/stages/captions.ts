import { advance, type Stage } from "../pipeline/context.js";
import type { SourceDocument } from "../pipeline/document.js";
import { DEFAULT_SETTINGS, type ParseSettings } from "../settings.js";
import { collapseWhitespace } from "../text/chars.js";
import { type RawBlock, rawBlock } from "./raw-block.js";
import type { BodyRead } from "./read-body.js";

/** Text that names a picture's source or subject: `图片来源：…`, `…供图`, `记者 X 摄`. */
const CAPTION = /^(?:图片来源|图源|图为|图\s*[:：]|资料图|[（(]图片来源)|(?:供图|摄|制图|摄影|配图)[)）]?$/u;

/**
 * Captions: a short centred line (or a line that reads as a caption) right after an image becomes
 * that image's caption; a caption whose image the source dropped stays as an image block without
 * `src`, so it is kept as a caption rather than read as prose. A line that repeats the alt of a picture named
 * after the story's headline goes (`repeatsHeadlineAlt`).
 */
export const captions: Stage<BodyRead & Pick<SourceDocument, "data">, Pick<BodyRead, "rawBlocks">> = (
  context,
) =>
  advance(context, {
    rawBlocks: attachCaptions(
      context.document.rawBlocks,
      context.settings,
      statedTitle(context.document.data),
    ),
  });

/** The title the document states (its front matter's), which a picture's alt may repeat (`repeatsHeadlineAlt`). */
function statedTitle(data: Readonly<Record<string, unknown>>): string | null {
  return typeof data.title === "string" && data.title.trim() !== "" ? collapseWhitespace(data.title) : null;
}

/** `headline`: the title the document states, which a line under its lead picture may repeat (`repeatsHeadlineAlt`). */
export function attachCaptions(
  blocks: readonly RawBlock[],
  settings: Readonly<ParseSettings> = DEFAULT_SETTINGS,
  headline: string | null = null,
): RawBlock[] {
  const out: RawBlock[] = [];
  for (const raw of blocks) {
    const block = raw.block;
    const previousRaw = out[out.length - 1];
    const previous = previousRaw?.block;
    // Plain text has no markup, so a short caption line may have been read as a heading.
    if (
      (block.type === "paragraph" || block.type === "heading") &&
      block.text.length <= settings.captionMaxLength
    ) {
      const looksLikeCaption = CAPTION.test(block.text);
      if (previous?.type === "image" && previous.caption === null && (raw.captionHint || looksLikeCaption)) {
        out[out.length - 1] = { ...previousRaw!, block: { ...previous, caption: block.text } };
        continue;
      }
      if (
        previous?.type === "image" &&
        previous.caption === null &&
        repeatsHeadlineAlt(previous.alt, block.text, headline)
      )
        continue;
      if (looksLikeCaption) {
        out.push(
          rawBlock({ type: "image", src: null, alt: null, caption: block.text }, raw.links, raw.captionHint),
        );
        continue;
      }
    }
    out.push(raw);
  }
  return out;
}

/**
 * Whether a line under a picture says its alt text again, an alt that names the story by its headline
 * (`![中国海关：… - 俄罗斯卫星通讯社, 1920, 21.04.2026](…)` then the same words as a line, as a WeChat clip keeps a
 * news site's lead picture): the site's name for the picture, not the story's words. An alt of other words
 * repeated under its picture (`民进党大佬林丰喜` under 新浪's picture of him) is the caption the page shows, and stays.
 */
function repeatsHeadlineAlt(alt: string | null, text: string, headline: string | null): boolean {
  if (alt === null || headline === null || !alt.startsWith(headline.slice(0, 1))) return false;
  const named = collapseWhitespace(alt);
  return named.startsWith(headline) && named === collapseWhitespace(text);
}
