import { hammingDistance } from "@caixun/core";

/** Fingerprints at most this many bits apart are copies of one story. */
export const NEAR_DUPLICATE_BITS = 3;

/** 64-bit fingerprints are cut into this many 16-bit bands for bucketing. */
const BANDS = 4;

/**
 * Groups near-duplicate articles (any member type: an id, an id and a path) by their 64-bit SimHash fingerprints without comparing every
 * pair. Two fingerprints within 3 bits of each other agree exactly on at least one of four 16-bit
 * bands (pigeonhole), so only fingerprints sharing a band value are compared. Identical
 * fingerprints are merged first, so a story copied a thousand times is one entry, not a thousand.
 * Groups are transitive (A~B and B~C put A, B and C together), via union-find.
 */
export class NearDuplicateIndex<Member> {
  private readonly nodeOf = new Map<string, number>();
  private readonly fingerprints: string[] = [];
  private readonly members: Member[][] = [];
  private readonly titles: string[] = [];
  private readonly parent: number[] = [];
  private readonly buckets = Array.from({ length: BANDS }, () => new Map<string, number[]>());

  constructor(private readonly maxBits: number = NEAR_DUPLICATE_BITS) {}

  /** Adds one article; the title of the first article of a story names the story. */
  add(fingerprint: string, member: Member, title: string): void {
    const known = this.nodeOf.get(fingerprint);
    if (known !== undefined) {
      this.members[known]!.push(member);
      return;
    }
    const node = this.fingerprints.length;
    this.nodeOf.set(fingerprint, node);
    this.fingerprints.push(fingerprint);
    this.members.push([member]);
    this.titles.push(title);
    this.parent.push(node);
    for (let band = 0; band < BANDS; band++) {
      const key = fingerprint.slice(band * 4, band * 4 + 4);
      const bucket = this.buckets[band]!.get(key);
      if (bucket === undefined) {
        this.buckets[band]!.set(key, [node]);
        continue;
      }
      for (const other of bucket) {
        if (hammingDistance(fingerprint, this.fingerprints[other]!) <= this.maxBits) this.union(node, other);
      }
      bucket.push(node);
    }
  }

  /**
   * Stories with two or more articles, largest first. Within a story, members of one fingerprint
   * are together, in first-seen order; the title is that of the story's first article.
   */
  groups(): { title: string; members: Member[] }[] {
    const byRoot = new Map<number, number[]>();
    for (let node = 0; node < this.parent.length; node++) {
      const root = this.find(node);
      const nodes = byRoot.get(root);
      if (nodes === undefined) byRoot.set(root, [node]);
      else nodes.push(node);
    }
    const groups: { members: Member[]; first: number }[] = [];
    for (const nodes of byRoot.values()) {
      const members = nodes.flatMap((node) => this.members[node]!);
      if (members.length > 1) groups.push({ members, first: nodes[0]! });
    }
    // Largest first; equal sizes in the order their first fingerprint was seen, so output is stable.
    groups.sort((a, b) => b.members.length - a.members.length || a.first - b.first);
    return groups.map((group) => ({ title: this.titles[group.first]!, members: group.members }));
  }

  private find(node: number): number {
    let root = node;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[node] !== root) {
      const next = this.parent[node]!;
      this.parent[node] = root;
      node = next;
    }
    return root;
  }

  private union(a: number, b: number): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA !== rootB) this.parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
  }
}
