import { FORMATS, MARKETS, SECURITY_HOWS, WARNING_CODES } from "@caixun/core";
import { sinceInstant, untilInstant } from "@caixun/core/policy";
import * as z from "zod/mini";
// Types only the response schemas use (which only the document reads), from zod under its other name: a
// Worker aliases `zod/mini` to its own validators (`worker-zod.ts`), which have none of them.
import * as doc from "zod/v4/mini";
import { DOCUMENTED } from "./documented.js";
import {
  component,
  componentRef,
  documented,
  documentedComponent,
  type JsonSchemaComponent,
} from "./openapi.js";
import { PROBLEM_CODES } from "./problem.js";

/**
 * `schema` with the description the document gives it. A request's schemas pass `DOCUMENTED && "…"`,
 * so that a Worker, which validates requests but never describes them, carries neither the text nor
 * the check (`false`: the schema as it is).
 */
const described = <T extends z.ZodMiniType>(schema: T, description: string | false): T =>
  documented(schema, description !== false && { description });

/**
 * The Article, documented by @caixun/core's own JSON Schema. Responses are not validated against
 * it: the parser is the Article's authority, the schema only describes it.
 */
export const ArticleSchema: JsonSchemaComponent = { jsonSchemaId: "Article" };

/** A raw file sent as the body itself. */
export const RawTextBody = described(z.string(), DOCUMENTED && "The file's text");
export const RawBytesBody = documented(
  z.string(),
  DOCUMENTED && { format: "binary", description: "The file's bytes" },
);

export const ProblemSchema = /* @__PURE__ */ documentedComponent("Problem", () =>
  z.object({
    type: doc.literal("about:blank"),
    title: z.string(),
    status: z.number().check(z.int()),
    code: z.enum(PROBLEM_CODES),
    detail: z.string(),
    errors: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
    ref: z.optional(described(z.string(), "For a record of a dump: where it sits (line 812)")),
    accepted: z.optional(z.array(z.string())),
  }),
);

/** A dump parsed: one JSON line per record, its Article or its Problem (with `ref`), in input order. */
export const ArticleLines = described(
  z.string(),
  "JSON Lines, one per record of the dump in input order: the record's Article (with `ref`), or a Problem with `ref` for a record that could not be read",
);

/** An integer. */
export const Int = () => z.number().check(z.int());
// Read only by the responses' components: marked free of side effects, so a Worker's bundle drops them.
const Market = /* @__PURE__ */ z.enum(MARKETS);
const WarningCode = /* @__PURE__ */ z.enum(WARNING_CODES);
const SourceSchema = /* @__PURE__ */ documentedComponent("Source", () =>
  z.object({ name: z.string(), slug: z.optional(z.string()) }),
);
const SecuritySchema = /* @__PURE__ */ documentedComponent("Security", () =>
  z.object({
    code: z.string(),
    market: Market,
    name: z.optional(z.string()),
    how: z.optional(z.enum(SECURITY_HOWS)),
    mentions: z.optional(Int()),
  }),
);

export const SummarySchema = /* @__PURE__ */ documentedComponent("ArticleSummary", () =>
  z.object({
    id: z.string(),
    title: z.string(),
    publishedAt: z.nullable(z.string()),
    source: z.nullable(SourceSchema),
    via: z.array(z.string()),
    author: z.nullable(z.string()),
    originalUrl: z.nullable(z.string()),
    categories: z.array(z.string()),
    tags: z.array(z.string()),
    securities: z.array(SecuritySchema),
    format: z.enum(FORMATS),
    fingerprint: z.string(),
    storyId: described(z.nullable(z.string()), "The story this article is a copy of (`/v1/stories/{id}`)"),
    characters: Int(),
    warnings: described(z.array(WarningCode), "Warning codes of the parse"),
    excerpt: z.string(),
  }),
);

const NextCursor = /* @__PURE__ */ described(z.nullable(z.string()), "Pass as `cursor` for the next page");

