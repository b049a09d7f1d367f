import type { Article, Image } from "../article.js";
import { textFingerprint } from "../assemble/fingerprint.js";
import { articleId } from "../assemble/id.js";
import { ownField } from "../assemble/own-property.js";
import { renderHtml } from "../assemble/render-html.js";
import { measure } from "../assemble/stats.js";
import { placeholderTest, type StatedFacts } from "../packs/index.js";
import type { ParseContext } from "../pipeline/context.js";
import type { SourceDocument } from "../pipeline/document.js";
import type { Detected } from "./detect.js";
import type { Fields } from "./fields.js";
import { stringField } from "./fields.js";
import type { Provenance } from "./provenance.js";
import type { BodyRead } from "./read-body.js";
import type { Texted } from "./text.js";

/** Everything the stages before it found, which `assemble` turns into an Article. */
export type Assembled = SourceDocument &
  Detected &
  BodyRead &
  Texted &
  Provenance &
  Fields & {
    title: string;
    publishedAt: string | null;
    securities: Article["securities"];
    sectors: Article["sectors"];
    indices: Article["indices"];
    figures: Article["figures"];
  };

/**
 * Assemble: the Article, in the order of its fields, with what is derived from the rest — the id
 * (the source's own, else a hash), sanitized HTML rendered from the blocks, the article images,
 * measurements and the near-duplicate fingerprint — and every warning the stages found.
 */
export function assemble(context: ParseContext<Assembled>): Article {
  const d = context.document;
  const links = d.rawBlocks.flatMap((raw) => raw.links.map((link) => link.href));
  const derived: Article = {
    id: d.id ?? articleId(d.originalUrl ? [d.originalUrl, ...links] : links, d.filename, d.raw),
    title: d.title,
    publishedAt: d.publishedAt,
    source: d.source,
    via: d.via,
    originalUrl: d.originalUrl,
    author: d.author,
    editor: d.editor,
    categories: d.categories,
    tags: d.tags,
    blocks: d.blocks,
    // Both renderings of the blocks and nothing else (the text and title stages make `text` with
    // `plainText`): the scrub of control characters reads the body once on that (`scrubArticle`).
    text: d.text,
    html: renderHtml(d.blocks),
    images: collectImages(context),
    securities: d.securities,
    sectors: d.sectors,
    indices: d.indices,
    figures: d.figures,
    stats: measure(d.text, d.blocks, context.settings),
    warnings: [...context.warnings],
    format: d.format,
    // Set below, from the title the Article ends up with.
    fingerprint: "",
    ref: d.ref,
    storyId: null,
    extra: d.extra,
  };
  const stated = context.packs.generators[0]?.stated?.(d.data);
  const article = stated === undefined ? derived : withStated(derived, stated);
  // A stated title is kept as written (caixun's own Markdown: `_（文章来源：北方网）`), while `d.title`
  // is the cleaned one: the fingerprint is of what the Article says, so reading caixun's Markdown back
  // gives the fingerprint the first parse gave.
  article.fingerprint = textFingerprint(article.title, article.text);
  return article;
}

/**
 * The Article with the facts its front matter states in place of the derived ones (field order
 * kept). Stated warnings are the Article's warnings: the ones this parse finds are about facts the
 * front matter decided (a title it states, a date it states as unknown).
 */
function withStated(derived: Article, stated: StatedFacts): Article {
  return { ...derived, ...stated };
}

/** Image blocks, then images the generator's front-matter fields name (a Hexo `headimg`), each once. */
function collectImages(context: ParseContext<Assembled>): Image[] {
  const { blocks, data } = context.document;
  const isPlaceholderImage = placeholderTest(context.packs);
  const images: Image[] = [];
  const seen = new Set<string>();
  for (const block of blocks) {
    if (block.type === "image" && block.src !== null && !seen.has(block.src)) {
      seen.add(block.src);
      images.push({ src: block.src, alt: block.alt, caption: block.caption });
    }
  }
  for (const field of context.packs.generators[0]?.imageFields ?? []) {
    const src = stringField(ownField(data, field));
    if (src && /^(?:https?:)?\/\//.test(src) && !isPlaceholderImage(src) && !seen.has(src)) {
      seen.add(src);
      images.push({ src, alt: null, caption: null });
    }
  }
  return images;
}
