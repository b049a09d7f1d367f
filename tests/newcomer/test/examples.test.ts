import { describe, expect, it } from "vitest";
import { logicalLines, shellScript } from "../src/example-script.js";
import { ExampleMarkerError, examplesIn, findExamples } from "../src/examples.js";
import { REPO } from "../src/workspace.js";

const DOC = [
  "# Title",
  "",
  "```sh",
  "caixun parse seeds",
  "```",
  "",
  "<!-- not-run: needs a Cloudflare account -->",
  "```sh",
  "npx wrangler deploy",
  "```",
  "",
  "<!-- run-in: seeds -->",
  "<!-- run-with: caixun serve --db caixun.db -->",
  "```ts",
  'import { parse } from "@caixun/core";',
  "```",
  "",
  "```json",
  "{}",
  "```",
  "",
  "1. A step:",
  "",
  "   ```bash",
  "   curl http://x \\",
  "     -d a=b",
  "   ```",
].join("\n");

describe("finding the examples", () => {
  it("takes sh, bash and ts blocks with their directives and leaves other blocks", () => {
    expect(examplesIn("doc.md", DOC)).toEqual([
      { file: "doc.md", line: 3, language: "sh", code: "caixun parse seeds" },
      {
        file: "doc.md",
        line: 8,
        language: "sh",
        code: "npx wrangler deploy",
        notRun: "needs a Cloudflare account",
      },
      {
        file: "doc.md",
        line: 14,
        language: "ts",
        code: 'import { parse } from "@caixun/core";',
        runIn: "seeds",
        runWith: "caixun serve --db caixun.db",
      },
      { file: "doc.md", line: 24, language: "bash", code: "curl http://x \\\n  -d a=b" },
    ]);
  });

  it("refuses a not-run without a reason and an unknown directive", () => {
    expect(() => examplesIn("a.md", "<!-- not-run: -->\n```sh\nx\n```")).toThrow(ExampleMarkerError);
    expect(() => examplesIn("a.md", "<!-- skip: x -->\n```sh\nx\n```")).toThrow("unknown directive skip");
  });

  it("finds every example of the repository, and every one not run says why", () => {
    const examples = findExamples(REPO);
    expect(examples.length).toBeGreaterThan(10);
    for (const example of examples.filter((e) => e.notRun !== undefined)) {
      expect(example.notRun!.length, `${example.file}:${example.line}`).toBeGreaterThan(10);
    }
  });
});

describe("the script of a shell example", () => {
  it("joins continued lines", () => {
    expect(logicalLines("a \\\n  b\nc")).toEqual(["a    b", "c"]);
  });

  it("starts servers in the background and waits for their address; other lines run as written", () => {
    const script = shellScript({
      file: "x.md",
      line: 1,
      language: "sh",
      code: "caixun serve --db caixun.db    # the API\nAPI_TOKEN=x caixun site serve dist &\ncurl -s http://127.0.0.1:8787/",
    });
    expect(script.split("\n").slice(-4)).toEqual([
      "__serve 'caixun serve --db caixun.db'",
      "__serve 'API_TOKEN=x caixun site serve dist'",
      "curl -s http://127.0.0.1:8787/",
      "",
    ]);
    expect(script).toContain('kill -TERM -- "-$pid"');
  });
});
