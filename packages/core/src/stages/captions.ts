import { STAGES_CAPTIONS_PATTERNS } from "@caixun/core/text/rule-patterns";
import { advance, type Stage } from "../pipeline/context.js";
import type { SourceDocument } from "../pipeline/document.js";
import { DEFAULT_SETTINGS, type ParseSettings } from "../settings.js";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
import { type RawBlock, rawBlock } from "./raw-block.js";
import type { BodyRead } from "./read-body.js";

/**
 * The patterns below are compiled from their literals (`STAGES_CAPTIONS_PATTERNS`, `text/rule-patterns.ts`) when a function that
 * reads one is first called: a Worker reads the literals from its static assets before any parse instead of carrying
 * them in its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag
 * once per call.
 */
let stagesCaptionsPatternsCompiled = false;
/** Text that names a picture's source or subject: `图片来源：…`, `…供图`, `记者 X 摄`. */
let CAPTION: RegExp;

/** Compiles `STAGES_CAPTIONS_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileStagesCaptionsPatterns(): void {
  [CAPTION] = STAGES_CAPTIONS_PATTERNS.map(regexFromLiteral) as RegExps<1>;
  stagesCaptionsPatternsCompiled = true;
}

/**
 * Captions: a short centred line (or a line that reads as a caption) right after an image becomes
 * that image's caption; a caption whose image the source dropped stays as an image block without
 * `src`, so it is kept as a caption rather than read as prose. A line that repeats the alt of a picture named
 * after the story's headline goes.
 */
export const captions: Stage<BodyRead & Pick<SourceDocument, "data">, Pick<BodyRead, "rawBlocks">> = (
  context,
) =>
  advance(context, {
    rawBlocks: attachCaptions(context.document.rawBlocks, context.settings, context.document.data.title),
  });

/** `headline`: the title the document states, which the alt of its lead picture may open with. */
export function attachCaptions(
  blocks: readonly RawBlock[],
  settings: Readonly<ParseSettings> = DEFAULT_SETTINGS,
  headline: unknown = null,
): RawBlock[] {
  if (!stagesCaptionsPatternsCompiled) compileStagesCaptionsPatterns();
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
      // The line says again the alt of a picture named after the story's headline
      // (`![中国海关：… - 俄罗斯卫星通讯社, 1920, 21.04.2026](…)` then the same words, as a WeChat clip keeps a news
      // site's lead picture): the site's name for its picture, not the story's words. A line repeating an alt of
      // other words (`民进党大佬林丰喜` under 新浪's picture of him) is the caption the page shows, and stays.
      if (
        previous?.type === "image" &&
        previous.alt === block.text &&
        typeof headline === "string" &&
        headline !== "" &&
        block.text.startsWith(headline)
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
