/**
 * Every package meant for npm, checked as the registry and its users will meet it: packed as the
 * release packs it, linted by publint and are-the-types-wrong, dry-run published, then installed
 * from the tarballs alone into a clean folder and used from ESM, CommonJS and TypeScript.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportTargets, type PackedPackage, packPackage } from "../src/pack.js";
import { run, runOk } from "../src/run.js";
import { publishablePackages, REPO } from "../src/workspace.js";

const packages = publishablePackages();
const work = mkdtempSync(join(tmpdir(), "caixun-newcomer-pack-"));
const packed = new Map<string, PackedPackage>();
/** A tool this package depends on, by the name of its command. */
const bin = (command: string) => join(import.meta.dirname, "..", "node_modules", ".bin", command);

beforeAll(() => {
  const destination = join(work, "tarballs");
  mkdirSync(destination);
  for (const pkg of packages) packed.set(pkg.name, packPackage(pkg, destination));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

it("the packages meant for npm are the ones README promises", () => {
  // A package is published unless it says "private": true; this list changes only on purpose.
  expect(packages.map((pkg) => pkg.name)).toEqual(["@caixun/core"]);
});

describe.each(packages.map((pkg) => [pkg.name, pkg] as const))("%s", (name, pkg) => {
  const manifest = pkg.manifest;
  const tarball = () => packed.get(name)!;

  it("carries the metadata npm and provenance need", () => {
    expect(manifest.license).toBe("MIT");
    expect(manifest.homepage).toMatch(/^https:\/\//);
    expect(manifest.bugs).toMatchObject({ url: expect.stringMatching(/^https:\/\//) });
    // Provenance statements name the repository and the folder; npm checks they match the build.
    expect(manifest.repository).toMatchObject({
      type: "git",
      url: expect.stringMatching(/^git\+https:\/\/.+\.git$/),
      directory: pkg.dir,
    });
    expect(manifest.publishConfig).toEqual({ access: "public", provenance: true });
    expect(manifest.engines?.node).toBe(">=20.19.0");
    // `npm pack` before a build would otherwise ship an empty package.
    expect(manifest.scripts?.prepack).toContain("build");
  });

  it("offers import, require and types for every JavaScript entry point", () => {
    for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
      if (typeof target === "string") {
        // Data files (the schemas, the securities list) are exported as files, not modules.
        expect(target, subpath).toMatch(/\.(?:json|tsv)$/);
        continue;
      }
      // Core's root entry sends browsers' bundlers to its browser build (`src/browser.ts`), and names the
      // Workers' runtimes and Node first so that they keep the default entry.
      const runtimes = subpath === "." ? ["workerd", "worker", "node", "browser"] : [];
      expect(Object.keys(target), subpath).toEqual(["types", ...runtimes, "import", "require", "default"]);
    }
  });

  it("ships the notices of the code it ported from other projects", () => {
    // A source file that ports another project's code says so as `(MIT, © holder, …)` or
    // `(BSD-2-Clause, © holder)`; both licenses ask that the holder's copyright notice travel with
    // every copy.
    const holders = portedCodeHolders(join(REPO, pkg.dir, "src"));
    if (holders.length === 0) return;
    expect(tarball().files).toContain("THIRD-PARTY-NOTICES.md");
    const notices = readFileSync(join(REPO, pkg.dir, "THIRD-PARTY-NOTICES.md"), "utf8");
    for (const holder of holders) expect(notices, holder).toContain(holder);
  });

  it("ships LICENSE, README, every exported file, and no source map without its source", () => {
    const { files } = tarball();
    expect(files).toEqual(expect.arrayContaining(["LICENSE", "README.md", "package.json"]));
    expect(readFileSync(join(REPO, pkg.dir, "LICENSE"), "utf8")).toBe(
      readFileSync(join(REPO, "LICENSE"), "utf8"),
    );
    for (const target of exportTargets(manifest.exports)) {
      if (target !== "package.json") expect(files, target).toContain(target);
    }
    expect(files.filter((file) => /^(src|test|scripts)\//.test(file))).toEqual([]);
    const unpacked = join(work, "unpacked", name);
    mkdirSync(unpacked, { recursive: true });
    runOk("tar", ["-xzf", tarball().tarball, "-C", unpacked], { cwd: work });
    for (const map of files.filter((file) => file.endsWith(".map"))) {
      const { sources } = JSON.parse(readFileSync(join(unpacked, "package", map), "utf8")) as {
        sources: string[];
      };
      for (const source of sources) {
        expect(files, `${map} points at ${source}`).toContain(posix.join(posix.dirname(map), source));
      }
    }
  });

  it("passes publint (strict)", () => {
    const result = run(bin("publint"), ["run", tarball().tarball, "--strict"], {
      cwd: work,
    });
    expect(result.stdout + result.stderr).toContain("All good!");
    expect(result.status).toBe(0);
  });

  /** `--exclude-entrypoints` for the exported data files other than JSON (attw reads JSON itself). */
  function dataEntryPoints(): string[] {
    const data = Object.entries(manifest.exports ?? {})
      .filter(([, target]) => typeof target === "string" && !target.endsWith(".json"))
      .map(([subpath]) => subpath);
    return data.length === 0 ? [] : ["--exclude-entrypoints", ...data];
  }

  it("passes are-the-types-wrong", () => {
    // node10 resolution (TypeScript's `moduleResolution: node`) predates `exports` and cannot see
    // subpaths; `cjs-resolves-to-esm` is what Node 20.19+ allows: require() of an ES module. A
    // declaration that imports one of the package's own subpaths (`readers/mapping.d.ts` re-exports
    // the tables of `@caixun/core/readers/record-keys`, which a Worker reads from its static assets)
    // is an `internal-resolution-error` under node10 only, and attw's profile does not filter that
    // rule by resolution: it is ignored here, and every node16 and bundler resolution of every entry
    // point is checked below instead.
    const result = run(
      bin("attw"),
      [
        tarball().tarball,
        "--profile",
        "node16",
        "--ignore-rules",
        "cjs-resolves-to-esm",
        "internal-resolution-error",
        // A data file is not a module: there is nothing for attw to resolve types for.
        ...dataEntryPoints(),
        "--format",
        "ascii",
        "--no-color",
      ],
      { cwd: work },
    );
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain(`"${name}"\n\nnode16 (from CJS): 🟢`);
    const resolutions = result.stdout
      .split("\n")
      .filter((line) => /^(?:node16 \(from (?:CJS|ESM)\)|bundler):/.test(line));
    expect(resolutions.length).toBeGreaterThan(0);
    expect(resolutions.filter((line) => !/^[^:]+: 🟢/.test(line))).toEqual([]);
  });

  it("publishes in a dry run", () => {
    const result = runOk("npm", ["publish", "--dry-run", "--ignore-scripts", tarball().tarball], {
      cwd: work,
    });
    expect(result.stdout + result.stderr).toContain(`+ ${name}@${manifest.version}`);
    expect(result.stderr).toContain("public access");
  });
});

describe("the packed libraries in a clean folder", () => {
  const app = join(work, "app");
  const core = "@caixun/core";
  const seed = join(REPO, "seeds", "000_ed6ab7b49aac3011.txt");
  const expected = {
    id: "NW202201302266849892",
    title: "连续六年！中国太保产、寿险双膺经营评价A级",
    source: { name: "北方网", slug: "beifangwang" },
    schema: "Article",
  };

  beforeAll(() => {
    mkdirSync(app, { recursive: true });
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", private: true }));
    // Only the tarballs and the registry: nothing of the workspace can leak in.
    runOk(
      "npm",
      [
        "install",
        "--no-audit",
        "--no-fund",
        "--loglevel=error",
        ...[...packed.values()].map((p) => p.tarball),
      ],
      { cwd: app },
    );
  });

  it("imports from ES modules", () => {
    writeFileSync(
      join(app, "esm.mjs"),
      [
        'import { readFileSync } from "node:fs";',
        `import { parse } from "${core}";`,
        `import schema from "${core}/article.schema.json" with { type: "json" };`,
        `const article = parse(readFileSync(${JSON.stringify(seed)}), { filename: "000.txt" });`,
        "const { id, title, source } = article;",
        "console.log(JSON.stringify({ id, title, source, schema: schema.title }));",
      ].join("\n"),
    );
    expect(JSON.parse(runOk("node", ["esm.mjs"], { cwd: app }).stdout)).toEqual(expected);
  });

  it("requires from CommonJS (Node 20.19+ loads the ES module)", () => {
    writeFileSync(
      join(app, "cjs.cjs"),
      [
        'const { readFileSync } = require("node:fs");',
        `const { parse } = require("${core}");`,
        `const schema = require("${core}/article.schema.json");`,
        `const article = parse(readFileSync(${JSON.stringify(seed)}), { filename: "000.txt" });`,
        "const { id, title, source } = article;",
        "console.log(JSON.stringify({ id, title, source, schema: schema.title }));",
      ].join("\n"),
    );
    expect(JSON.parse(runOk("node", ["cjs.cjs"], { cwd: app }).stdout)).toEqual(expected);
  });

  it("type-checks and runs from TypeScript, as an ES module and as CommonJS", () => {
    const ts = join(app, "ts");
    mkdirSync(ts, { recursive: true });
    writeFileSync(
      join(ts, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          module: "nodenext",
          moduleResolution: "nodenext",
          target: "es2022",
          strict: true,
          types: [],
          outDir: "out",
          resolveJsonModule: true,
          skipLibCheck: false,
        },
        include: ["*.mts", "*.cts"],
      }),
    );
    const body = (parseName: string) =>
      [
        `const article: Article = ${parseName}("---\\ntitle: 标题\\n---\\n正文，提及中国太保（601601）。", { filename: "a.md" });`,
        'const codes: string[] = article.securities.map((security) => security.code + "." + security.market);',
        "console.log(JSON.stringify({ title: article.title, codes }));",
      ].join("\n");
    writeFileSync(join(ts, "esm.mts"), `import { parse, type Article } from "${core}";\n${body("parse")}\n`);
    writeFileSync(
      join(ts, "cjs.cts"),
      `import core = require("${core}");\ntype Article = core.Article;\n${body("core.parse")}\n`,
    );
    // A type error in a consumer fails here; TypeScript 5.8+ types require() of ES modules under nodenext.
    runOk(bin("tsc"), ["-p", ts], { cwd: ts });
    for (const file of ["out/esm.mjs", "out/cjs.cjs"]) {
      expect(JSON.parse(runOk("node", [file], { cwd: ts }).stdout), file).toEqual({
        title: "标题",
        codes: ["601601.SH"],
      });
    }
  });
});

/** The first copyright holder of every `(MIT, © …)` attribution in a source folder's files. */
function portedCodeHolders(folder: string): string[] {
  const holders = new Set<string>();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".ts")) continue;
    // Comment lines start with ` * `; joined, an attribution wrapped over two lines reads whole.
    const text = readFileSync(join(entry.parentPath, entry.name), "utf8").replace(/\n\s*\* ?/g, " ");
    for (const [, holder] of text.matchAll(/\((?:MIT|BSD-2-Clause), ©[\s\d–-]*([^,)]+)/g))
      holders.add(holder!.trim());
  }
  return [...holders].sort();
}
