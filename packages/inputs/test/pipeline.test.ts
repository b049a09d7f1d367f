import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { threadId } from "node:worker_threads";
import { parse } from "@caixun/core";
import { loadSecurities } from "@caixun/core/securities";
import { describe, expect, it } from "vitest";
import {
  articleJsonRecord,
  articleText,
  type Outcome,
  parseInputs,
  resolveInputs,
  warningCount,
} from "../dist/index.js";
import { mkfifo, seed, useCorpus } from "./helpers/tree.js";

const paths = useCorpus("caixun-inputs-pipeline-");

function describeOutcome(outcome: Outcome): string {
  if (outcome.status === "parsed") return `parsed ${outcome.article.id}`;
  if (outcome.status === "skipped") return `skipped ${outcome.skip.reason}`;
  return `failed ${outcome.failure.code}: ${outcome.failure.message}`;
}

async function run(
  specs: string[],
  options: { jobs?: number; signal?: AbortSignal } = {},
): Promise<string[]> {
  const seen: string[] = [];
  for await (const { input, outcome } of parseInputs(await resolveInputs(specs), options)) {
    seen.push(`${input.relativePath}: ${describeOutcome(outcome)}`);
  }
  return seen;
}

describe("parseInputs", () => {
  it("gives every entry of a walk its outcome, in input order, whatever --jobs is", async () => {
    const expected = [
      ".hidden.md: skipped hidden",
      "a.md: parsed NW202201302266849892",
      "dangling.md: failed dangling-symlink: symbolic link to nowhere.md, which does not exist",
      "link-to-file.md: parsed NW202201302266849892",
      "link-to-sub: skipped symlink-to-folder",
      "loop-1.md: failed symlink-loop: symbolic link loop",
      "loop-2.md: failed symlink-loop: symbolic link loop",
      "notes.tsv: skipped not-feed-or-dump",
      "pipe.md: skipped fifo",
      "socket.md: skipped socket",
      "sub/b.txt: parsed NW202203172312487194",
    ];
    expect(await run([paths.corpus], { jobs: 1 })).toEqual(expected);
    expect(await run([paths.corpus], { jobs: 2 })).toEqual(expected);
  });

  it.each([1, 2])(
    "reads files and folders whose names are not UTF-8 (GBK from a Windows zip, Big5, Latin-1) by their bytes, with --jobs %i",
    async (jobs) => {
      // Before, the listing's text (U+FFFD for each byte it could not read) named no file: ENOENT, the Article lost.
      const root = mkdtempSync(join(tmpdir(), "caixun-inputs-names-"));
      const february = Buffer.from([0xb6, 0xfe, 0xd4, 0xc2]); // 二月 in GBK
      const news = Buffer.from([0xd0, 0xc2, 0xce, 0xc5]); // 新闻 in GBK
      const folder = Buffer.concat([Buffer.from(`${root}/`), february]);
      mkdirSync(folder);
      writeFileSync(Buffer.concat([folder, Buffer.from("/"), news, Buffer.from(".txt")]), seed("000"));
      writeFileSync(Buffer.from(`${root}/caf\xe9.md`, "latin1"), seed("003"));
      // Big5 from a Traditional Chinese Windows: 三月/新聞.txt (shown before as what GB18030 makes of the bytes, 穝籇.txt).
      const march = Buffer.concat([Buffer.from(`${root}/`), Buffer.from([0xa4, 0x54, 0xa4, 0xeb])]);
      mkdirSync(march);
      writeFileSync(
        Buffer.concat([march, Buffer.from("/"), Buffer.from([0xb7, 0x73, 0xbb, 0x44]), Buffer.from(".txt")]),
        seed("000"),
      );
      try {
        expect(await run([root], { jobs })).toEqual([
          "caf\ufffd.md: parsed NW202203172312487194",
          "三月/新聞.txt: parsed NW202201302266849892",
          "二月/新闻.txt: parsed NW202201302266849892",
        ]);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  );

  it.each([1, 2])(
    "hands each Article over as its JSON Lines record, read or not, with --jobs %i",
    async (jobs) => {
      // Two files, so that with two jobs a worker thread parses them.
      const file = join(paths.corpus, "a.md");
      // The parse uses the shipped securities dictionary, so the Article to compare with does too.
      const here = parse(seed("000"), { filename: file, securities: loadSecurities() });
      for await (const { outcome } of parseInputs(await resolveInputs([file, file]), { jobs })) {
        if (outcome.status !== "parsed") throw new Error(`not parsed: ${outcome.status}`);
        const utf8 = new TextDecoder();
        const text = () => {
          const record = articleJsonRecord(outcome);
          // Bytes as a worker made them; text from a parse on this thread.
          expect(typeof record).toBe(jobs === 1 ? "string" : "object");
          return typeof record === "string" ? record : utf8.decode(record);
        };
        expect(text()).toBe(`${JSON.stringify(here)}\n`);
        expect(warningCount(outcome)).toBe(here.warnings.length);
        expect(outcome.article).toEqual(JSON.parse(JSON.stringify(here)));
        // Once the Article has been read (and so may have been changed), its record follows the object.
        outcome.article.title = "改过的标题";
        expect(JSON.parse(text()).title).toBe("改过的标题");
      }
    },
  );

  it("keeps input order across many inputs on two workers", async () => {
    const many = join(paths.work, "many");
    mkdirSync(many);
    const expected: string[] = [];
    for (let i = 0; i < 60; i++) {
      // Every other file is large, so the small one after it finishes first and must wait its turn.
      const body = i % 2 === 0 ? "长段落。".repeat(20_000) : "短。";
      writeFileSync(join(many, `${String(i).padStart(3, "0")}.md`), `---\ntitle: 第${i}篇\n---\n${body}\n`);
      expected.push(`${String(i).padStart(3, "0")}.md 第${i}篇`);
    }
    const seen: string[] = [];
    for await (const { input, outcome } of parseInputs(await resolveInputs([many]), { jobs: 2 })) {
      seen.push(
        `${input.relativePath} ${outcome.status === "parsed" ? outcome.article.title : outcome.status}`,
      );
    }
    expect(seen).toEqual(expected);
  });

  it.each([1, 2])(
    "reports each input whose parse throws and goes on to the next, with --jobs %i",
    async (jobs) => {
      // A mapping that cannot be read any more makes every parse throw a plain Error (not a CaixunError).
      process.env.CAIXUN_MAPPING = join(paths.work, "mapping-removed.json");
      try {
        const outcomes = await run([join(paths.corpus, "a.md"), join(paths.corpus, "sub/b.txt")], { jobs });
        expect(outcomes).toHaveLength(2);
        for (const [i, name] of ["a.md", "b.txt"].entries()) {
          expect(outcomes[i]).toMatch(
            new RegExp(
              `^${name}: failed internal-error: core threw: Error: .*mapping-removed\\.json: ENOENT`,
            ),
          );
        }
      } finally {
        delete process.env.CAIXUN_MAPPING;
      }
    },
  );

  it.each([1, 2])(
    "runs the extras module on each Article in the thread that parsed it, with --jobs %i",
    async (jobs) => {
      const extras = new URL("./fixtures/extras-title.mjs", import.meta.url).href;
      const seen: unknown[] = [];
      for await (const { input, outcome } of parseInputs(await resolveInputs([paths.corpus]), {
        jobs,
        extras,
      })) {
        if (outcome.status === "parsed")
          seen.push({ file: input.relativePath, ...(outcome.extras as object) });
        else expect(outcome).not.toHaveProperty("extras");
      }
      // With one job the files are parsed on this very thread; with two, on worker threads.
      const here = (one: unknown) => (one as { threadId: number }).threadId === threadId;
      expect(seen.every((one) => (jobs === 1 ? here(one) : !here(one)))).toBe(true);
      expect(seen.map((one) => ({ ...(one as object), threadId: undefined }))).toEqual([
        { file: "a.md", id: "NW202201302266849892", titleCharacters: 21, threadId: undefined },
        { file: "link-to-file.md", id: "NW202201302266849892", titleCharacters: 21, threadId: undefined },
        { file: "sub/b.txt", id: "NW202203172312487194", titleCharacters: 23, threadId: undefined },
      ]);
    },
  );

  it.skipIf(availableParallelism() < 2)(
    "sends Articles from the workers as JSON text with articleAsText: the same Articles and records",
    async () => {
      const outcomesOf = async (articleAsText: boolean) => {
        const seen: { id: string; record: string | Uint8Array; text: string | undefined }[] = [];
        for await (const { outcome } of parseInputs(await resolveInputs([paths.corpus]), {
          jobs: 2,
          articleAsText,
        })) {
          // The record before the Article: reading the Article makes the record from it again.
          if (outcome.status === "parsed") {
            const record = articleJsonRecord(outcome);
            seen.push({ id: outcome.article.id, record, text: articleText(outcome) });
          }
        }
        return seen;
      };
      const asBytes = await outcomesOf(false);
      const asText = await outcomesOf(true);
      // The record as text is the record's bytes decoded, and its Article the one the bytes give.
      expect(asBytes.every(({ record }) => record instanceof Uint8Array)).toBe(true);
      expect(asText.every(({ record }) => typeof record === "string")).toBe(true);
      expect(asText.map(({ id }) => id)).toEqual([
        "NW202201302266849892",
        "NW202201302266849892",
        "NW202203172312487194",
      ]);
      const decoder = new TextDecoder();
      expect(asText.map(({ id, record }) => ({ id, record }))).toEqual(
        asBytes.map(({ id, record }) => ({ id, record: decoder.decode(record as Uint8Array) })),
      );
      // The text stays at hand once the Article is read: the record without its newline.
      expect(asText.map(({ text }) => `${text}\n`)).toEqual(asText.map(({ record }) => record));
      expect(asBytes.map(({ text }) => text)).toEqual([undefined, undefined, undefined]);
    },
  );

  // Two jobs need two cores (`effectiveJobs`): on one, every parse is on the calling thread.
  it.skipIf(availableParallelism() < 2)(
    "parses on jobs - 1 workers when the calling thread works too (callerWorks), in input order",
    async () => {
      const many = join(paths.work, "beside-caller");
      mkdirSync(many);
      const expected: string[] = [];
      for (let i = 0; i < 40; i++) {
        const name = `${String(i).padStart(3, "0")}.md`;
        writeFileSync(join(many, name), `---\ntitle: 第${i}篇\n---\n${"段落。".repeat(2_000)}\n`);
        expected.push(`${name} 第${i}篇`);
      }
      const extras = new URL("./fixtures/extras-title.mjs", import.meta.url).href;
      const threadsOf = async (callerWorks: boolean) => {
        const seen: string[] = [];
        const threads = new Set<number>();
        for await (const { input, outcome } of parseInputs(await resolveInputs([many]), {
          jobs: 2,
          extras,
          callerWorks,
        })) {
          if (outcome.status !== "parsed") throw new Error(describeOutcome(outcome));
          seen.push(`${input.relativePath} ${outcome.article.title}`);
          threads.add((outcome.extras as { threadId: number }).threadId);
        }
        expect(seen).toEqual(expected);
        return threads;
      };
      // Two workers share the inputs; beside a calling thread that works, one worker parses them all.
      const two = await threadsOf(false);
      expect(two.size).toBe(2);
      const beside = await threadsOf(true);
      expect(beside.size).toBe(1);
      expect(beside.has(threadId)).toBe(false);
    },
  );

  it("reads /proc files and /dev/zero to the limit, not by their stat size", async () => {
    const outcomes: Outcome[] = [];
    for await (const { outcome } of parseInputs(await resolveInputs(["/proc/version", "/dev/zero"]))) {
      outcomes.push(outcome);
    }
    expect(outcomes[0]!.status === "parsed" && outcomes[0]!.article.title).toMatch(/^Linux version /);
    expect(outcomes[1]).toEqual({
      status: "failed",
      failure: {
        code: "input-too-large",
        message: "input goes on past the limit of 16777216 bytes (MAX_INPUT_SIZE); it was read no further",
      },
    });
  });

  it("reads a FIFO given as an argument once its writer comes", async () => {
    const fifo = join(paths.work, "arg.md");
    mkfifo(fifo);
    const writer = spawn("sh", ["-c", `sleep 0.2; cat > '${fifo}'`], { stdio: ["pipe", "ignore", "ignore"] });
    writer.stdin.end(seed("003"));
    expect(await run([fifo])).toEqual(["arg.md: parsed NW202203172312487194"]);
  });

  it("stops waiting on a FIFO nobody writes to when the signal fires", async () => {
    const fifo = join(paths.work, "silent.md");
    mkfifo(fifo);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    expect(await run([fifo], { signal: controller.signal })).toEqual([
      "silent.md: failed unreadable: interrupted before the input ended",
    ]);
  });
});
