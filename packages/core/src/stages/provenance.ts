import type { Source } from "../article.js";
import type { Channel } from "../packs/index.js";
import { advance, type Stage } from "../pipeline/context.js";
import type { SourceDocument } from "../pipeline/document.js";
import { type Credits, Strength } from "./credits.js";

export interface Provenance {
  source: Source | null;
  via: string[];
}

/** Names compare without spaces and case: `IT 之家` is `IT之家`. */
function key(name: string): string {
  return name.replace(/\s+/g, "").toLowerCase();
}

/**
 * Provenance: who wrote it and how it travelled. The strongest evidence names the source (credit
 * line > dateline or trailing credit > the channel, when it is an outlet > footer link); reposts
 * (`转自`) and the channel the generator pack reads from the front matter, when it is not the
 * source, make up `via`, outermost last.
 */
export const provenance: Stage<SourceDocument & { credits: Credits }, Provenance> = (context) => {
  const { data, credits } = context.document;
  const channel = context.document.channel ?? context.packs.generators[0]?.channel?.(data) ?? null;
  return advance(context, resolveProvenance(credits, channel));
};

export function resolveProvenance(credits: Credits, channel: Channel | null): Provenance {
  const evidence = [...credits.sources];
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
  const via = credits.via.filter((name) => source === null || key(name) !== key(source.name));
  if (channel && channel.role !== "listing" && (source === null || key(channel.name) !== key(source.name))) {
    if (!via.some((name) => key(name) === key(channel.name))) via.push(channel.name);
  }
  return { source, via };
}
