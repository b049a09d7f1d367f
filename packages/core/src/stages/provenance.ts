import type { Source } from "../article.js";
import { aggregatorOfUrl, outletOfStoryUrl, outletOfUrl, spelledHostName } from "../credits/domains.js";
import { readDateline } from "../credits/grammar.js";
import { EDITION_WORDS } from "../credits/grammar-words.js";
import {
  canonicalOutlet,
  looksLikeOutlet,
  outletKey,
  outletSpelling,
  platformAccount,
  platformOutlet,
  sameOutletOrSite,
  statedFeedName,
  withoutScriptGap,
} from "../credits/outlets.js";
import { reporterOutlet } from "../credits/reporter-outlet.js";
import { hostedName, programmeOfEpisodeTitle } from "../credits/site-suffix.js";
import { tallyNames } from "../credits/tally.js";
import type { Channel } from "../packs/index.js";
import { advance, type Stage } from "../pipeline/context.js";
import type { SourceDocument } from "../pipeline/document.js";
import { fileNameOf } from "../readers/file-path.js";
import { byReporter, type Credits, SOURCE_WEIGHT, Strength, statedReportingOutlet } from "./credits.js";
import { linkOutsideBody, ROLE_KEYS, statedWriter } from "./fields.js";
import type { RawBlock } from "./raw-block.js";
import type { BodyRead } from "./read-body.js";

export interface Provenance {
  source: Source | null;
  via: string[];
}

/** Names compare without spaces and case, and through abbreviations: `IT 之家` is `IT之家`, `36kr` is `36氪`. */
const key = outletKey;

/**
 * Provenance: who wrote it and how it travelled. The evidence names the source, each piece weighed by its
 * strength (credit line > dateline or trailing credit > the channel, when it is an outlet > footer link >
 * the address's site) and agreeing pieces adding up (`SOURCE_WEIGHT`); reposts
 * (`转自`) and the channel the generator pack reads from the front matter, when it is not the
 * source, make up `via`, outermost last.
 */
export const provenance: Stage<
  SourceDocument &
    BodyRead & { credits: Credits; title: string; titleSite: string | null; titleWriter: string | null },
  Provenance
