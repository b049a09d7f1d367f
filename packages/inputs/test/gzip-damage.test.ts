/**
 * A damaged gzip dump keeps every record that decompressed before the damage (issue 13). Piped and
 * iterated, zlib's error overtook its buffered output: a 5,000-record dump cut at 90% gave no
 * record at all; until session 37 bytes after the last member still lost the records decompressed
 * in zlib's last piece of work (55 of 20,000). Core decompresses the file now (`parseAll`).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { constants, gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ParseOutcome, runParseJob } from "../dist/index.js";

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "caixun-inputs-gzip-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const RECORDS = 5000;
const dump = Array.from({ length: RECORDS }, (_, i) =>
  JSON.stringify({ id: String(i), title: `快讯${i}`, content: `据新华社报道，第${i}条快讯的正文。` }),
).join("\n");
const gz = gzipSync(`${dump}\n`);

async function outcomes(name: string, bytes: Uint8Array): Promise<ParseOutcome[]> {
  const path = join(work, name);
  writeFileSync(path, bytes);
  const out: ParseOutcome[] = [];
  for await (const outcome of runParseJob({ kind: "file", path })) out.push(outcome);
  return out;
}

const parsed = (out: ParseOutcome[]) => out.filter((o) => o.status !== "failed").length;
const failures = (out: ParseOutcome[]) => out.flatMap((o) => (o.status === "failed" ? [o.failure.code] : []));

describe("a damaged gzip dump", () => {
  it("cut short: the records before the cut, the cut one and the damage reported", async () => {
    const cut = gz.subarray(0, Math.floor(gz.length * 0.9));
    // Every whole line the first 90% decompresses to.
    const readable =
      gunzipSync(cut, { finishFlush: constants.Z_SYNC_FLUSH }).toString().split("\n").length - 1;
    const out = await outcomes("cut.jsonl.gz", cut);
    expect(parsed(out)).toBe(readable);
    expect(failures(out)).toEqual(["invalid-record", "corrupt-input"]);
  });

  it("with bytes after its end, or a wrong checksum: the records, then corrupt-input", async () => {
    const crc = Buffer.from(gz);
    crc[crc.length - 6]! ^= 0xff;
    for (const [name, bytes] of [
      ["garbage.jsonl.gz", Buffer.concat([gz, Buffer.from("garbage!")])],
      ["crc.jsonl.gz", crc],
    ] as const) {
      const out = await outcomes(name, bytes);
      expect(parsed(out), name).toBe(RECORDS);
      expect(failures(out), name).toEqual(["corrupt-input"]);
    }
  });

  it("padded with NUL bytes, as tape and block devices pad: every record, no failure", async () => {
    const out = await outcomes("padded.jsonl.gz", Buffer.concat([gz, Buffer.alloc(512)]));
    expect(parsed(out)).toBe(RECORDS);
    expect(failures(out)).toEqual([]);
  });

  it("a gzip bomb is read no further than the size limit", async () => {
    const bomb = gzipSync(Buffer.alloc(200 * 1024 * 1024, 0x61), { level: 9 });
    const out = await outcomes("bomb.jsonl.gz", bomb);
    expect(parsed(out)).toBe(0);
    expect(failures(out)).toHaveLength(1);
  });
});
