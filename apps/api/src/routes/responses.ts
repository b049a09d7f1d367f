import { DOCUMENTED } from "../documented.js";
import { Responses } from "../schemas.js";

function problemEntry<D extends string>(description: D) {
  return { description, content: { "application/problem+json": { schema: Responses.Problem } } };
}

// For the document only: `problemResponses` is called where `DOCUMENTED` holds, and a Worker's
// bundle, where it does not, drops the table.
const PROBLEMS = DOCUMENTED && {
  400: problemEntry("Invalid JSON (`invalid-json`)"),
  401: problemEntry("Missing or wrong bearer token (`unauthorized`)"),
  404: problemEntry("No such resource (`not-found`)"),
  413: problemEntry("Body over the size limit, or more records than the record limit (`body-too-large`)"),
  415: problemEntry("Content type not accepted here (`unsupported-media-type`)"),
  422: problemEntry(
    "Invalid parameters or body (`invalid-request`), a file that is not text (`binary-content`), or an input whose parse exceeded the server's budget (`parse-budget-exceeded`)",
  ),
  503: problemEntry(
    "Every parse worker is busy and the queue is full (`server-busy`); retry after `Retry-After`",
  ),
};

/** OpenAPI response entries for the problem+json answers a route can give. */
export function problemResponses<S extends keyof Problems>(...statuses: S[]): Pick<Problems, S> {
  if (!PROBLEMS) throw new Error("the problems' descriptions are for the document (DOCUMENTED)");
  return Object.fromEntries(statuses.map((status) => [status, PROBLEMS[status]])) as Pick<Problems, S>;
}

type Problems = Exclude<typeof PROBLEMS, false>;
