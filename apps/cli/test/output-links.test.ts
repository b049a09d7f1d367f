import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "./helpers/paths.js";
import { runCli } from "./helpers/run-cli.js";

/**
 * Every command that writes (`parse -o`, `--errors`, `stories -o`, `learn -o`, `site build --out`,
 * `ingest --db`) refuses an output that reaches into the tree it reads however the path gets there:
 * a symbolic link among its folders, `..` after such a link (the kernel goes up from the link's
 * target), a hard link of an input, a bind mount of the input. Exit 2, one line, the inputs as
 * they were, nothing written.
 */
describe("outputs reached through links into the input", () => {
  const dir = mkdtempSync(join(tmpdir(), "caixun-output-links-"));
  const corpus = join(dir, "corpus");
  const seed = "000_ed6ab7b49aac3011.txt";
  mkdirSync(join(corpus, "sub"), { recursive: true });
  mkdirSync(join(corpus, "empty"));
  copyFileSync(join(REPO_ROOT, "seeds", seed), join(corpus, seed));
  copyFileSync(join(REPO_ROOT, "seeds", "002_89203e62b05a25ab.txt"), join(corpus, "sub", "002.txt"));
  mkdirSync(join(dir, "elsewhere"));
  symlinkSync("../corpus", join(dir, "elsewhere", "corpus-link"));
  symlinkSync(join(corpus, "sub"), join(dir, "sub-link"));
  symlinkSync(join(corpus, "empty"), join(dir, "empty-link"));
  // A link inside the input to a file outside it: a write renames over the link, inside the input.
  writeFileSync(join(dir, "elsewhere", "target.json"), "{}\n");
  symlinkSync("../elsewhere/target.json", join(corpus, "link-out.json"));
  linkSync(join(corpus, seed), join(dir, "hard.txt"));
  const bind = join(dir, "bind");
  mkdirSync(bind);

  /** Every path below the corpus with its bytes: what must not change. */
  function tree(folder = corpus): string[] {
    return readdirSync(folder, { withFileTypes: true, recursive: true })
      .map((entry) => join(entry.parentPath, entry.name))
      .sort()
      .map((path) => (path.endsWith(".txt") ? `${path} ${readFileSync(path).length}` : path));
  }
  const before = tree();

  const inside = (label: string, out: string, input = "corpus") =>
    `caixun: ${label} ${out} is inside the input ${input}, which would read it back; write it elsewhere\n`;
  const over = (label: string, out: string, input: string) =>
    `caixun: ${label} ${out} is the input ${input}; caixun never writes over its inputs\n`;

  it.each([
    [
      "parse through a linked folder",
      ["parse", "corpus", "-o", "elsewhere/corpus-link/out.jsonl"],
      inside("output", "elsewhere/corpus-link/out.jsonl"),
    ],
    [
      "parse with .. after a link",
      ["parse", "corpus", "-o", "elsewhere/corpus-link/../corpus/x.jsonl"],
      inside("output", "elsewhere/corpus-link/../corpus/x.jsonl"),
    ],
    [
      "parse beside a linked sub-folder",
      ["parse", "corpus", "-o", "sub-link/../y.jsonl"],
      inside("output", "sub-link/../y.jsonl"),
    ],
    [
      "--errors through a link",
      ["parse", "corpus", "-o", "ok.jsonl", "--errors", "sub-link/e.jsonl"],
      inside("errors file", "sub-link/e.jsonl"),
    ],
    [
      "stories through a link",
      ["stories", "corpus", "-o", "sub-link/s.txt"],
      inside("output", "sub-link/s.txt"),
    ],
    [
      "learn with .. after a link",
      ["learn", "corpus", "-o", "sub-link/../p.json"],
      inside("output", "sub-link/../p.json"),
    ],
    [
      "parse onto a link inside the input that leads out of it",
      ["parse", "corpus", "-o", "corpus/link-out.json"],
      inside("output", "corpus/link-out.json"),
    ],
    [
      "learn onto a link inside the input that leads out of it",
      ["learn", "corpus", "-o", "corpus/link-out.json"],
      inside("output", "corpus/link-out.json"),
    ],
    [
      "site build under a linked folder",
      ["site", "build", "corpus", "--out", "elsewhere/corpus-link/site"],
      inside("--out", "elsewhere/corpus-link/site"),
    ],
    [
      "site build at a link to an empty input folder",
      ["site", "build", "corpus", "--out", "empty-link"],
      inside("--out", "empty-link"),
    ],
    [
      "ingest --db inside the input",
      ["ingest", "corpus", "--db", "corpus/caixun.db"],
      inside("--db", "corpus/caixun.db"),
    ],
    [
      "ingest --db through a link",
      ["ingest", "corpus", "--db", "elsewhere/corpus-link/caixun.db"],
      inside("--db", "elsewhere/corpus-link/caixun.db"),
    ],
    [
      "parse onto a hard link of its input",
      ["parse", `corpus/${seed}`, "-o", "hard.txt"],
      over("output", "hard.txt", `corpus/${seed}`),
    ],
    [
      "learn onto a hard link of its input",
      ["learn", `corpus/${seed}`, "-o", "hard.txt"],
      over("output", "hard.txt", `corpus/${seed}`),
    ],
    [
      "site build onto a hard link of its input",
      ["site", "build", `corpus/${seed}`, "--out", "hard.txt"],
      over("--out", "hard.txt", `corpus/${seed}`),
    ],
  ])("%s: exit 2, one line, nothing written", (_name, args, line) => {
    const result = runCli([...args, "-q"], { cwd: dir });
    expect(result.stderr).toBe(line);
    expect(result.code).toBe(2);
    expect(tree()).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual([
      "bind",
      "corpus",
      "elsewhere",
      "empty-link",
      "hard.txt",
      "sub-link",
    ]);
  });

  it("does not write a mirrored file through a link inside the output folder that leads into the input", () => {
    const posts = join(dir, "posts");
    mkdirSync(join(posts, "sub"), { recursive: true });
    const post = join(posts, "sub", "a.md");
    copyFileSync(join(REPO_ROOT, "seeds", seed), post);
    copyFileSync(join(REPO_ROOT, "seeds", seed), join(posts, "b.md"));
    const out = join(dir, "mirror");
    mkdirSync(out);
    symlinkSync(join(posts, "sub"), join(out, "sub"));
    // out/sub/a.md is posts/sub/a.md: the rename would have replaced the input with its own Article.
    const result = runCli(["parse", "posts", "-o", "mirror/", "--format", "md", "-q"], { cwd: dir });
    expect(result.stderr).toBe(
      `caixun: posts/sub/a.md: output mirror/sub/a.md is not written: a link leads its folder out of mirror/, to ${join(posts, "sub")}\n`,
    );
    expect(result.code).toBe(1);
    expect(readFileSync(post)).toEqual(readFileSync(join(REPO_ROOT, "seeds", seed)));
    expect(readdirSync(join(posts, "sub"))).toEqual(["a.md"]);
    expect(readdirSync(out).sort()).toEqual(["b.md", "sub"]);
    rmSync(posts, { recursive: true });
    rmSync(out, { recursive: true });
  });

  it("writes where the path leads out of the input, as before", () => {
    const result = runCli(["parse", "corpus", "-o", "elsewhere/corpus-link/../out.jsonl", "-q"], {
      cwd: dir,
    });
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, "out.jsonl"), "utf8").split("\n").filter(Boolean)).toHaveLength(2);
    rmSync(join(dir, "out.jsonl"));
    expect(tree()).toEqual(before);
  });

  // Not looked for before the walk (that would walk the input twice): the output is written to a
  // temporary file and renamed over the link, so the input keeps its bytes, is read as any input,
  // and only the link is replaced (session 36).
  it("writes over a hard link of a file inside an input folder without touching that file", () => {
    const input = join(corpus, "sub", "002.txt");
    const alone = runCli(["parse", "corpus/sub/002.txt", "-q"], { cwd: dir });
    expect(alone.code).toBe(0);
    for (const [out, args] of [
      ["linked.jsonl", ["parse", "corpus", "-o", "linked.jsonl"]],
      ["linked.jsonl", ["parse", "corpus", "-o", "ok.jsonl", "--errors", "linked.jsonl"]],
      ["linked.txt", ["stories", "corpus", "-o", "linked.txt"]],
      ["linked.json", ["learn", "corpus", "-o", "linked.json"]],
    ] as const) {
      linkSync(input, join(dir, out));
      expect(statSync(input).nlink).toBe(2);
      const result = runCli([...args, "-q"], { cwd: dir });
      expect(result.stderr, args.join(" ")).toBe("");
      expect(result.code).toBe(0);
      expect(statSync(input).nlink).toBe(1);
      expect(tree()).toEqual(before);
      const written = readFileSync(join(dir, out), "utf8");
      if (args[3] === out && args[0] === "parse") {
        // The input behind the link is read and written as any other.
        expect(written.split("\n")).toContain(alone.stdout.trim());
      } else {
        expect(written).not.toBe(readFileSync(input, "utf8"));
      }
      rmSync(join(dir, out));
      rmSync(join(dir, "ok.jsonl"), { force: true });
    }
  });

  const mounted = spawnSync("mount", ["--bind", corpus, bind]).status === 0;
  if (!mounted) console.warn("output-links: cannot bind-mount here (needs root); the bind case is skipped");
  afterAll(() => {
    if (mounted) spawnSync("umount", [bind]);
    rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(!mounted)("refuses an output inside a bind mount of the input, both ways round", () => {
    const into = runCli(["parse", "corpus", "-o", `${bind}/x.jsonl`, "-q"], { cwd: dir });
    expect(into.stderr).toBe(inside("output", `${bind}/x.jsonl`));
    const from = runCli(["site", "build", bind, "--out", "corpus/site", "-q"], { cwd: dir });
    expect(from.stderr).toBe(inside("--out", "corpus/site", bind));
    expect([into.code, from.code]).toEqual([2, 2]);
    expect(tree()).toEqual(before);
  });
});