> = (context) => {
  const { data, credits, stated, titleSite, titleWriter, pageCopy, pageLines } = context.document;
  // The site a pack knows carried the story (新浪财经's copies, `PackCarrier`); a record's channel that is its byline
  // for others' copy (`市场资讯`) is that site.
  const { body } = context.document;
  const carrier =
    context.packs.content.find((pack) => pack.carrier?.marks.some((mark) => body.includes(mark)))?.carrier ??
    null;
  const statedChannel = context.document.channel ?? context.packs.generators[0]?.channel?.(data) ?? null;
  const channel =
    statedChannel !== null && carrier?.bylines?.includes(statedChannel.name)
      ? { ...statedChannel, name: carrier.name }
      : statedChannel;
  // The story's link stated outside the body (a record's url, a title linking to the page) names the
  // site it is on, the weakest evidence, as the body's own original link does (credits stage).
  const link = credits.originalUrl === null ? linkOutsideBody(context.document) : null;
  // An outlet's Chinese edition the page's title names after the headline on the outlet's own site (`… - BBC中文网 -
  // 两岸三地` on bbc.co.uk, whose host names the BBC) is that outlet, said exactly: the edition's name.
  const titledSite = pageLines.site === null ? null : bracketless(pageLines.site);
  const linked = editionOf(link === null ? null : outletOfStoryUrl(link, byReporter(credits)), titledSite);
  // The writer an aggregator's title names (`新京报｜…`) weighs as a dateline; the aggregator carried it.
  const aggregator = link === null ? null : aggregatorOfUrl(link);
  // The site named after the headline (`标题 – 法国国际广播电台 - RFI`) weighs as the link's site, after it; so does
  // the site a whole page's title names when no link names the site already: a page on a platform's address
  // (`…_澎湃新闻-The Paper` over an account's story on thepaper.cn) is the platform's, which the link names.
  const pageSite = linked !== null ? null : titledSite;
  const weakest = [linked, titleSite, pageSite].filter((name): name is string => name !== null);
  // Only the names and the hops: a copy of the whole `Credits` (whose fields differ from story to story) took
  // a map of its own at every parse, and V8 missed its store cache for `sources` and `via` every time.
  const evidence: SourceNames = {
    sources: [
      ...credits.sources,
      ...(titleWriter === null ? [] : [{ name: canonicalOutlet(titleWriter), strength: Strength.dateline }]),
      ...weakest.map((name) => ({ name, strength: Strength.domain })),
    ],
    via: aggregator === null ? credits.via : [...credits.via, aggregator],
  };
  // A podcast episode's page titled by its programme (`財報狗EP585 - 逐字稿`): the programme, weighing as a channel.
  const programme = programmeOfEpisodeTitle(context.document.title);
  if (programme !== null)
    evidence.sources.push({ name: canonicalOutlet(programme), strength: Strength.channel });
  // A front-matter key of any name whose value is an outlet's name (`publisher: 证券时报`, `媒体: 新华社`)
  // weighs as a channel: alone it loses to any credit, agreeing with one it adds to it. A value naming the
  // channel itself (an aggregator's `author: 金色财经` over its feed) is the channel's, read as such.
  // Only a file's front matter: a record's fields are its feed's, which its pack reads — save the field a record
  // states its writer in, which names the outlet or account the story came from when it is no person
  // (`author: 央视新闻` on a 财联社 scraper's line of a story 财联社 republished).
  let keyed = context.document.hasFrontMatter ? keyedOutlets(data) : authorOutlet(data.author);
  // A feed archive's `source:` names the feed it took the page from (`source: 极客公园`, `source: FreeBuf网络安全行业门户`):
  // a channel, the site's name as its address spells it when the feed's title runs a tagline on. With nothing else
  // to go by, the site's name a title or the file name spells as the address does (`VIX and More: …` on
  // `vixandmore.blogspot.com`) is the address's site.
  const siteLink = credits.originalUrl ?? link;
  const fed = context.document.hasFrontMatter ? statedFeedName(data.source) : null;
  if (fed !== null) {
    const spelled = siteLink === null ? null : spelledHostName(siteLink, [fed]);
    keyed = [...keyed.filter((name) => name !== fed), spelled ?? fed];
  } else if (
    siteLink !== null &&
    evidence.sources.length === 0 &&
    keyed.length === 0 &&
    stated.source === undefined
  ) {
    const { filename } = context.document;
    const base = filename === undefined ? "" : fileNameOf(filename).replace(/\.[^.]*$/u, "");
    const titled = typeof data.title === "string" ? data.title : "";
    // Only a name of several words: one word a file name or a title shares with the address (`zhihu__…`) is a
    // collector's label or a product's name, no site spelled out.
    const spelled = spelledHostName(siteLink, [titled, base, ...edgeTexts(context.document.rawBlocks)]);
    if (spelled?.includes(" ")) evidence.sources.push({ name: spelled, strength: Strength.domain });
  }
  // The channel's key only when there is a value to compare it with: a key is five pattern runs, and
  // most files' front matter names no outlet under a key of its own.
  const channelKey = keyed.length === 0 || channel === null ? null : key(channel.name);
  for (const name of keyed) {
    if (key(name) !== channelKey)
      evidence.sources.push({ name: canonicalOutlet(name), strength: Strength.channel });
  }
  // What the markup states (a page's meta source) weighs as a credit line, after the body's own.
  const withStated =
    stated.source === undefined
      ? evidence
      : {
          ...evidence,
          sources: [
            ...evidence.sources,
            { name: canonicalOutlet(stated.source), strength: Strength.creditLine },
          ],
        };
  // With no evidence at all, a pasted story may name its outlet only in its own words, its reporters at work
  // (`第一财经记者根据公开资料`, `21世纪经济报道记者了解到` under a `本报记者` byline): the weakest evidence.
  // So may a flash only in its headline's dispatch label (`Mysteel快讯：蒙煤进口…` over a lead naming the outlet's desk,
  // `Mysteel煤焦：据…`), read as the same label opening its lead would be, a dateline's weight.
  const labelled = withStated.sources.length === 0 ? headlineDispatchOutlet(context.document.title) : null;
  if (labelled !== null) withStated.sources.push({ name: labelled, strength: Strength.dateline });
  if (withStated.sources.length === 0) {
    const own = reporterOutlet(paragraphTexts(context.document.rawBlocks));
    if (own !== null) withStated.sources.push({ name: own, strength: Strength.domain });
  }
  const resolved = resolveProvenance(withStated, channel);
  // A copy of a whole page whose headline names its site after it (`标题_新浪财经_新浪网`, `extract/markdown-page.ts`)
  // is that site's page: when the story credits another outlet (`来源：面包财经`), the site carried it, the outermost hop.
  // So is a whole page whose title sets its site off in brackets after the headline (`标题 - 【阳光易购】`, a portal
  // relaying what others wrote): a plain suffix (`标题_新浪财经`) is as often the outlet's own page and names no hop.
  addHop(resolved, pageCopy ? pageLines.site : bracketedSite(pageLines.site));
  // So is the site a clipped page's title names (`标题 - IT之家`) when the story's relay note names only the account it came
  // from (`本文来自微信公众号：量子位…`): the page is the site's, which carried the account's story.
  if (credits.relayedUnnamed === true) addHop(resolved, titleSite);
  // A record's own address (the page a scraper took it from, `people.com.cn` under a 新华社 dateline) is on the site
  // that carried the story when that site's outlet did not write it: a hop, as the convention has a relaying portal.
  // An agency's own site (news.cn under a 新华社 dateline) carried nothing: the agency wrote it there.
  // A hop the record names already (a feed's channel, `和讯保险` on hexun.com) is where it was read.
  if (
    link &&
    !resolved.via.length &&
    key(editionOf(outletOfStoryUrl(link, true), titledSite) ?? "") !== key(resolved.source?.name ?? "")
  )
    addHop(resolved, editionOf(outletOfUrl(link), titledSite));
  addHop(resolved, carrier?.name ?? null);
  return advance(context, resolved);
};

