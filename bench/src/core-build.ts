import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { build } from "esbuild";
import { REPO } from "./paths.js";

/** `@caixun/core` at one revision, as one ES module file any process can import. */
export interface CoreBuild {
  /** `working tree`, or the revision as given with its commit. */
  label: string;
  /** Absolute path of the bundled module (its securities entry beside it: `securitiesBundle`). */
  file: string;
  /** Deletes the bundle (a no-op for a core built elsewhere). */
  remove(): void;
}

/** Source trees of archived revisions, shared between runs (a commit's tree never changes). */
const ARCHIVES = join(tmpdir(), "caixun-core-archives");

/**
 * Core at `revision` (`.` is this checkout's working tree, uncommitted edits included) bundled by
 * esbuild with this checkout's installed dependencies, so two revisions built here differ only in
 * their source. Every build is made the same way, which makes a before/after pair fair. A path to
 * an existing `.js` or `.mjs` file (such as this function's own `core.mjs`) is taken as an already
 * built core.
 */
export async function buildCore(revision: string): Promise<CoreBuild> {
  if (/\.m?js$/.test(revision) && existsSync(revision)) {
    return { label: revision, file: resolve(revision), remove() {} };
  }
  let sourceRoot = REPO;
  // The commit the working tree sits on, so a report says what it measured.
  let label = `working tree on ${execFileSync("git", ["-C", REPO, "rev-parse", "--short=9", "HEAD"], { encoding: "utf8" }).trim()}`;
  if (revision !== ".") {
    const sha = execFileSync("git", ["-C", REPO, "rev-parse", "--verify", `${revision}^{commit}`], {
      encoding: "utf8",
    }).trim();
    label = `${revision} (${sha.slice(0, 9)})`;
    sourceRoot = join(ARCHIVES, sha);
    if (!existsSync(join(sourceRoot, "packages/core/src/index.ts"))) {
      // Extracted beside its final place and renamed, so a concurrent run never sees half a tree.
      mkdirSync(ARCHIVES, { recursive: true });
      const partial = mkdtempSync(join(ARCHIVES, `${sha}-`));
      const archive = execFileSync("git", ["-C", REPO, "archive", sha, "packages/core"], {
        maxBuffer: 1 << 30,
      });
      execFileSync("tar", ["-x", "-C", partial], { input: archive });
      try {
        renameSync(partial, sourceRoot);
      } catch {
        rmSync(partial, { recursive: true, force: true });
      }
    }
  }
  const outdir = mkdtempSync(join(tmpdir(), "caixun-core-build-"));
  const outfile = join(outdir, "core.mjs");
  await bundle(sourceRoot, "packages/core/src/index.ts", outfile);
  const securitiesSource = "packages/core/src/securities/entry.ts";
  if (existsSync(join(sourceRoot, securitiesSource))) {
    await bundle(sourceRoot, securitiesSource, securitiesBundle(outfile));
  }
  const storiesSource = "packages/core/src/stories/index.ts";
  if (existsSync(join(sourceRoot, storiesSource))) {
    await bundle(sourceRoot, storiesSource, storiesBundle(outfile));
  }
  const extensions = Object.entries(EXTENSIONS).filter(([name]) =>
    existsSync(join(sourceRoot, `packages/core/src/${name}.ts`)),
  );
  if (extensions.length > 0) {
    const reexports = extensions.map(([name, value]) => `export { ${value} } from "./src/${name}.ts";`);
    await bundle(sourceRoot, "packages/core/src/index.ts", fullBundle(outfile), [
      'export * from "./src/index.ts";',
      ...reexports,
    ]);
  }
  return { label, file: outfile, remove: () => rmSync(outdir, { recursive: true, force: true }) };
}

/**
 * What `parse` reads only when given it, each from an entry point of core of its own: the option's
 * name (`yaml`) and the value's export (`fullYaml` from `@caixun/core/yaml`). `@caixun/inputs` passes
 * them all, so every app parses with them.
 */
export const EXTENSIONS = { yaml: "fullYaml", entities: "fullEntities" } as const;

/**
 * The default entry of the same source as the core bundle `coreFile` with the `EXTENSIONS` that
 * source has exported beside it, in one module (their code shares the parser's); absent for a
 * revision from before them.
 */
export function fullBundle(coreFile: string): string {
  return join(dirname(coreFile), "full.mjs");
}

/**
 * The `@caixun/core/securities` entry (the shipped dictionary) of the same source as the core
 * bundle `coreFile`, bundled beside it; absent for a revision from before the dictionary.
 */
export function securitiesBundle(coreFile: string): string {
  return join(dirname(coreFile), "securities.mjs");
}

/**
 * The `@caixun/core/stories` entry of the same source as the core bundle `coreFile`, bundled beside
 * it (core's default entry no longer carries the story engine); absent for a revision from before it.
 */
export function storiesBundle(coreFile: string): string {
  return join(dirname(coreFile), "stories.mjs");
}

/** One entry point of core at `sourceRoot` (or `lines` of code importing from it), bundled into one ES module file. */
async function bundle(sourceRoot: string, entry: string, outfile: string, lines?: string[]): Promise<void> {
  await build({
    ...(lines === undefined
      ? { entryPoints: [join(sourceRoot, entry)] }
      : {
          stdin: { contents: lines.join("\n"), resolveDir: join(sourceRoot, "packages/core"), loader: "ts" },
        }),
    bundle: true,
    // Syntax minified as every shipped build minifies it (a site's bundler, wrangler): a module's top-level
    // constants are inlined where they are read, as an enum's members are, so a revision that writes codes as
    // constants and one that writes them as an enum are measured as they ship. Names and white space are kept
    // (the profiles read function names). Both sides of a comparison are built the same way.
    minifySyntax: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    // The revision's own dependencies when this checkout has them, else any version pnpm installed
    // in the workspace (an older core may use a library the current one dropped).
    nodePaths: [
      join(REPO, "packages/core/node_modules"),
      join(REPO, "node_modules"),
      join(REPO, "node_modules/.pnpm/node_modules"),
    ],
    outfile,
    logLevel: "error",
  });
}
