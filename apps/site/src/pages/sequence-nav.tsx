import { href, listingPath } from "../build/site-paths.js";

export interface Neighbour {
  path: string;
  title: string;
}

export interface SequenceNavProps {
  source: string | null;
  newer: Neighbour | null;
  older: Neighbour | null;
}

/** Links to the neighbours of an article within its source, by date. */
export function SequenceNav({ source, newer, older }: SequenceNavProps) {
  if (source === null) return null;
  return (
    <nav class="sequence" aria-label={`${source}的其他文章`}>
      {newer ? (
        <a class="newer" rel="prev" href={href(newer.path)}>
          <span class="direction">较新一篇</span>
          <span class="neighbour-title">{newer.title}</span>
        </a>
      ) : null}
      {older ? (
        <a class="older" rel="next" href={href(older.path)}>
          <span class="direction">较早一篇</span>
          <span class="neighbour-title">{older.title}</span>
        </a>
      ) : null}
      <a class="all" href={href(listingPath("source", source))}>
        {source}全部文章
      </a>
    </nav>
  );
}