/** `site` when it is `outlet`'s Chinese edition (`BBC` and `BBC中文网`, `EDITION_WORDS`), else `outlet`. */
function editionOf(outlet: string | null, site: string | null): string | null {
  return outlet !== null && site !== null && EDITION_WORDS.some((word) => site === outlet + word)
    ? site
    : outlet;
}

/**
 * `name` as the outermost hop so far, when it is not a hop already nor the story's source — nor its paper's site, or
 * the site's paper (`经济观察网` over `经济观察报`'s story): one newsroom, which carried nothing of its own.
 */
function addHop(resolved: Provenance, name: string | null): void {
  if (
    name !== null &&
    resolved.source !== null &&
    !sameOutletOrSite(name, resolved.source.name) &&
    !resolved.via.some((hop) => key(hop) === key(name))
  )
    resolved.via.push(name);
}

/** How many blocks at each end of the body a site's name spelled by its host is looked for in. */
const EDGE_BLOCKS = 6;

/**
 * The text of the body's first and last blocks, where a newsletter names itself in its prompts and sign-off
 * (`随着Nominal News的发展，…`, `如果你喜欢这篇文章，你可能也会喜欢以下来自Nominal News的文章：`).
 */
function edgeTexts(blocks: readonly RawBlock[]): string[] {
  return paragraphTexts(
    blocks.length <= 2 * EDGE_BLOCKS
      ? blocks
      : [...blocks.slice(0, EDGE_BLOCKS), ...blocks.slice(-EDGE_BLOCKS)],
  );
}

/** The text of the blocks that are paragraphs or headings. */
function paragraphTexts(blocks: readonly RawBlock[]): string[] {
  return blocks.flatMap((raw) =>
    raw.block.type === "paragraph" || raw.block.type === "heading" ? [raw.block.text] : [],
  );
}

/** What the story's own words weigh: the carrier's marks are the other strengths. */
const STORY_STRENGTHS: ReadonlySet<number> = new Set([Strength.dateline, Strength.creditLine]);

