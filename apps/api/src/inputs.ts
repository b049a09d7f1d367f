import type { Article } from "@caixun/core";
import type { Failed, ParseOutcome } from "@caixun/inputs/policy";
import type { Context } from "hono";
import * as z from "zod/mini";
import { decompressedToLimit } from "./content-encoding.js";
import type { ApiDeps, AppEnv, RawInput, RecordBudget } from "./deps.js";
import { type Problem, type ProblemCode, ProblemError } from "./problem.js";
import { type RawFile, RawFileSchema } from "./schemas.js";
import { utf8Text } from "./utf8-body.js";

export type { RawInput } from "./deps.js";

export const NDJSON = "application/x-ndjson";

function mediaType(c: Context): string {
  return (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
}

/** Whether the body is JSON, by the same rule Hono's JSON validator uses (`+json` types included). */
export function isJsonBody(c: Context): boolean {
  return /^application\/([\w.-]+\+)?json$/.test(mediaType(c));
}

/** Media types of a raw file or dump sent as the body itself. */
export const RAW_TYPES = ["text/plain", "application/octet-stream", "application/gzip"] as const;

/**
 * A raw file or dump in the body (`text/*`, `application/octet-stream`, `application/gzip`); `null`
 * for any other media type, or one of `alsoRaw` (`/v1/parse` reads JSON Lines as a dump too). A gzip
 * body is decompressed here (whatever its type says).
 */
export async function rawBody(
  c: Context<AppEnv>,
  filename: string | undefined,
  alsoRaw: readonly string[] = [],
): Promise<RawInput | null> {
  const type = mediaType(c);
  if (type.startsWith("text/") || [...RAW_TYPES, ...alsoRaw].includes(type)) {
    // Bytes, not text: the parser detects GB18030 and BOMs itself.
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    return {
      content: isGzip(bytes)
        ? await decompressedToLimit(new Blob([bytes]).stream(), "gzip", c.var.deps.bodyLimit, "the gzip body")
        : bytes,
      filename,
    };
  }
  return null;
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * JSON Lines of files to ingest: one `{ content, filename }` object a line, blank lines skipped.
 * (A dump of records is one raw input: `text/plain`, bytes or gzip.)
 */
export async function ndjsonBody(c: Context): Promise<RawInput[] | null> {
  if (mediaType(c) !== NDJSON) return null;
  const lines = utf8Text(new Uint8Array(await c.req.arrayBuffer()), "the JSON Lines body").split("\n");
  const inputs: RawInput[] = [];
  for (const [index, line] of lines.entries()) {
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new ProblemError("invalid-json", `line ${index + 1} is not valid JSON`);
    }
    const result = z.safeParse(RawFileSchema, value);
    if (!result.success) {
      throw new ProblemError(
        "invalid-request",
        `line ${index + 1} is not a { content, filename } object`,
        result.error.issues.map((issue) => ({
          path: [`line ${index + 1}`, ...issue.path.map(String)].join("."),
          message: issue.message,
        })),
      );
    }
    inputs.push(fromJson(result.data));
  }
  return inputs;
}

export function fromJson(file: RawFile): RawInput {
  return { content: file.content, filename: file.filename };
}

/**
 * 413 for a request over `RECORD_LIMIT`: nothing of it is parsed further, stored or answered.
 * `holds` says what it holds.
 */
function tooManyRecords(holds: string, recordLimit: number): ProblemError {
  return new ProblemError(
    "body-too-large",
    `the request holds ${holds}, over the server's limit of ${recordLimit} records a request (RECORD_LIMIT); nothing of it was stored: send the records in smaller parts`,
  );
}

/**
 * Inputs of one request parsed at once. All of a request's inputs went to the parser together: on
 * Node, 300 files filled the parse queue (256) and the request was refused 503 "retry in a moment"
 * however idle the server, so a retry never helped, while the inputs that did enter the queue were
 * parsed for nobody. A few at a time, a request of any size the schema takes shares the queue with
 * other requests, and stops at its first refusal.
 */
const INPUTS_IN_FLIGHT = 4;

/**
 * Each input's outcomes, `INPUTS_IN_FLIGHT` parsed at once in input order; rejects with the first
 * refusal, and parses no more once one was refused or the request is over its record limit.
 */
async function parseFewAtOnce(
  inputs: readonly RawInput[],
  parse: ApiDeps["parse"],
  records: RecordBudget,
): Promise<ParseOutcome[][]> {
  const outcomes: ParseOutcome[][] = [];
  let next = 0;
  let refused = false;
  const lane = async () => {
    while (!refused && records.left >= 0 && next < inputs.length) {
      const index = next++;
      try {
        outcomes[index] = await parse(inputs[index]!, records);
      } catch (error) {
        refused = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(INPUTS_IN_FLIGHT, inputs.length) }, lane));
  return outcomes;
}

/** The problem code for an input the policy refused. */
const FAILURE_PROBLEMS: Partial<Record<Failed["failure"]["code"], ProblemCode>> = {
  binary: "binary-content",
  "input-too-large": "body-too-large",
  "parse-budget-exceeded": "parse-budget-exceeded",
  "record-too-large": "body-too-large",
  "invalid-record": "invalid-record",
};

/** An Article of a request's input, with where it sits when the input holds many. */
export interface ParsedInput {
  article: Article;
  input: RawInput;
}

/** A record of a dump that could not be read: it is answered with a problem, and the rest go on. */
export interface RecordProblem {
  input: RawInput;
  ref: string;
  problem: { code: ProblemCode; detail: string };
}

/**
 * Parses the inputs of one request under the input policy every app applies (`@caixun/inputs/policy`):
 * a file that is not text is refused, never stored or answered as an article, and one refused input
 * refuses the whole request (nothing of it is stored), with every refused input listed in `errors`.
 * A dump gives one Article per record; a record that cannot be read is a `RecordProblem` with its
 * ref, and the other records go on.
 */
export async function parseUnderPolicy(
  inputs: readonly RawInput[],
  { parse, recordLimit }: Pick<ApiDeps, "parse" | "recordLimit">,
): Promise<(ParsedInput | RecordProblem)[]> {
  const results: (ParsedInput | RecordProblem)[] = [];
  const refused: { code: ProblemCode; error: NonNullable<Problem["errors"]>[number] }[] = [];
  if (inputs.length > recordLimit) throw tooManyRecords(`${inputs.length} files`, recordLimit);
  // Each input is parsed by the runtime's parser (on Node, in a worker with a time limit), the
  // request's records shared by all: the parses stop reading once they are over the limit.
  const records: RecordBudget = { left: recordLimit };
  const outcomes = await parseFewAtOnce(inputs, parse, records);
  if (records.left < 0) throw tooManyRecords(`more than ${recordLimit} records`, recordLimit);
  for (const [index, input] of inputs.entries()) {
    for (const outcome of outcomes[index]!) {
      if (outcome.status === "parsed") {
        results.push({ article: outcome.article, input });
        continue;
      }
      const code = FAILURE_PROBLEMS[outcome.failure.code] ?? "invalid-request";
      if (outcome.ref !== undefined) {
        results.push({ input, ref: outcome.ref, problem: { code, detail: outcome.failure.message } });
        continue;
      }
      const path = inputs.length === 1 ? "body" : `body[${index}]`;
      const name = input.filename === undefined ? "" : ` (${input.filename})`;
      refused.push({ code, error: { path, message: `${outcome.failure.message}${name}` } });
    }
  }
  const first = refused[0];
  if (first === undefined) return results;
  const detail =
    inputs.length === 1
      ? first.error.message
      : `${refused.length} of ${inputs.length} files refused; nothing of this request was stored`;
  throw new ProblemError(
    first.code,
    detail,
    refused.map((entry) => entry.error),
  );
}
