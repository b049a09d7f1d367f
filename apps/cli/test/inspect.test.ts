import { describe, expect, it } from "vitest";
import { binaryBytes } from "./helpers/binary.js";
import { runCli } from "./helpers/run-cli.js";

describe("caixun inspect", () => {
  it("shows metadata, warnings, the outline and the first paragraphs of one article", () => {
    const result = runCli(["inspect", "seeds/001_86d936801007d11d.txt", "--paragraphs", "1"]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe("中国太保产险曾义:金融为民守初心,将消费者权益保护进行到底");
    expect(lines).toContain("id          h1e6ee064278d408d");
    expect(lines).toContain("published   —");
    expect(lines).toContain("editor      马欣");
    expect(lines).toContain("format      plain-text");
    expect(lines).toContain("Warnings (2)");
    expect(lines).toContain("  no-date  the file has no publish date");
    expect(lines).toContain("  ### 聚焦主业,助力高质量发展");
    expect(lines).toContain("    8 paragraphs");
    expect(lines).toContain("First paragraphs (1)");
    expect(lines.filter((line) => line.startsWith("  金融消费者是金融市场的重要参与者"))).toHaveLength(1);
    expect(result.stdout).not.toContain("近年来,中国太保产险不断提高");
  });

  it("writes no colour codes when stdout is not a terminal", () => {
    const result = runCli(["inspect", "seeds/000_ed6ab7b49aac3011.txt"]);
    expect(result.stdout).toContain("future-year  year 2105 is after the publish year 2022");
    expect(result.stdout).not.toContain("\u001b[");
  });

  it("exits 2 on a missing file and 1 on binary stdin", () => {
    const missing = runCli(["inspect", "seeds/nope.txt"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("caixun: no such file: seeds/nope.txt\n");
    const binary = runCli(["inspect", "-"], { input: binaryBytes() });
    expect(binary.code).toBe(1);
    expect(binary.stderr).toMatch(/^caixun: -: not a text file: /);
  });
});