/** A name's weight: its story strengths' (`SOURCE_WEIGHT`), else its strongest carrier mark's alone. */
function tallyWeight(strengths: ReadonlySet<number>): number {
  let said = 0;
  let marked = 0;
  for (const strength of strengths) {
    if (STORY_STRENGTHS.has(strength)) said += SOURCE_WEIGHT[strength]!;
    else marked = Math.max(marked, SOURCE_WEIGHT[strength]!);
  }
  return said > 0 ? said : marked;
}

/** The front matter's scalar values, under any other key, that read as an outlet's name. */
function keyedOutlets(data: Readonly<Record<string, unknown>>): string[] {
  const outlets: string[] = [];
  for (const [name, value] of Object.entries(data)) {
    if (ROLE_KEYS.has(name.toLowerCase()) || typeof value !== "string") continue;
    if (looksLikeOutlet(value)) outlets.push(value.trim());
  }
  return outlets;
}

/**
 * A record's stated writer as an outlet's name (`央视新闻`, not `财联社 史正丞` nor a person), or the outlet its byline
 * names (`本版采写/新京报记者 王晓枫`: 新京报), else none.
 */
function authorOutlet(value: unknown): string[] {
  const writer = statedWriter(value);
  if (writer === null) return [];
  if (writer.outlet !== null) return [writer.outlet];
  return looksLikeOutlet(writer.name) ? [writer.name] : [];
}

/** What `resolveProvenance` weighs: the names the evidence gives, and the hops the story travelled by. */
export type SourceNames = Pick<Credits, "sources" | "via">;

