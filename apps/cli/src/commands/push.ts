import { type Input, NEWS_EXTENSIONS, resolveInputs, SKIPS_BY_NAME, walkInputs } from "@caixun/inputs";
import { type Command, InvalidArgumentError } from "commander";
import { EXIT_FAILURES, UsageError } from "../exit-codes.js";
import { extensionList } from "../options.js";
import { skipLabel, skippedPhrase } from "../summary.js";
import { inputLine } from "../terminal-text.js";

const EXAMPLES = `
Credentials: an R2 API token's S3 keys in R2_ACCESS_KEY_ID and R2_SECRET_ACCESS_KEY (or AWS_ACCESS_KEY_ID
and AWS_SECRET_ACCESS_KEY); the endpoint from --endpoint, R2_ENDPOINT, or CLOUDFLARE_ACCOUNT_ID
(https://<account id>.r2.cloudflarestorage.com). Objects are named <prefix><path below the folder>.
With an R2 event notification rule on the bucket, every upload is ingested as it lands; without one,
POST /v1/batches {"prefix": "<prefix>"} to the ingestion Worker ingests what was pushed. Pipeline and
deployment: docs/scale.md and docs/api.md.

Examples:
  $ caixun push corpus --to r2://caixun-raw/raw/2026-08
  $ caixun push dumps --to r2://caixun-raw/raw/dumps --jobs 8 --part-size 100
  $ wrangler r2 object put caixun-raw/raw/a.md --file a.md --remote   # the same, one file at a time`;

/** What a folder walk picks up: news files, JSON Lines dumps, and any gzipped file. */
const PUSH_EXTENSIONS = [...NEWS_EXTENSIONS, ".jsonl", ".ndjson", ".json", ".gz"];

interface PushOptions {
  to: string;
  endpoint?: string;
  jobs: number;
  partSize: number;
  ext?: string[];
}

function positive(max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > max)
      throw new InvalidArgumentError(`expected a whole number from 1 to ${max}`);
    return n;
  };
}

function credentials(): { accessKeyId: string; secretAccessKey: string } {
  const accessKeyId = process.env.R2_ACCESS_KEY_ID ?? process.env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = process.env.R2_SECRET_ACCESS_KEY ?? process.env.AWS_SECRET_ACCESS_KEY;
  if (!accessKeyId || !secretAccessKey) {
    throw new UsageError("set R2_ACCESS_KEY_ID and R2_SECRET_ACCESS_KEY (an R2 API token's S3 credentials)");
  }
  return { accessKeyId, secretAccessKey };
}

function endpoint(option: string | undefined): string {
  const value =
    option ??
    process.env.R2_ENDPOINT ??
    (process.env.CLOUDFLARE_ACCOUNT_ID
      ? `https://${process.env.CLOUDFLARE_ACCOUNT_ID}.r2.cloudflarestorage.com`
      : "");
  if (!/^https?:\/\/[^/]+/.test(value)) {
    throw new UsageError("give --endpoint, R2_ENDPOINT or CLOUDFLARE_ACCOUNT_ID to say where the bucket is");
  }
  return value;
}

export function registerPush(program: Command): void {
  program
    .command("push")
    .description("upload files and folders to an R2 bucket (S3 API, SigV4) for ingestion on Cloudflare")
    .argument("<inputs...>", "files, folders or globs")
    .requiredOption("--to <r2-url>", "r2://<bucket>/<prefix> to upload to")
    .option("--endpoint <url>", "S3 API endpoint (default: R2_ENDPOINT or the account's R2 endpoint)")
    .option("-j, --jobs <n>", "uploads at once", positive(64), 4)
    .option(
      "--part-size <MiB>",
      "files larger than this go up in parts of this size (5–5000 MiB)",
      positive(5000),
      64,
    )
    .option(
      "--ext <list>",
      `extensions a folder walk uploads (default ${PUSH_EXTENSIONS.join(",")})`,
      extensionList,
    )
    .addHelpText("after", EXAMPLES)
    .action(async (specs: string[], options: PushOptions) => {
      if (specs.includes("-")) throw new UsageError("push reads files, not stdin");
      if (options.partSize < 5)
        throw new UsageError("--part-size is at least 5 (MiB): S3 refuses smaller parts");
      const { ObjectStore, parseR2Url } = await import("../object-store.js");
      let target: { bucket: string; prefix: string };
      try {
        target = parseR2Url(options.to);
      } catch (error) {
        throw new UsageError((error as Error).message);
      }
      const store = new ObjectStore({
        endpoint: endpoint(options.endpoint),
        ...credentials(),
        partBytes: options.partSize * 1024 * 1024,
      });
      const roots = await resolveInputs(specs);
      if (roots.some((root) => root.kind === "stream")) {
        throw new UsageError("push uploads files, folders and globs, not FIFOs or devices");
      }
      const inputs = walkInputs(roots, { extensions: options.ext ?? PUSH_EXTENSIONS });

      let pushed = 0;
      let bytes = 0;
      let failed = 0;
      const skipped = new Map<string, number>();
      const upload = async (input: Input) => {
        if (input.outcome?.status === "failed") {
          failed++;
          process.stderr.write(inputLine(input.path, input.outcome.failure.message));
          return;
        }
        if (input.outcome?.status === "skipped") {
          const { skip } = input.outcome;
          const label = skipLabel(input.path, skip);
          skipped.set(label, (skipped.get(label) ?? 0) + 1);
          if (!SKIPS_BY_NAME.has(skip.reason)) {
            process.stderr.write(inputLine(input.path, `skipped: ${skip.message}`));
          }
          return;
        }
        const key = `${target.prefix}${input.relativePath}`;
        try {
          // Not `bytes += await …`: that would read `bytes` before the upload and lose the others' counts.
          const sent = await store.putFile(input.bytesPath ?? input.path, target.bucket, key);
          bytes += sent;
          pushed++;
        } catch (error) {
          failed++;
          process.stderr.write(inputLine(input.path, `not pushed: ${(error as Error).message}`));
        }
      };
      // A fixed number of uploads in flight, fed from the walk as it goes.
      const running = new Set<Promise<void>>();
      for await (const input of inputs) {
        const job = upload(input).finally(() => running.delete(job));
        running.add(job);
        if (running.size >= options.jobs) await Promise.race(running);
      }
      await Promise.all(running);

      const where = `r2://${target.bucket}/${target.prefix}`;
      process.stderr.write(
        `caixun: pushed ${pushed} file${pushed === 1 ? "" : "s"} (${bytes} bytes) to ${where}` +
          `${failed > 0 ? `; ${failed} not pushed` : ""}` +
          `${skipped.size > 0 ? `; ${skippedPhrase(skipped)}` : ""}\n`,
      );
      if (failed > 0) process.exitCode = EXIT_FAILURES;
    });
}
