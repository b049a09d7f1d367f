import { type RawBlock, rawBlock } from "./raw-block.js";

/** Text that names a picture's source or subject: `图片来源：…`, `…供图`, `记者 X 摄`. */
const CAPTION = /^(?:图片来源|图源|图为|图\s*[:：]|资料图|[（(]图片来源)|(?:供图|摄|制图|摄影|配图)[)）]?$/u;
const MAX_CAPTION_LENGTH = 80;

/**
 * Stage 7b — captions: a short centred line (or a line that reads as a caption) right after an
 * image becomes that image's caption; a caption whose image the source dropped stays as an image
 * block without `src`, so it is kept as a caption rather than read as prose.
 */
export function attachCaptions(blocks: RawBlock[]): RawBlock[] {
  const out: RawBlock[] = [];
  for (const raw of blocks) {
    const block = raw.block;
    const previous = out[out.length - 1]?.block;
    // Plain text has no markup, so a short caption line may have been read as a heading.
    if ((block.type === "paragraph" || block.type === "heading") && block.text.length <= MAX_CAPTION_LENGTH) {
      const looksLikeCaption = CAPTION.test(block.text);
      if (previous?.type === "image" && previous.caption === null && (raw.captionHint || looksLikeCaption)) {
        previous.caption = block.text;
        continue;
      }
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