export function resolveProvenance(credits: SourceNames, feedChannel: Channel | null): Provenance {
  // Names are compared by key many times below (the channel's and the source's against every hop), and a
  // key is five pattern runs: each name's is made once a call.
  const keys = new Map<string, string>();
  const keyOf = (name: string): string => {
    let made = keys.get(name);
    if (made === undefined) {
      made = outletKey(name);
      keys.set(name, made);
    }
    return made;
  };
  // A self-publishing platform's credit names who carried the story, not who wrote it; so does the site
  // a name carries after it (`中国银行保险报 - 今天看啥`), the name before it the writer.
  const platforms: string[] = [];
  const unhosted = (name: string): string => {
    const hosted = hostedName(name);
    if (hosted === null) return name;
    platforms.push(hosted.site);
    return hosted.name;
  };
  const writerOfChannel = feedChannel === null ? null : unhosted(feedChannel.name);
  const channel =
    feedChannel === null || writerOfChannel === feedChannel.name
      ? feedChannel
      : { ...feedChannel, name: writerOfChannel! };
  const found: typeof credits.sources = [];
  for (const candidate of credits.sources) {
    // `（集创北方微信公号）`: the account's owner wrote the story, the platform carried it.
    const account = platformAccount(candidate.name);
    if (account?.platform) platforms.push(account.platform);
    const platform = account === null ? platformOutlet(candidate.name) : null;
    if (platform !== null) {
      platforms.push(platform);
      continue;
    }
    const name = account?.owner ?? unhosted(candidate.name);
    found.push(name === candidate.name ? candidate : { ...candidate, name });
  }
  // The site of the page's own address, when a credit names it as the platform that carried the story,
  // is not the story's outlet either.
  const evidence = found.filter(
    (candidate) =>
      candidate.strength !== Strength.domain ||
      !platforms.some((platform) => keyOf(platform) === keyOf(candidate.name)),
  );
  // A channel naming a paper with its site (`中国证券报·中证网`, a news API's `auth`) and a dateline naming the site
  // (`中证网讯`) name one newsroom: the paper the channel names first (`canonicalOutlet`).
  const joint = channel?.role === "outlet" ? channel.name.search(/[·・]/u) : -1;
  if (joint > 0) {
    const siteKey = keyOf(channel!.name.slice(joint + 1).trim());
    const paper = canonicalOutlet(channel!.name);
    for (const [at, candidate] of evidence.entries())
      if (keyOf(candidate.name) === siteKey) evidence[at] = { ...candidate, name: paper };
  }
  // A feed's category spells the outlet as typeset (`DT 财经`); the outlet's own spelling is `DT财经`. A feed
  // that names itself short (`和讯`) on the site of an outlet whose name spells it out (hexun.com: 和讯网) is
  // named as that outlet names itself.
  const typeset = channel === null ? null : outletSpelling(channel.name);
  const channelName =
    typeset === null
      ? null
      : (found.find(
          (candidate) =>
            candidate.strength === Strength.domain &&
            candidate.name.length > typeset.length &&
            candidate.name.startsWith(typeset),
        )?.name ?? typeset);
  // As evidence the channel names its outlet as the outlet spells itself (`每经网` is 每日经济新闻's own site).
  // A channel stated as the outlet's report (`网易科技报道`) names the outlet that reports.
  if (channel?.role === "outlet")
    evidence.push({
      name: canonicalOutlet(statedReportingOutlet(channel.name)),
      strength: Strength.channel,
    });
  // A footer link back to a listing or aggregator ("返回东财滚动新闻") is not an outlet.
  const channelKey = channel && channel.role !== "outlet" ? keyOf(channel.name) : null;
  // Names are tallied (`SOURCE_WEIGHT`): what the story says of its source (credit lines, datelines,
  // trailing credits) adds up, each strength once for a name. The carrier's own marks (its channel, its
  // footer links, its address) speak for the hand that carried the story, so they add to nothing: they
  // count only for a name nothing else names (财联社's dateline on 财联社's feed, at 财联社's address, does
  // not outweigh the `（央视新闻）` that closes the flash).
  const best = tallyNames(
    evidence.filter(
      (candidate) => candidate.strength !== Strength.footer || !channelKey?.includes(keyOf(candidate.name)),
    ),
    keyOf,
    tallyWeight,
  );
  let source: Source | null = null;
  if (best !== null) {
    // Whichever piece of evidence spelt it (an account's line as a spacing tool typeset it), the source is
    // named as the outlet writes itself.
    source = { name: withoutScriptGap(best.name) };
    // A channel that is the site of the paper the story names (`证券时报网` stated by a record whose dateline is
    // `证券时报e公司讯`): the paper's site published it, under the name its channel states.
    if (typeset === `${source.name}网`) source.name = typeset;
    if (channel?.slug && keyOf(channel.name) === keyOf(best.name)) source.slug = channel.slug;
  }
  const via = [...credits.via, ...platforms]
    .filter(
      (name, index, all) =>
        (source === null || keyOf(name) !== keyOf(source.name)) &&
        all.findIndex((other) => keyOf(other) === keyOf(name)) === index,
    )
    .map(withoutScriptGap);
  if (
    channel &&
    channel.role !== "listing" &&
    (source === null || keyOf(channel.name) !== keyOf(source.name))
  ) {
    // A credit naming the channel's outlet (`36氪经授权发布` on the `36kr` channel) is that hop: it keeps
    // the channel's spelling, as every other story of the channel has it.
    const hop = via.findIndex((name) => keyOf(name) === keyOf(channel.name));
    if (hop < 0) via.push(channelName!);
    else via[hop] = channelName!;
  }
  return { source, via };
}

/** A headline opening with a dispatch label, a name and `快讯` before a colon (`Mysteel快讯：`, `格隆汇快讯：`). */
const HEADLINE_DISPATCH_LABEL = /^([\p{Script=Han}A-Za-z0-9]{2,16})快讯[：:]/u;

/**
 * The outlet a headline's dispatch label names (`HEADLINE_DISPATCH_LABEL`), read by the dateline grammar, when the
 * name as written reads as an outlet's (`市场快讯：`, `每日快讯：` name a column, no outlet); else null.
 */
function headlineDispatchOutlet(title: string): string | null {
  const label = HEADLINE_DISPATCH_LABEL.exec(title);
  return label !== null && looksLikeOutlet(label[1]!) ? (readDateline(title)?.outlet ?? null) : null;
}

/** A site's name as a page's title sets it off (`【阳光易购】`): the name. */
function bracketless(site: string): string {
  return bracketedSite(site) ?? site;
}

/** The name of a site a page's title sets off in brackets (`【阳光易购】`), else null. */
function bracketedSite(site: string | null): string | null {
  return site === null ? null : (/^【([^【】]+)】$/u.exec(site)?.[1] ?? null);
}
