import type { Article } from "@caixun/core";
import type { Failed } from "@caixun/inputs/policy";
import type { Context } from "hono";
import type { Parser, RawInput } from "./deps.js";
import { type Problem, type ProblemCode, ProblemError } from "./problem.js";
import { type RawFile, RawFileSchema } from "./schemas.js";

export type { RawInput } from "./deps.js";

export const NDJSON = "application/x-ndjson";

function mediaType(c: Context): string {
  return (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
}

/** Whether the body is JSON, by the same rule Hono's JSON validator uses (`+json` types included). */
export function isJsonBody(c: Context): boolean {
  return /^application\/([\w.-]+\+)?json$/.test(mediaType(c));
}

/** A raw file in the body (`text/*`, `application/octet-stream`); `null` for any other media type. */
export async function rawBody(c: Context, filename: string | undefined): Promise<RawInput | null> {
  const type = mediaType(c);
  if (type.startsWith("text/") || type === "application/octet-stream") {
    // Bytes, not text: the parser detects GB18030 and BOMs itself.
    return { content: new Uint8Array(await c.req.arrayBuffer()), filename };
  }
  return null;
}

/** JSON Lines: one `{ content, filename }` object a line, blank lines skipped. */
export async function ndjsonBody(c: Context): Promise<RawInput[] | null> {
  if (mediaType(c) !== NDJSON) return null;
  const lines = (await c.req.text()).split("\n");
  const inputs: RawInput[] = [];
  for (const [index, line] of lines.entries()) {
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new ProblemError("invalid-json", `line ${index + 1} is not valid JSON`);
    }
    const result = RawFileSchema.safeParse(value);
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

/** The 415 of a route that takes `accepted`: named in the detail, the `accepted` field and `Accept-Post`. */
export function unsupportedMediaType(accepted: string[]): ProblemError {
  return new ProblemError(
    "unsupported-media-type",
    `send the file with one of these Content-Types: ${accepted.join(", ")}`,
    undefined,
    // RFC 9110 §15.5.16: a 415 says which media types would have been taken.
    { "accept-post": accepted.join(", ") },
    accepted,
  );
}

/** The problem code for an input the policy refused. */
const FAILURE_PROBLEMS: Partial<Record<Failed["failure"]["code"], ProblemCode>> = {
  binary: "binary-content",
  "input-too-large": "body-too-large",
  "parse-budget-exceeded": "parse-budget-exceeded",
};

/**
 * Parses the inputs of one request under the input policy every app applies (`@caixun/inputs/policy`):
 * a file that is not text is refused, never stored or answered as an article. One refused input
 * refuses the whole request (nothing of it is stored), with every refused input listed in `errors`.
 */
export async function parseUnderPolicy(
  inputs: readonly RawInput[],
  parse: Parser,
): Promise<{ article: Article; input: RawInput }[]> {
  const articles: { article: Article; input: RawInput }[] = [];
  const refused: { code: ProblemCode; error: NonNullable<Problem["errors"]>[number] }[] = [];
  // Each input is parsed by the runtime's parser (on Node, in a worker with a time limit).
  const outcomes = await Promise.all(inputs.map((input) => parse(input)));
  inputs.forEach((input, index) => {
    for (const outcome of outcomes[index]!) {
      if (outcome.status === "parsed") {
        articles.push({ article: outcome.article, input });
        continue;
      }
      const path = inputs.length === 1 ? "body" : `body[${index}]`;
      const name = input.filename === undefined ? "" : ` (${input.filename})`;
      refused.push({
        code: FAILURE_PROBLEMS[outcome.failure.code] ?? "invalid-request",
        error: { path, message: `${outcome.failure.message}${name}` },
      });
    }
  });
  const first = refused[0];
  if (first === undefined) return articles;
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
