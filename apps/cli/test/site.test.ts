import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { binaryBytes } from "./helpers/binary.js";
import { BIN, SEEDS } from "./helpers/paths.js";
import { runCli } from "./helpers/run-cli.js";

let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "caixun-cli-site-"));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("caixun site", () => {
  it("builds a site from a folder and reports what it wrote", async () => {
    const out = join(work, "site");
    const result = runCli(["site", "build", SEEDS, "--out", out]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("5 articles");
    expect(await readFile(join(out, "article", "NW202201302266849892", "index.html"), "utf8")).toContain(
      "连续六年！中国太保产、寿险双膺经营评价A级",
    );
    expect(readdirSync(join(out, "assets")).some((name) => /^playground\.[0-9a-f]{8}\.js$/.test(name))).toBe(
      true,
    );
    expect(result.stderr).toContain("no --base-url, so no sitemap.xml");
  });

  it("holds at most --max-held articles for stories, and says so when it forgot one still in reach", async () => {
    const dir = join(work, "held");
    await mkdir(dir);
    const text =
      "某公司公告称，公司与某集团签订4.76亿美元水泥生产线设备供货合同，交货期为24个月。合同范围涵盖石灰石破碎车间到水泥储存的全套车间设备和材料。";
    const records = ["财联社", "东方财富", "同花顺"].map((outlet, i) =>
      JSON.stringify({
        id: String(1001 + i),
        title: "某公司签署4.76亿美元供货合同",
        content: text,
        datetime: `2026-08-03T17:0${i}:00+08:00`,
        source_name: outlet,
      }),
    );
    await writeFile(join(dir, "day.jsonl"), `${records.join("\n")}\n`);
    const whole = runCli(["site", "build", join(dir, "day.jsonl"), "--out", join(work, "held-whole")]);
    expect(whole.code).toBe(0);
    expect(whole.stderr).not.toContain("estimated");
    const cut = runCli([
      "site",
      "build",
      join(dir, "day.jsonl"),
      "--out",
      join(work, "held-cut"),
      "--max-held",
      "1",
    ]);
    expect(cut.code).toBe(0);
    expect(cut.stderr).toContain(
      "caixun: estimated: more than 1 articles within a story's time window or undated, the oldest forgotten as new ones came; " +
        "a copy within 1 articles of its story's first joins it exactly; 1 stories were closed while a later copy could still have joined",
    );
  });

  it("writes sitemap.xml for --base-url and refuses an address that is not http(s)", async () => {
    const out = join(work, "site-with-url");
    const result = runCli(["site", "build", SEEDS, "--out", out, "--base-url", "https://news.example.com"]);
    expect(result.code).toBe(0);
    expect(await readFile(join(out, "sitemap.xml"), "utf8")).toContain(
      "<loc>https://news.example.com/article/NW202201302266849892/</loc>",
    );
    const bad = runCli([
      "site",
      "build",
      SEEDS,
      "--out",
      join(work, "bad-url"),
      "--base-url",
      "news.example.com",
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('caixun: base URL "news.example.com" is not a URL');
  });

  it("reports a file that is not text, builds the rest and exits with 1", async () => {
    const corpus = join(work, "mixed");
    await mkdir(corpus);
    await writeFile(join(corpus, "good.txt"), "保险业服务创新\n\n平安产险多项服务获评案例。");
    await writeFile(join(corpus, "bad.md"), binaryBytes());
    const out = join(work, "mixed-site");
    const result = runCli(["site", "build", corpus, "--out", out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`caixun: ${join(corpus, "bad.md")}: not a text file`);
    expect(result.stderr).toContain("1 articles, ");
    expect(result.stderr).toContain("1 inputs failed");
    expect(existsSync(join(out, "index.html"))).toBe(true);
  });

  it("refuses an output folder inside an input, and one it did not build", async () => {
    const corpus = join(work, "corpus");
    await mkdir(corpus);
    await writeFile(join(corpus, "a.txt"), "标题\n\n正文。");
    const inside = runCli(["site", "build", corpus, "--out", join(corpus, "site")]);
    expect(inside.code).toBe(2);
    expect(inside.stderr).toContain(`is inside the input ${corpus}, which would read it back`);

    const foreign = join(work, "foreign");
    await mkdir(foreign);
    await writeFile(join(foreign, "keep.txt"), "mine");
    const refused = runCli(["site", "build", corpus, "--out", foreign]);
    expect(refused.code).toBe(2);
    expect(await readFile(join(foreign, "keep.txt"), "utf8")).toBe("mine");
  });

  it("serves a built site on loopback with the CSP header until interrupted", async () => {
    const out = join(work, "served");
    expect(runCli(["site", "build", SEEDS, "--out", out]).code).toBe(0);
    const child = spawn(process.execPath, [BIN, "site", "serve", out, "--port", "0"], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let stderr = "";
        child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
          stderr += chunk;
          const match = /serving .* at (http:\/\/127\.0\.0\.1:\d+)\//.exec(stderr);
          if (match) resolve(match[1]!);
        });
        child.once("exit", () => reject(new Error(`serve exited: ${stderr}`)));
      });
      const response = await fetch(`${url}/search/`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-security-policy")).toContain("script-src 'self'");
    } finally {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGINT");
      expect(await exited).toBe(0);
    }
  });

  it("says a busy port is busy, without a stack trace (exit 2)", async () => {
    const out = join(work, "site");
    const blocker = createServer();
    await new Promise<void>((listening) => blocker.listen(0, "127.0.0.1", listening));
    const { port } = blocker.address() as AddressInfo;
    try {
      const result = runCli(["site", "serve", out, "--port", String(port)]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(
        new RegExp(`^caixun: cannot listen on 127\\.0\\.0\\.1:${port}: .*EADDRINUSE`),
      );
      expect(result.stderr).not.toContain("    at ");
    } finally {
      blocker.close();
    }
  });

  it("refuses to serve a folder without a site", () => {
    const result = runCli(["site", "serve", join(work, "nothing-here")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("no built site");
  });
});
