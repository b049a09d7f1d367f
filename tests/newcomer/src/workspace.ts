import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";

/** The repository this package sits in (tests/newcomer/src → the root). */
export const REPO = resolve(import.meta.dirname, "../../..");

/** `../shared` beside the repository: seeds, corpus and dumps that are never copied in. */
export const SHARED = resolve(REPO, "../shared");

export interface WorkspacePackage {
  name: string;
  /** Folder relative to the repository root (`packages/core`). */
  dir: string;
  manifest: PackageManifest;
}

export interface PackageManifest {
  name: string;
  version: string;
  private?: boolean;
  license?: string;
  homepage?: string;
  repository?: { type?: string; url?: string; directory?: string } | string;
  bugs?: { url?: string } | string;
  engines?: Record<string, string>;
  publishConfig?: { access?: string; provenance?: boolean };
  scripts?: Record<string, string>;
  exports?: Record<string, ExportTarget>;
  files?: string[];
}

export type ExportTarget = string | { [condition: string]: string };

/** The folders of pnpm-workspace.yaml's `packages:` list (`dir/*` is one level of folders). */
function workspaceFolders(root: string): string[] {
  const yaml = readFileSync(join(root, "pnpm-workspace.yaml"), "utf8");
  const list = /^packages:\n((?:\s+-.*\n?)+)/m.exec(yaml)?.[1] ?? "";
  const patterns = [...list.matchAll(/-\s*["']?([^"'\n]+?)["']?\s*$/gm)].map((match) => match[1]!);
  return patterns.flatMap((pattern) => {
    if (!pattern.endsWith("/*")) return [pattern];
    const parent = pattern.slice(0, -2);
    if (!existsSync(join(root, parent))) return [];
    return readdirSync(join(root, parent), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${parent}/${entry.name}`);
  });
}

/** Every package of the workspace, in the order pnpm-workspace.yaml lists their folders. */
export function workspacePackages(root = REPO): WorkspacePackage[] {
  return workspaceFolders(root)
    .filter((dir) => existsSync(join(root, dir, "package.json")))
    .map((dir) => {
      const manifest = JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8")) as PackageManifest;
      return { name: manifest.name, dir: relative(root, join(root, dir)), manifest };
    });
}

/** The packages meant for npm: every workspace package not marked `"private": true`. */
export function publishablePackages(root = REPO): WorkspacePackage[] {
  return workspacePackages(root).filter((pkg) => pkg.manifest.private !== true);
}
