import type { Pieces } from "./pieces.js";
import type { Random } from "./prng.js";

/** The three input families of the brief. */
export const FAMILIES = ["finews-jekyll", "hexo-aggregator", "plain-text"] as const;
export type Family = (typeof FAMILIES)[number];

export interface GeneratedFile {
  family: Family;
  /** File extension, with the dot. */
  extension: string;
  text: string;
}

const SHANGHAI_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86400_000;

/** Picks a family: finews mirrors are the bulk of real corpora, plain-text exports the least. */
export function pickFamily(random: Random): Family {
  const roll = random.next();
  return roll < 0.5 ? "finews-jekyll" : roll < 0.8 ? "hexo-aggregator" : "plain-text";
}

/**
 * How a file's body is drawn. By default 2–12 paragraphs, and a finews body is Markdown one time in
 * five; `bodyChars` keeps adding paragraphs until the body has that many characters (the
 * linearity figure grows files this way), and `markdown` fixes a finews body's syntax.
 */
export interface BodyShape {
  bodyChars?: number;
  markdown?: boolean;
}

export function renderFile(
  family: Family,
  random: Random,
  pieces: Pieces,
  shape: BodyShape = {},
): GeneratedFile {
  switch (family) {
    case "finews-jekyll":
      return { family, extension: ".md", text: finews(random, pieces, shape) };
    case "hexo-aggregator":
      return { family, extension: ".md", text: hexo(random, pieces, shape) };
    case "plain-text":
      return { family, extension: ".txt", text: plainText(random, pieces, shape) };
  }
}

/** Paragraphs of a body, with an occasional section heading between them. */
function bodyParts(
  random: Random,
  pieces: Pieces,
  { bodyChars }: BodyShape,
): Array<{ heading: boolean; text: string }> {
  const parts: Array<{ heading: boolean; text: string }> = [];
  const count = bodyChars === undefined ? random.int(2, 12) : Number.POSITIVE_INFINITY;
  let chars = 0;
  for (let i = 0; i < count && (bodyChars === undefined || chars < bodyChars); i++) {
    if (i > 0 && random.chance(0.12)) parts.push({ heading: true, text: random.pick(pieces.headings) });
    const text = random.pick(pieces.paragraphs);
    parts.push({ heading: false, text });
    chars += text.length;
  }
  return parts;
}

/** A real publish instant moved by up to a day, so recombined files do not share timestamps. */
function instant(random: Random, pieces: Pieces): Date {
  return new Date(random.pick(pieces.instants) + random.int(-DAY_MS, DAY_MS));
}

/** Text inside `<p>` as scraped files write it: only `&`, `<` and `>` escaped, quotes left as they are. */
function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** finews Jekyll post: K-line widgets, HTML (sometimes Markdown) paragraphs, credit, share link, 返回 footer. */
function finews(random: Random, pieces: Pieces, shape: BodyShape): string {
  const channel = random.pick(pieces.finewsChannels);
  const local = new Date(instant(random, pieces).getTime() + SHANGHAI_OFFSET_MS).toISOString();
  const date = `${local.slice(0, 10)} ${local.slice(11, 19)} +0800`;
  const title = random.pick(pieces.titles).replace(/\\/g, "\\\\").replace(/"/g, '\\"');
  const widgets = Array.from({ length: random.int(0, 3) }, () => random.pick(pieces.widgets)).join("");
  const markdown = shape.markdown ?? random.chance(0.2);
  const body = bodyParts(random, pieces, shape)
    .map(({ heading, text }) => {
      if (markdown) return heading ? `**${text}**` : text;
      return heading ? `<p><strong>${escapeText(text)}</strong></p>` : `<p>${escapeText(text)}</p>`;
    })
    .join(markdown ? "\n\n" : "");
  const credit = random.chance(0.6)
    ? `<p class="em_media">（文章来源：${random.pick(pieces.outlets)}）</p>`
    : "";
  const tail = [
    random.chance(0.7) ? random.pick(pieces.shareLinks) : "",
    random.chance(0.8) ? random.pick(pieces.footers) : "",
  ].filter(Boolean);
  return [
    "---",
    "layout: post",
    `title: "${title}"`,
    `date: ${date}`,
    `categories: ${channel.slug}`,
    `tags: ${channel.tag}`,
    "---",
    `${widgets}${markdown && widgets ? "\n\n" : ""}${body}${markdown && credit ? "\n\n" : ""}${credit}`,
    "",
    ...tail.flatMap((line) => [line, ""]),
  ].join("\n");
}

/** Hexo aggregator post: picsum head image, 公益广告, `<br>` runs, 转自/来源 credits, copyright line. */
function hexo(random: Random, pieces: Pieces, shape: BodyShape): string {
  const categories = random.pick(pieces.hexoCategories);
  const title = random.pick(pieces.titles).replace(/'/g, "''");
  const image = `'https://picsum.photos/400/300?random=${random.int(1, 999)}'`;
  const paragraphs = bodyParts(random, pieces, shape).map(({ heading, text }) =>
    heading ? `<p><strong>${escapeText(text)}</strong></p>` : `<p>${escapeText(text)}</p>`,
  );
  const lines = [
    ...(random.chance(0.5) ? ["<p>公益广告</p>", "<p><br></p>"] : []),
    ...paragraphs.flatMap((p) => (random.chance(0.5) ? [p, "<p><br></p>"] : [p])),
    ...(random.chance(0.6) ? [`<p>转自：${random.pick(pieces.outlets)}</p>`] : []),
    ...(random.chance(0.6) ? [`<p>【来源：${random.pick(pieces.outlets)}】</p>`] : []),
    ...(random.chance(0.7) ? ["<p>版权归原作者所有，向原创者致敬</p>"] : []),
  ];
  return [
    "---",
    `title: '${title}'`,
    "categories: ",
    ...categories.map((c) => ` - ${c}`),
    `headimg: ${image}`,
    `author: ${categories[1]}`,
    "comments: false",
    `date: ${instant(random, pieces).toUTCString()}`,
    `thumbnail: ${image}`,
    "---",
    "",
    "<div>   ",
    `${lines.join("")}  `,
    "</div>",
    "",
  ].join("\n");
}

/** Plain-text export: title line, paragraphs, short unpunctuated headings, an editor credit. */
function plainText(random: Random, pieces: Pieces, shape: BodyShape): string {
  const lines = [random.pick(pieces.titles), ...bodyParts(random, pieces, shape).map(({ text }) => text)];
  if (random.chance(0.5)) lines.push(`(责任编辑:${random.pick(pieces.editors)})`);
  return `${lines.join("\n")}\n`;
}
