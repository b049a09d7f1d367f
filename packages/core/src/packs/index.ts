import type { SourceDocument } from "../pipeline/document.js";
import { patternSet } from "../text/pattern-set.js";
import { stringFinder } from "../text/string-finder.js";
import { titleFromText } from "../warnings.js";
import { blog } from "./blog/index.js";
import { caixun } from "./caixun/index.js";
import { clsFeed } from "./cls/index.js";
import { cs } from "./cs/index.js";
import { eastmoney, eastmoneyFeed } from "./eastmoney/index.js";
import { finews } from "./finews/index.js";
import { hexo } from "./hexo/index.js";
import { jin10 } from "./jin10/index.js";
import { kr36 } from "./kr36/index.js";
import { memoByPacks } from "./memo.js";
import { nbd } from "./nbd/index.js";
import { people } from "./people/index.js";
import { readwise } from "./readwise/index.js";
import { reuters } from "./reuters/index.js";
import { sina } from "./sina/index.js";
import { sinaFinance } from "./sina-finance/index.js";
import { sogou } from "./sogou/index.js";
import { stcn } from "./stcn/index.js";
import { thepaper } from "./thepaper/index.js";
import { thsFeed } from "./ths/index.js";
import type { ContentPack, Pack, PackInput, PackSet } from "./types.js";
import { uikitComment } from "./uikit-comment/index.js";
import { wallstreetcn } from "./wallstreetcn/index.js";
import { xwlbArchive } from "./xwlb-archive/index.js";

/** The content packs of `PACKS`, made when first read. */
let contentPacks: readonly ContentPack[] | undefined;

/**
 * The registry: every bundled pack, one folder each (its knowledge, a fixture and a test).
 * Generators most specific first — the first that matches decides the format; `blog` takes any
 * other front-matter file (`caixun`, the files caixun itself writes, comes first). Feeds map the records of scraper dumps.
 */
export const PACKS: PackSet = {
  generators: [caixun, finews, hexo, blog],
  // Made at first use: the packs written as JSON rules are compiled then (`compiledOnce`).
  get content() {
    contentPacks ??= [
      cs(),
      eastmoney,
      jin10(),
      kr36(),
      nbd(),
      people(),
      readwise,
      reuters(),
      sina,
      sinaFinance(),
      sogou,
      stcn(),
      thepaper(),
      uikitComment(),
      wallstreetcn(),
      xwlbArchive(),
    ];
    return contentPacks;
  },
  feeds: [clsFeed, eastmoneyFeed, thsFeed],
};

/** The packs of `registry` that apply to a document: at most one generator, every matching content pack. */
export function packsFor(input: PackInput, registry: PackSet = PACKS): PackSet {
  const found = bodyStringsOf([...registry.generators, ...registry.content])(input.body);
  const asked = { ...input, found };
  const applies = (pack: Pack) =>
    (pack.bodyIncludes === undefined || pack.bodyIncludes.some((s) => found.has(s))) && pack.matches(asked);
  const generator = registry.generators.find(applies);
  return {
    generators: generator ? [generator] : [],
    content: registry.content.filter(applies),
    feeds: registry.feeds,
  };
}

/**
 * The fields a rule pack's `match` sees of a document: its front matter as stated; for a record of a dump, its
 * fields with the feed its mapping read (`source_name`, a feed pack's outlet: 财联社) as `source` and `channel`,
 * unless the record states a field of that name itself. So a pack matched on `source` holds for a feed's records
 * as for files whose front matter names that source, and `learnRules` groups records by the same fields.
 */
export function matchedFields(
  document: Pick<SourceDocument, "data" | "hasFrontMatter" | "channel" | "originalUrl">,
) {
  const { data, hasFrontMatter, channel, originalUrl } = document;
  if (hasFrontMatter || (channel === null && originalUrl === null)) return data;
  const fields: Record<string, unknown> = { ...data };
  if (channel !== null)
    for (const name of FEED_FIELDS) if (!Object.hasOwn(fields, name)) fields[name] = channel.name;
  // The record's link, which its reader took out of its fields as the original address (a feed item's `link`).
  if (originalUrl !== null && !Object.hasOwn(fields, "link")) fields.link = originalUrl;
  return fields;
}

/** The names under which a record's feed is matched: what front matter calls the outlet it came from. */
const FEED_FIELDS = ["source", "channel"] as const;

/** One finder of every pack's `bodyIncludes` and `bodyAsks`, per pack list. */
const bodyStringsOf = memoByPacks((packs) =>
  stringFinder(packs.flatMap((pack) => [...(pack.bodyIncludes ?? []), ...(pack.bodyAsks ?? [])])),
);

/** Every pack of a set, generator first (the order their rules apply in). */
export function allPacks(packs: PackSet) {
  return [...packs.generators, ...packs.content];
}

export type {
  BodySyntax,
  Channel,
  ContentPack,
  FeedPack,
  FieldLocation,
  GeneratorPack,
  Pack,
  PackFieldName,
  PackFields,
  PackInput,
  PackSet,
  SecurityLocation,
  StatedFacts,
} from "./types.js";

/**
 * Whether the generator's front matter says its title was taken from the body's own words (caixun's
 * Markdown of a file that stated none, whose stated warnings say so): a body that opens with it opens
 * with the story's first sentence, not with a page's headline repeated over the story.
 */
export function titleTakenFromBody(packs: PackSet, data: Record<string, unknown>): boolean {
  return titleFromText(packs.generators[0]?.stated?.(data).warnings);
}

/** True for image URLs that a pack of the set calls a placeholder or a chart, not an article image. */
export function placeholderTest(packs: PackSet): (src: string) => boolean {
  return placeholderTestOf(allPacks(packs));
}

const placeholderTestOf = memoByPacks((packs) => {
  const placeholders = patternSet(packs.flatMap((pack) => pack.placeholderImages ?? []));
  return (src: string) => placeholders.test(src);
});
