import type { Source } from "../article.js";
import { aggregatorOfUrl, outletOfUrl } from "../credits/domains.js";
import { canonicalOutlet, outletKey, platformOutlet } from "../credits/outlets.js";
import type { Channel } from "../packs/index.js";
import { advance, type Stage } from "../pipeline/context.js";
import type { SourceDocument } from "../pipeline/document.js";
import { type Credits, Strength } from "./credits.js";
import { linkOutsideBody } from "./fields.js";
import type { BodyRead } from "./read-body.js";

export interface Provenance {
  source: Source | null;
  via: string[];
}

/** Names compare without spaces and case, and through abbreviations: `IT 之家` is `IT之家`, `36kr` is `36氪`. */
const key = outletKey;

/**
 * Provenance: who wrote it and how it travelled. The strongest evidence names the source (credit
 * line > dateline or trailing credit > the channel, when it is an outlet > footer link); reposts
 * (`转自`) and the channel the generator pack reads from the front matter, when it is not the
 * source, make up `via`, outermost last.
 */
export const provenance: Stage<
  SourceDocument & BodyRead & { credits: Credits; titleSite: string | null; titleWriter: string | null },
  Provenance
> = (context) => {
  const { data, credits, stated, titleSite, titleWriter } = context.document;
  const channel = context.document.channel ?? context.packs.generators[0]?.channel?.(data) ?? null;
  // The story's link stated outside the body (a record's url, a title linking to the page) names the
  // site it is on, the weakest evidence, as the body's own original link does (credits stage).
  const link = credits.originalUrl === null ? linkOutsideBody(context.document) : null;
  const linked = link === null ? null : outletOfUrl(link);
  // The site named after the headline (`标题 – 法国国际广播电台 - RFI`) weighs as the link's site, after it.
  const weakest = [linked, titleSite].filter((name): name is string => name !== null);
  // The writer an aggregator's title names (`新京报｜…`) weighs as a dateline; the aggregator carried it.
  const aggregator = link === null ? null : aggregatorOfUrl(link);
  const evidence = {
    ...credits,
    sources: [
      ...credits.sources,
      ...(titleWriter === null ? [] : [{ name: canonicalOutlet(titleWriter), strength: Strength.dateline }]),
      ...weakest.map((name) => ({ name, strength: Strength.domain })),
    ],
    via: aggregator === null ? credits.via : [...credits.via, aggregator],
  };
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
  return advance(context, resolveProvenance(withStated, channel));
};

export function resolveProvenance(credits: Credits, channel: Channel | null): Provenance {
  // A self-publishing platform's credit names who carried the story, not who wrote it.
  const platforms: string[] = [];
  const found = credits.sources.filter((candidate) => {
    const platform = platformOutlet(candidate.name);
    if (platform !== null) platforms.push(platform);
    return platform === null;
  });
  // The site of the page's own address, when a credit names it as the platform that carried the story,
  // is not the story's outlet either.
  const evidence = found.filter(
    (candidate) =>
      candidate.strength !== Strength.domain ||
      !platforms.some((platform) => key(platform) === key(candidate.name)),
  );
  if (channel?.role === "outlet") evidence.push({ name: channel.name, strength: Strength.channel });
  // A footer link back to a listing or aggregator ("返回东财滚动新闻") is not an outlet.
  const channelKey = channel && channel.role !== "outlet" ? key(channel.name) : null;
  let best: { name: string; strength: number } | null = null;
  for (const candidate of evidence) {
    if (candidate.strength === Strength.footer && channelKey?.includes(key(candidate.name))) continue;
    if (best === null || candidate.strength > best.strength) best = candidate;
  }
  let source: Source | null = null;
  if (best !== null) {
    source = { name: best.name };
    if (channel?.slug && key(channel.name) === key(best.name)) source.slug = channel.slug;
  }
  const via = [...credits.via, ...platforms].filter(
    (name, index, all) =>
      (source === null || key(name) !== key(source.name)) &&
      all.findIndex((other) => key(other) === key(name)) === index,
  );
  if (channel && channel.role !== "listing" && (source === null || key(channel.name) !== key(source.name))) {
    if (!via.some((name) => key(name) === key(channel.name))) via.push(channel.name);
  }
  return { source, via };
}
