import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/** The package root: this module sits one folder deep, in src/build or dist/build alike. */
const PACKAGE_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Scripts of the site, bundled for browsers at every build. */
const CLIENT_ENTRIES = ["search", "playground"] as const;
const STATIC_FILES = ["site.css", "favicon.svg"] as const;

/** Where each asset was written: `site.css` → `/assets/site.3f9c2a1b.css`. */
export type AssetManifest = Readonly<Record<string, string>>;

/** Eight hex digits of the content's SHA-256: a new name whenever the content changes. */
function contentHash(contents: Uint8Array | string): string {
  return createHash("sha256").update(contents).digest("hex").slice(0, 8);
}

function hashedName(file: string, contents: Uint8Array | string): string {
  const extension = extname(file);
  return `${basename(file, extension)}.${contentHash(contents)}${extension}`;
}

/**
 * Writes /assets/: the stylesheet and icon, and the client scripts bundled with esbuild for the
 * browser platform, each under a name carrying a hash of its content, so hosts may cache them
 * forever (`immutable`) and a new build can never be served a stale one. Returns the manifest the
 * pages link through. The playground bundles @caixun/core itself, so a Node built-in anywhere in
 * core or its dependencies fails the build here, loudly.
 */
export async function writeClientAssets(outDir: string): Promise<AssetManifest> {
  const assets = join(outDir, "assets");
  await mkdir(assets, { recursive: true });
  const manifest: Record<string, string> = {};
  for (const file of STATIC_FILES) {
    const contents = await readFile(join(PACKAGE_ROOT, "static", file));
    const name = hashedName(file, contents);
    await writeFile(join(assets, name), contents);
    manifest[file] = `/assets/${name}`;
  }
  const result = await build({
    entryPoints: CLIENT_ENTRIES.map((name) => join(PACKAGE_ROOT, "src", "client", `${name}.ts`)),
    outdir: assets,
    bundle: true,
    platform: "browser",
    format: "esm",
    target: "es2022",
    minify: true,
    // Chinese in strings as UTF-8, not esbuild's default six-byte `\uXXXX` escapes: about 1.7 KB less gzip
    // for the playground's core (docs/benchmarks.md, Bundles); every page and script is served as UTF-8.
    charset: "utf8",
    legalComments: "none",
    logLevel: "silent",
    absWorkingDir: PACKAGE_ROOT,
    write: false,
  });
  for (const output of result.outputFiles) {
    const name = hashedName(basename(output.path), output.contents);
    await writeFile(join(assets, name), output.contents);
    manifest[basename(output.path)] = `/assets/${name}`;
  }
  return manifest;
}
