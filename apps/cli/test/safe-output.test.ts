import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { openAtomicFile, stdoutSink } from "../src/output.js";
import { terminalOutput, terminalSafe } from "../src/terminal-text.js";
import { binaryBytes } from "./helpers/binary.js";
import { readCsv } from "./helpers/csv-reader.js";
import { runCli } from "./helpers/run-cli.js";

const work = mkdtempSync(join(tmpdir(), "caixun-cli-safe-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Anything a terminal acts on: C0 but tab and line feed, DEL, C1, bidi overrides. */
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** A title that sets the window title and clears the screen, a body with CSI by entity, a bidi override. */
const HOSTILE_FILE = [
  "---",
  'title: "=HYPERLINK(\\"http://evil.example\\") \\e]0;owned\\a\\e[2J"',
  "date: 2022-01-01",
  'author: "\\u202e记者"',
  "---",
  "<p>正文&#27;[31m红色&#x9b;&#7;。</p>",
  "",
].join("\n");

describe("terminalSafe", () => {
  it("writes controls, C1 and bidi overrides as visible escapes and keeps everything else", () => {
    expect(terminalSafe("a\u001b]0;x\u0007b\u009b2J\r\u202e中文\tok\n")).toBe(
      "a\\x1b]0;x\\x07b\\x9b2J\\x0d\\u202e中文\tok\n",
    );
  });
});

describe("output a terminal or a spreadsheet would act on", () => {
  const name = join(work, "evil\u001b]0;owned\u0007\u001b[2J.md");
  writeFileSync(name, HOSTILE_FILE);

  it("table and text formats carry no control sequence, from the file name or the content", () => {
    const runs = {
      table: ["parse", name, "-q", "--format", "table", "--fields", "file,title,author"],
      text: ["parse", name, "-q", "--format", "text"],
    };
    for (const [format, args] of Object.entries(runs)) {
      const result = runCli(args);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout, format).not.toMatch(TERMINAL_CONTROL);
      expect(result.stdout, format).toContain("=HYPERLINK");
    }
    const table = runCli(["parse", name, "-q", "--format", "table", "--fields", "file,author"]).stdout;
    expect(table).toContain("evil\\x1b]0;owned\\x07\\x1b[2J.md");
    // Core drops the bidi override from the author (as from every string of an Article).
    expect(table).toContain(" 记者");
    expect(table).not.toContain("\\u202e");
  });

  it("inspect shows the file without letting it drive the terminal", () => {
    const result = runCli(["inspect", name]);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(TERMINAL_CONTROL);
    expect(result.stdout).toContain("正文[31m红色");
  });

  it("a failure line names a hostile file with its controls escaped", () => {
    const binary = join(work, "bin\u001b[31m\u009b.txt");
    writeFileSync(binary, binaryBytes());
    const result = runCli(["parse", binary, "-q"]);
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(TERMINAL_CONTROL);
    expect(result.stderr).toContain("bin\\x1b[31m\\x9b.txt: not a text file");
  });

  it("a file name with a line feed or tab stays on its one line of stderr, and forges none", () => {
    const forged = join(work, "bin\ncaixun: forged.txt: parsed\t");
    writeFileSync(forged, binaryBytes());
    const news = join(work, "news\ncaixun: forged.md");
    writeFileSync(news, "正文一段，没有标题也没有日期。\n");
    // A walk reports what it cannot read, and goes on.
    const folder = join(work, "walked");
    mkdirSync(folder);
    const dangling = join(folder, "gone\ncaixun: forged.md");
    symlinkSync("nowhere.md", dangling);
    const shown = (path: string) => path.replace("\n", "\\x0a").replace("\t", "\\x09");
    const runs = [
      runCli(["parse", forged, news, "-v", "--since", "2020-01-01"]),
      runCli(["learn", folder, "-o", join(work, "learned.json")]),
      runCli(["inspect", news, "--ref", "line 2"]),
    ];
    for (const result of runs) {
      for (const line of result.stderr.trimEnd().split("\n")) expect(line).toMatch(/^caixun: /);
    }
    expect(runs[0]!.stderr).toContain(`caixun: ${shown(forged)}: not a text file: `);
    expect(runs[0]!.stderr).toContain(`caixun: ${shown(news)}: dropped: `);
    expect(runs[1]!.stderr).toContain(
      `caixun: ${shown(dangling)}: symbolic link to nowhere.md, which does not exist\n`,
    );
    expect(runs[2]!.stderr).toBe(`caixun: ${shown(news)}: no document at line 2\n`);
  });

  it("stats names a hostile file among a story's copies with its controls escaped", () => {
    const folder = join(work, "copies");
    mkdirSync(folder);
    const news =
      "---\ntitle: 中国太保保费收入\ndate: 2024-01-01\n---\n中国太保聚焦主责主业，助力打赢疫情防控大战硬战。记者从公司获悉，保费收入达到1200亿元。\n";
    writeFileSync(join(folder, "a\u001b]0;owned\u0007.md"), news);
    writeFileSync(join(folder, "b.md"), news);
    const result = runCli(["stats", folder]);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(TERMINAL_CONTROL);
    expect(result.stdout).toContain(`     ${folder}/a\\x1b]0;owned\\x07.md\n     ${folder}/b.md\n`);
  });

  it("CSV neutralises formulas unless --csv-raw", () => {
    const fields = ["--format", "csv", "--fields", "title,author"];
    const safe = readCsv(runCli(["parse", name, "-q", ...fields]).stdout);
    expect(safe[1]![0]).toMatch(/^'=HYPERLINK\("http:\/\/evil\.example"\) /);
    const raw = readCsv(runCli(["parse", name, "-q", ...fields, "--csv-raw"]).stdout);
    expect(raw[1]![0]).toMatch(/^=HYPERLINK/);
    // Core has already removed the control characters from every field.
    expect(raw[1]![0]).not.toMatch(TERMINAL_CONTROL);
  });
});

describe("data written straight to a terminal", () => {
  it("escapes what acts on the screen and keeps CSV's CRLF, tabs and line feeds", () => {
    expect(terminalOutput('file,title\r\n\u001b]0;t\u0007.md,"a\rb"\t\u009b\u202e\n')).toBe(
      'file,title\r\n\\x1b]0;t\\x07.md,"a\\x0db"\t\\x9b\\u202e\n',
    );
  });

  it("is what the stdout sink writes on a terminal, and nothing changes in a pipe", async () => {
    const written = async (isTTY: boolean) => {
      const stream = Object.assign(new PassThrough(), { isTTY }) as unknown as NodeJS.WriteStream;
      const chunks: string[] = [];
      (stream as unknown as PassThrough).on("data", (chunk: Buffer) => chunks.push(chunk.toString()));
      const sink = stdoutSink(stream);
      await sink.write("\u001b]0;owned\u0007.md,x\r\n");
      return chunks.join("");
    };
    expect(await written(true)).toBe("\\x1b]0;owned\\x07.md,x\r\n");
    expect(await written(false)).toBe("\u001b]0;owned\u0007.md,x\r\n");
  });

  it("escapes a record that comes as UTF-8 bytes on a terminal too, and passes its bytes on in a pipe", async () => {
    const record = new TextEncoder().encode('{"title":"标题\u001b[2J"}\n');
    const written = async (isTTY: boolean) => {
      const stream = Object.assign(new PassThrough(), { isTTY }) as unknown as NodeJS.WriteStream;
      const chunks: Buffer[] = [];
      (stream as unknown as PassThrough).on("data", (chunk: Buffer) => chunks.push(chunk));
      await stdoutSink(stream).write(record);
      return Buffer.concat(chunks);
    };
    expect((await written(true)).toString()).toBe('{"title":"标题\\x1b[2J"}\n');
    expect(await written(false)).toEqual(Buffer.from(record));
  });
});

describe("stdout redirected to a file", () => {
  it("gets text and UTF-8 records written to it directly, in order, bytes as they came", async () => {
    const path = join(work, "redirected.jsonl");
    const fd = openSync(path, "w");
    try {
      // No data ever goes through the stream: a redirected stdout is written with writeSync.
      const stream = Object.assign(new PassThrough(), { fd, isTTY: false }) as unknown as NodeJS.WriteStream;
      (stream as unknown as PassThrough).on("data", () => {
        throw new Error("written through the stream");
      });
      const sink = stdoutSink(stream);
      await sink.write('{"title":"第一条"}\n');
      await sink.write(new TextEncoder().encode('{"title":"第二条\u001b"}\n'));
      await sink.write('{"title":"第三条"}\n');
      await sink.commit();
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(path, "utf8")).toBe(
      '{"title":"第一条"}\n{"title":"第二条\u001b"}\n{"title":"第三条"}\n',
    );
  });
});

describe("an output file", () => {
  it("holds text and UTF-8 records in the order they were written, past the size it gathers", async () => {
    const path = join(work, "mixed.jsonl");
    const sink = await openAtomicFile(path);
    const expected: string[] = [];
    // 3,000 records of 40 characters: about two writes' worth of gathered chunks.
    for (let i = 0; i < 3_000; i++) {
      const line = `{"n":${String(i).padStart(4, "0")},"t":"第${i % 10}条快讯，含中文"}\n`;
      expected.push(line);
      await sink.write(i % 3 === 0 ? line : new TextEncoder().encode(line));
    }
    await sink.commit();
    expect(readFileSync(path, "utf8")).toBe(expected.join(""));
  });
});
