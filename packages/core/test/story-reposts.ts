// Reposted-article pairs built from the shared corpus: every real article of ../shared/corpus is
// reposted the way mirrors and aggregators do it (a new headline, another outlet's credit, a
// boilerplate tail, a truncated body), written out as a plain-text file and parsed again. A repost
// must land in its original's story; two different articles of the corpus never share one.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Article } from "../src/article.js";
import { parse } from "../src/parse.js";
import { CORPUS } from "./helpers.js";

/** The same instant for every article, so only the texts decide (the time window always passes). */
const PUBLISHED = "2026-08-01T09:00:00+08:00";

const BOILERPLATE = [
  "版权归原作者所有，向原创者致敬。",
  "免责声明：本文仅供参考，不构成投资建议。投资者据此操作，风险自担。",
  "更多精彩资讯，请扫码关注我们的公众号。",
  "（责任编辑：王晓）",
];

/**
 * Pairs of different files of the corpus that are copies of one story, found by reading them: two
 * versions of one post, and the same news posted twice. Every other pair of files is a different story.
 */
export const CORPUS_SAME_STORY: readonly [string, string, string][] = [
  [
    "finews-jekyll/_posts__2021-12-08-202112082206928461.md",
    "finews-jekyll/_posts__2021-12-08-202112082206928461@cfbae48.md",
    "one post at two commits",
  ],
  [
    "finews-jekyll/_posts__2021-12-08-202112082206928461.md",
    "finews-jekyll/_posts__2021-12-08-202112082206928461@2b5b53f.md",
    "one post at two commits",
  ],
  [
    "finews-jekyll/_posts__2021-12-08-202112082206928461@2b5b53f.md",
    "finews-jekyll/_posts__2021-12-08-202112082206928461@cfbae48.md",
    "one post at two commits",
  ],
  [
    "finews-jekyll/_posts__2021-12-08-202112082206945215.md",
    "finews-jekyll/_posts__2021-12-08-202112082206945215@8a20741.md",
    "one post at two commits",
  ],
  [
    "finews-jekyll/_posts__2021-12-08-202112082206896571.md",
    "finews-jekyll/_posts__2021-12-08-202112082206936037.md",
    "both: the US chip-funding bill may slip to next year (titles only)",
  ],
  [
    "finews-jekyll/_posts__2021-12-08-202112082206799679.md",
    "finews-jekyll/_posts__2021-12-08-202112082206934582.md",
    "both: onshore and offshore yuan at a high since May 2018, 6.3512",
  ],
  [
    "hexo-aggregator/id35120334544.md",
    "hexo-aggregator/id35234222050.md",
    "both: the EGD_Finance flash-loan attack, two versions of one flash",
  ],
];

export interface Repost {
  kind: "retitled" | "resourced" | "boilerplate" | "truncated" | "all";
  article: Article;
}

export interface CorpusArticle {
  file: string;
  article: Article;
  reposts: Repost[];
}

/** Every file of a labelled set (`../shared/corpus`, `datasets/dev/tune`…) with a body, parsed, with its reposts. */
export function repostsOfSet(root: string, minCharacters = 40): CorpusArticle[] {
  const out: CorpusArticle[] = [];
  for (const relative of filesUnder(root)) {
    const file = join(root, relative);
    const name = relative.slice(relative.lastIndexOf("/") + 1);
    const original = { ...parse(readFileSync(file), { filename: name }), publishedAt: PUBLISHED };
    if (original.stats.characters < minCharacters) continue;
    out.push({ file: relative, article: original, reposts: repostsOf(original) });
  }
  return out;
}

/** The corpus's files with their reposts. */
export function corpusReposts(): CorpusArticle[] {
  return repostsOfSet(CORPUS);
}

/** Files under a folder, as sorted relative paths, leaving out gold labels and notes. */
function filesUnder(root: string, prefix = ""): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(root, prefix)).sort()) {
    const relative = prefix === "" ? name : `${prefix}/${name}`;
    if (name === "gold" || name.startsWith(".") || /^(?:README\.md|SOURCES\.tsv)$/.test(name)) continue;
    if (statSync(join(root, relative)).isDirectory()) out.push(...filesUnder(root, relative));
    else out.push(relative);
  }
  return out;
}

function repostsOf(original: Article): Repost[] {
  const paragraphs = original.text.split("\n\n").filter((p) => p.trim() !== "");
  const title = original.title;
  const retitle = `重磅！${title.slice(0, Math.max(6, Math.floor(title.length / 2)))}……最新消息`;
  const kept = Math.max(1, Math.ceil(paragraphs.length * 0.6));
  const truncated =
    paragraphs.length > 1
      ? paragraphs.slice(0, kept)
      : [paragraphs[0]!.slice(0, Math.max(20, Math.ceil(paragraphs[0]!.length * 0.6)))];
  const variants: [Repost["kind"], string, string[]][] = [
    ["retitled", retitle, paragraphs],
    ["resourced", title, ["来源：经济参考网", ...paragraphs, "（文章来源：经济参考网）"]],
    ["boilerplate", title, [...paragraphs, ...BOILERPLATE]],
    ["truncated", title, [...truncated, "……（点击阅读全文）"]],
    ["all", retitle, ["来源：经济参考网", ...truncated, ...BOILERPLATE]],
  ];
  return variants.map(([kind, heading, body]) => ({
    kind,
    article: {
      ...parse(`${heading}\n\n${body.join("\n\n")}\n`, { filename: `repost-${kind}.txt` }),
      id: `${original.id}#${kind}`,
      publishedAt: PUBLISHED,
    },
  }));
}
