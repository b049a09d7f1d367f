import type { Profiler } from "node:inspector";

/** A function in the call tree of one root function, merged over every call of it. */
export interface CallNode {
  /** `name (file:line)`, 1-based line. */
  label: string;
  /** Samples in this function and everything it called, on this path. */
  samples: number;
  children: CallNode[];
}

export interface CallTree {
  root: CallNode;
  /** Samples under the root function. */
  samples: number;
  /** Samples of the whole profile, idle and garbage collection included. */
  allSamples: number;
  /** Samples V8 attributed to garbage collection (not to the function that allocated). */
  gcSamples: number;
}

/**
 * The calls of `rootName` defined in the file `rootUrl`, merged into one tree: every profile node
 * on a path below an outermost call of the root is counted once under the path of labels that led
 * to it, so the root's share of each function is inclusive (self and callees).
 */
export function callTreeOf(profile: Profiler.Profile, rootName: string, rootUrl: string): CallTree {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const hits = new Map<number, number>();
  for (const id of profile.samples ?? []) hits.set(id, (hits.get(id) ?? 0) + 1);
  const labelOf = (node: Profiler.ProfileNode) => {
    const frame = node.callFrame;
    const file = frame.url.slice(frame.url.lastIndexOf("/") + 1);
    return `${frame.functionName || "(anonymous)"}${file ? ` (${file}:${frame.lineNumber + 1})` : ""}`;
  };
  const isRoot = (node: Profiler.ProfileNode) =>
    node.callFrame.functionName === rootName && node.callFrame.url === rootUrl;

  const root: CallNode = { label: rootName, samples: 0, children: [] };
  let gcSamples = 0;
  let allSamples = 0;
  for (const [id, count] of hits) {
    allSamples += count;
    if (byId.get(id)!.callFrame.functionName === "(garbage collector)") gcSamples += count;
    // The path from the outermost call of the root down to the sampled node.
    const path: Profiler.ProfileNode[] = [];
    let outermost = -1;
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const node = byId.get(at)!;
      path.push(node);
      if (isRoot(node)) outermost = path.length - 1;
    }
    if (outermost === -1) continue;
    let merged = root;
    merged.samples += count;
    for (let i = outermost - 1; i >= 0; i--) {
      const label = labelOf(path[i]!);
      let child = merged.children.find((c) => c.label === label);
      if (child === undefined) {
        child = { label, samples: 0, children: [] };
        merged.children.push(child);
      }
      child.samples += count;
      merged = child;
    }
  }
  return { root, samples: root.samples, allSamples, gcSamples };
}

/**
 * The tree as indented lines: each function's share of the root's samples, children largest
 * first, down to `depth` levels, leaving out functions under `minPercent`.
 */
export function renderCallTree(tree: CallTree, options: { depth: number; minPercent: number }): string {
  const lines: string[] = [];
  const share = (samples: number) => (tree.samples === 0 ? 0 : (100 * samples) / tree.samples);
  const visit = (node: CallNode, level: number) => {
    lines.push(`${share(node.samples).toFixed(1).padStart(6)}%  ${"  ".repeat(level)}${node.label}`);
    if (level >= options.depth) return;
    for (const child of [...node.children].sort((a, b) => b.samples - a.samples)) {
      if (share(child.samples) >= options.minPercent) visit(child, level + 1);
    }
  };
  visit(tree.root, 0);
  const gc = tree.allSamples === 0 ? 0 : (100 * tree.gcSamples) / tree.allSamples;
  lines.push(`Garbage collection (outside the tree): ${gc.toFixed(1)}% of the profile.`);
  return lines.join("\n");
}
