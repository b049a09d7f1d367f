import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AwsClient, AwsV4Signer } from "aws4fetch";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { BIN, REPO_ROOT, SEEDS } from "./helpers/paths.js";

/**
 * `caixun push` against a real S3-compatible server on 127.0.0.1 (s3rver: the S3 REST protocol,
 * multipart uploads included). s3rver does not check V4 signatures, so the signing itself is checked
 * against the worked examples of AWS's Signature Version 4 documentation.
 */

const dir = mkdtempSync(join(tmpdir(), "caixun-push-"));
const KEYS = { R2_ACCESS_KEY_ID: "S3RVER", R2_SECRET_ACCESS_KEY: "S3RVER" };
let server: S3rver;
let endpoint = "";
const client = new AwsClient({
  accessKeyId: "S3RVER",
  secretAccessKey: "S3RVER",
  service: "s3",
  region: "auto",
});

beforeAll(async () => {
  server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory: join(dir, "store"),
    configureBuckets: [{ name: "caixun-raw", configs: [] }],
  });
  const { port } = await server.run();
  endpoint = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs the built CLI without blocking this process, which is also the S3 server. */
function push(
  args: string[],
  env: Record<string, string> = KEYS,
): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [BIN, "push", ...args], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  return new Promise((resolve) => child.once("close", (code) => resolve({ code, stderr })));
}

async function object(key: string): Promise<Uint8Array | null> {
  const response = await client.fetch(
    `${endpoint}/caixun-raw/${key.split("/").map(encodeURIComponent).join("/")}`,
  );
  if (response.status === 404) return null;
  return new Uint8Array(await response.arrayBuffer());
}

const digest = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

describe("caixun push", () => {
  test("uploads a folder under the prefix, byte for byte, large files in parts", async () => {
    const folder = join(dir, "inputs");
    mkdirSync(join(folder, "dumps"), { recursive: true });
    for (const name of readdirSync(SEEDS)) writeFileSync(join(folder, name), readFileSync(join(SEEDS, name)));
    // 12 MiB in parts of 5 MiB: three parts, the last one short.
    const large = new Uint8Array(12 * 1024 * 1024).map((_, index) => (index * 2654435761) >>> 24);
    writeFileSync(join(folder, "dumps", "day.jsonl.gz"), large);
    writeFileSync(join(folder, "名单 2022.md"), "# 中国太保\n\n正文。");
    writeFileSync(join(folder, "ignored.png"), "not news");

    const result = await push([
      folder,
      "--to",
      "r2://caixun-raw/raw/2026",
      "--endpoint",
      endpoint,
      "--part-size",
      "5",
    ]);
    const seedBytes = readdirSync(SEEDS).reduce(
      (sum, name) => sum + readFileSync(join(SEEDS, name)).length,
      0,
    );
    const total = seedBytes + large.length + new TextEncoder().encode("# 中国太保\n\n正文。").length;
    // The .png is not uploaded, and the summary says so.
    expect(result.stderr).toBe(
      `caixun: pushed 7 files (${total} bytes) to r2://caixun-raw/raw/2026/; 1 skipped (1 .png; --ext reads other extensions)\n`,
    );
    expect(result.code).toBe(0);
    for (const name of readdirSync(SEEDS)) {
      expect(digest((await object(`raw/2026/${name}`))!)).toBe(digest(readFileSync(join(SEEDS, name))));
    }
    expect(digest((await object("raw/2026/dumps/day.jsonl.gz"))!)).toBe(digest(large));
    expect(new TextDecoder().decode((await object("raw/2026/名单 2022.md"))!)).toBe("# 中国太保\n\n正文。");
    expect(await object("raw/2026/ignored.png")).toBeNull();
  });

  test("a file the store refuses is reported and the rest go on; exit code 1", async () => {
    const result = await push([
      join(SEEDS, "000_ed6ab7b49aac3011.txt"),
      "--to",
      "r2://no-such-bucket/x",
      "--endpoint",
      endpoint,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/000_ed6ab7b49aac3011\.txt: not pushed: PUT .*: 404 NoSuchBucket/);
    expect(result.stderr).toMatch(/pushed 0 files \(0 bytes\) to r2:\/\/no-such-bucket\/x\/; 1 not pushed/);
  });

  test("usage errors: no credentials, no endpoint, a target that is not r2://bucket/prefix", async () => {
    const seed = join(SEEDS, "000_ed6ab7b49aac3011.txt");
    expect(await push([seed, "--to", "r2://caixun-raw/x", "--endpoint", endpoint], {})).toEqual({
      code: 2,
      stderr: expect.stringMatching(/set R2_ACCESS_KEY_ID and R2_SECRET_ACCESS_KEY/),
    });
    expect((await push([seed, "--to", "r2://caixun-raw/x"])).stderr).toMatch(
      /give --endpoint, R2_ENDPOINT or CLOUDFLARE_ACCOUNT_ID/,
    );
    expect((await push([seed, "--to", "s3://caixun-raw/x", "--endpoint", endpoint])).code).toBe(2);
    expect((await push([seed, "--to", "r2://Caixun_Raw", "--endpoint", endpoint])).stderr).toMatch(
      /expected r2:\/\/<bucket>/,
    );
  });
});

describe("Signature Version 4, as push signs (payload hash included)", () => {
  // The worked examples of AWS's "Signature Calculations for the Authorization Header: Transferring
  // Payload in a Single Chunk", with their published signatures.
  const example = {
    accessKeyId: "AKIAIOSFODNN7EXAMPLE",
    secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    service: "s3",
    region: "us-east-1",
    datetime: "20130524T000000Z",
  };
  const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

  test("GET Object", async () => {
    const signed = await new AwsV4Signer({
      ...example,
      method: "GET",
      url: "https://examplebucket.s3.amazonaws.com/test.txt",
      headers: { range: "bytes=0-9", "x-amz-content-sha256": sha256("") },
      allHeaders: true,
    }).sign();
    expect(signed.headers.get("authorization")).toMatch(
      /Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41$/,
    );
  });

  test("PUT Object", async () => {
    const body = "Welcome to Amazon S3.";
    const signed = await new AwsV4Signer({
      ...example,
      method: "PUT",
      url: "https://examplebucket.s3.amazonaws.com/test%24file.text",
      headers: {
        date: "Fri, 24 May 2013 00:00:00 GMT",
        "x-amz-storage-class": "REDUCED_REDUNDANCY",
        "x-amz-content-sha256": sha256(body),
      },
      body,
    }).sign();
    expect(signed.headers.get("authorization")).toMatch(
      /Signature=98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd$/,
    );
  });
});