export const PageSchema = /* @__PURE__ */ documentedComponent("ArticlePage", () =>
  z.object({ items: z.array(SummarySchema), nextCursor: NextCursor }),
);

const StoryCopySchema = /* @__PURE__ */ documentedComponent("StoryCopy", () =>
  z.object({
    id: described(z.string(), "The Article's id"),
    source: described(z.nullable(z.string()), "The outlet that wrote this copy"),
    via: z.array(z.string()),
    publishedAt: z.nullable(z.string()),
    title: z.string(),
    url: z.nullable(z.string()),
  }),
);

export const StorySummarySchema = /* @__PURE__ */ documentedComponent("StorySummary", () =>
  z.object({
    storyId: z.string(),
    canonical: described(
      z.string(),
      "Id of the canonical copy (the most complete, from the original outlet, earliest)",
    ),
    title: described(z.string(), "Title of the canonical copy"),
    firstSeenAt: described(z.nullable(z.string()), "publishedAt of the earliest copy"),
    copies: described(Int(), "How many copies the story has"),
  }),
);

export const StoryPageSchema = /* @__PURE__ */ documentedComponent("StoryPage", () =>
  z.object({ items: z.array(StorySummarySchema), nextCursor: NextCursor }),
);

export const StorySchema = /* @__PURE__ */ documentedComponent("Story", () =>
  z.object({
    storyId: z.string(),
    canonical: z.string(),
    title: z.string(),
    firstSeenAt: z.nullable(z.string()),
    copies: described(z.array(StoryCopySchema), "Every copy, earliest first"),
    securities: described(z.array(SecuritySchema), "Securities of every copy, merged"),
    tags: described(z.array(z.string()), "Tags of every copy, merged"),
  }),
);

/** A raw input file sent as JSON. */
export const RawFileSchema = component(
  z.strictObject({
    content: described(z.string(), DOCUMENTED && "The file's text, exactly as read"),
    filename: z.optional(
      described(
        z.string().check(z.maxLength(1024)),
        DOCUMENTED && "Its name; a long number in it can be the id",
      ),
    ),
  }),
  "RawFile",
);
export type RawFile = z.infer<typeof RawFileSchema>;

/** Files to ingest sent as JSON: one, or up to 1,000 in an array. */
export const RawFilesSchema = component(
  z.union([RawFileSchema, z.array(RawFileSchema).check(z.maxLength(1000))]),
  "RawFiles",
);

export const FilenameQuery = z.object({
  filename: z.optional(
    described(z.string().check(z.maxLength(1024)), DOCUMENTED && "Name of the file sent as the raw body"),
  ),
});

export const IngestResultSchema = /* @__PURE__ */ documentedComponent("IngestResult", () =>
  z.object({
    count: Int(),
    articles: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        filename: z.nullable(z.string()),
        ref: described(z.nullable(z.string()), "Where the article sits in a dump (line 812)"),
        warnings: z.array(z.object({ code: WarningCode, message: z.string(), line: z.optional(Int()) })),
      }),
    ),
    problems: described(
      z.array(doc.extend(ProblemSchema, { filename: z.nullable(z.string()), ref: z.string() })),
      "Records of a dump that could not be read (the others were stored)",
    ),
  }),
);

/** A day (`2022-01-30`, Asia/Shanghai like the articles) or an ISO 8601 timestamp. */
const DateBound = (description: string | false) =>
  z.optional(
    documented(
      z
        .string()
        .check(
          z.refine(
            (value) => sinceInstant(value) !== null,
            "expected a date (2022-01-30) or an ISO 8601 time (2022-01-30T09:59:17+08:00)",
          ),
        ),
      description !== false && { description, example: "2022-01-30" },
    ),
  );

/** `from` as a UTC instant: the start of its day when it is a date (core's rule, as the CLI's --since). */
export function fromInstant(value: string): string {
  return new Date(sinceInstant(value)!).toISOString();
}

