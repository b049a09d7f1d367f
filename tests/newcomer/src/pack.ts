import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pnpmCommand, runOk } from "./run.js";
import { REPO, type WorkspacePackage } from "./workspace.js";

export interface PackedPackage {
  pkg: WorkspacePackage;
  tarball: string;
  /** Paths inside the tarball, without the `package/` prefix. */
  files: string[];
}

/**
 * Packs a package the way the release does (`pnpm pack`, which runs its `prepack` build and turns
 * `workspace:` ranges into versions) into `destination`.
 */
export function packPackage(pkg: WorkspacePackage, destination: string): PackedPackage {
  const [pnpm, pnpmArgs] = pnpmCommand();
  const before = new Set(readdirSync(destination));
  runOk(pnpm, [...pnpmArgs, "pack", "--pack-destination", destination], { cwd: join(REPO, pkg.dir) });
  const tarball = readdirSync(destination).find((name) => name.endsWith(".tgz") && !before.has(name));
  if (tarball === undefined) throw new Error(`pnpm pack of ${pkg.name} wrote no tarball`);
  const path = join(destination, tarball);
  const listing = runOk("tar", ["-tzf", path], { cwd: destination }).stdout;
  const files = listing
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => line.replace(/^package\//, ""));
  return { pkg, tarball: path, files };
}

/** Every file an `exports` map points at (conditions and subpaths flattened). */
export function exportTargets(exportsMap: WorkspacePackage["manifest"]["exports"]): string[] {
  const targets: string[] = [];
  for (const target of Object.values(exportsMap ?? {})) {
    if (typeof target === "string") targets.push(target);
    else targets.push(...Object.values(target));
  }
  return [...new Set(targets)].map((target) => target.replace(/^\.\//, ""));
}
