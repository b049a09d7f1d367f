import { copyFile, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/** The package root: this module sits one folder deep, in src/build or dist/build alike. */
const PACKAGE_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Scripts of the site, bundled for browsers at every build. */
const CLIENT_ENTRIES = ["search", "playground"] as const;
const STATIC_FILES = ["site.css", "favicon.svg"] as const;

/**
 * Writes /assets/: the stylesheet and icon as they are, and the client scripts bundled with
 * esbuild for the browser platform. The playground bundles @caixun/core itself, so a Node
 * built-in anywhere in core or its dependencies fails the build here, loudly.
 */
export async function writeClientAssets(outDir: string): Promise<void> {
  const assets = join(outDir, "assets");
  await mkdir(assets, { recursive: true });
  for (const file of STATIC_FILES) await copyFile(join(PACKAGE_ROOT, "static", file), join(assets, file));
  await build({
    entryPoints: CLIENT_ENTRIES.map((name) => join(PACKAGE_ROOT, "src", "client", `${name}.ts`)),
    outdir: assets,
    bundle: true,
    platform: "browser",
    format: "esm",
    target: "es2022",
    minify: true,
    legalComments: "none",
    logLevel: "silent",
    absWorkingDir: PACKAGE_ROOT,
  });
}