/** `to` as the exclusive UTC bound: the end of its day when it is a date, else just after it. */
export function beforeInstant(value: string): string {
  return new Date(untilInstant(value)!).toISOString();
}

const filterText = (description: string | false) =>
  z.optional(described(z.string().check(z.minLength(1), z.maxLength(200)), description));

/** A page size, `limit`: 1–100, 20 when not given. */
export const Limit = (description: string | false = false) => {
  const limit = z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100));
  return z._default(described(limit, description), 20);
};

/** `nextCursor` of the previous page. */
export const Cursor = (description: string | false = false) => {
  const cursor = z.string().check(z.maxLength(1000));
  return z.optional(described(cursor, description));
};

export const ListQuery = z.object({
  q: filterText(
    DOCUMENTED && "Full-text query; Chinese is matched as substrings (太保, 消费者权益), other words whole",
  ),
  source: filterText(DOCUMENTED && "Source name (北方网) or slug (beifangwang)"),
  security: filterText(DOCUMENTED && "Security code or name: 601601, 02601, CPIC, 中国太保"),
  tag: filterText(DOCUMENTED && "A tag or category"),
  from: DateBound(DOCUMENTED && "Published on or after (date or ISO time)"),
  to: DateBound(DOCUMENTED && "Published on or before (date or ISO time)"),
  sort: z._default(
    described(
      z.enum(["newest", "relevance"]),
      DOCUMENTED && "newest: by publish time, undated last; relevance: best matches of q first (needs q)",
    ),
    "newest",
  ),
  limit: Limit(DOCUMENTED && "Page size, 1–100"),
  cursor: Cursor(DOCUMENTED && "`nextCursor` of the previous page"),
});

/** A path parameter: a string of `min`–`max` characters, with an example for the document. */
export const PathParam = (min: number, max: number, example: string | false) =>
  documented(z.string().check(z.minLength(min), z.maxLength(max)), example !== false && { example });

export const IdParam = z.object({ id: PathParam(1, 200, DOCUMENTED && "NW202201302266849892") });

export const CodeParam = z.object({ code: PathParam(1, 40, DOCUMENTED && "601601") });

export const SourcesSchema = /* @__PURE__ */ documentedComponent("Sources", () =>
  z.object({
    sources: z.array(z.object({ name: z.string(), slug: z.nullable(z.string()), articles: z.number() })),
  }),
);

export const SecurityReportSchema = /* @__PURE__ */ documentedComponent("SecurityReport", () =>
  z.object({
    code: z.string(),
    listings: z.array(
      z.object({ code: z.string(), market: Market, names: z.array(z.string()), articles: z.number() }),
    ),
    company: described(
      z.nullable(
        z.object({
          name: z.string(),
          listings: z.array(z.object({ code: z.string(), market: Market, name: z.string() })),
        }),
      ),
      "The company and all its listings (A+H, ADR), from the securities dictionary",
    ),
    articles: PageSchema,
  }),
);

export const StatsSchema = /* @__PURE__ */ documentedComponent("Stats", () =>
  z.object({
    articles: z.number(),
    sources: z.number(),
    securities: z.number(),
    labels: z.number(),
    formats: doc.record(z.string(), z.number()),
    earliest: z.nullable(z.string()),
    latest: z.nullable(z.string()),
  }),
);

/**
 * The response bodies, named by their components' ids: routes declare them so, and an app, which never
 * validates what it answers, does not carry their schemas (only `/openapi.json` describes them).
 */
export const Responses = {
  Problem: componentRef("Problem"),
  ArticlePage: componentRef("ArticlePage"),
  StoryPage: componentRef("StoryPage"),
  Story: componentRef("Story"),
  IngestResult: componentRef("IngestResult"),
  Sources: componentRef("Sources"),
  SecurityReport: componentRef("SecurityReport"),
  Stats: componentRef("Stats"),
};
