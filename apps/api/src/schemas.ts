import {
  type Article,
  articleSchema,
  FORMATS,
  MARKETS,
  SECURITY_HOWS,
  sinceInstant,
  untilInstant,
  WARNING_CODES,
} from "@caixun/core";
import { z } from "@hono/zod-openapi";
import { PROBLEM_CODES } from "./problem.js";

/**
 * The Article, documented by @caixun/core's own JSON Schema. Responses are not validated against
 * it: the parser is the Article's authority, the schema only describes it.
 */
export const ArticleSchema = z.custom<Article>().openapi(
  "Article",
  (() => {
    const { $schema: _dialect, $id: _id, ...schema } = articleSchema;
    return schema as never;
  })(),
);

/** A raw file sent as the body itself. */
export const RawTextBody = z.string().openapi({ description: "The file's text" });
export const RawBytesBody = z.string().openapi({ format: "binary", description: "The file's bytes" });

export const ProblemSchema = z
  .object({
    type: z.literal("about:blank"),
    title: z.string(),
    status: z.number().int(),
    code: z.enum(PROBLEM_CODES),
    detail: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    ref: z.string().optional().openapi({ description: "For a record of a dump: where it sits (line 812)" }),
    accepted: z.array(z.string()).optional(),
  })
  .openapi("Problem");

/** A dump parsed: one JSON line per record, its Article or its Problem (with `ref`), in input order. */
export const ArticleLines = z.string().openapi({
  description:
    "JSON Lines, one per record of the dump in input order: the record's Article (with `ref`), or a Problem with `ref` for a record that could not be read",
});

const Market = z.enum(MARKETS);
const WarningCode = z.enum(WARNING_CODES);
const SourceSchema = z.object({ name: z.string(), slug: z.string().optional() }).openapi("Source");
const SecuritySchema = z
  .object({
    code: z.string(),
    market: Market,
    name: z.string().optional(),
    how: z.enum(SECURITY_HOWS).optional(),
    mentions: z.number().int().optional(),
  })
  .openapi("Security");

export const SummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    publishedAt: z.string().nullable(),
    source: SourceSchema.nullable(),
    via: z.array(z.string()),
    author: z.string().nullable(),
    originalUrl: z.string().nullable(),
    categories: z.array(z.string()),
    tags: z.array(z.string()),
    securities: z.array(SecuritySchema),
    format: z.enum(FORMATS),
    fingerprint: z.string(),
    storyId: z
      .string()
      .nullable()
      .openapi({ description: "The story this article is a copy of (`/v1/stories/{id}`)" }),
    characters: z.number().int(),
    warnings: z.array(WarningCode).openapi({ description: "Warning codes of the parse" }),
    excerpt: z.string(),
  })
  .openapi("ArticleSummary");

export const PageSchema = z
  .object({
    items: z.array(SummarySchema),
    nextCursor: z.string().nullable().openapi({ description: "Pass as `cursor` for the next page" }),
  })
  .openapi("ArticlePage");

const StoryCopySchema = z
  .object({
    id: z.string().openapi({ description: "The Article's id" }),
    source: z.string().nullable().openapi({ description: "The outlet that wrote this copy" }),
    via: z.array(z.string()),
    publishedAt: z.string().nullable(),
    title: z.string(),
    url: z.string().nullable(),
  })
  .openapi("StoryCopy");

export const StorySummarySchema = z
  .object({
    storyId: z.string(),
    canonical: z.string().openapi({
      description: "Id of the canonical copy (the most complete, from the original outlet, earliest)",
    }),
    title: z.string().openapi({ description: "Title of the canonical copy" }),
    firstSeenAt: z.string().nullable().openapi({ description: "publishedAt of the earliest copy" }),
    copies: z.number().int().openapi({ description: "How many copies the story has" }),
  })
  .openapi("StorySummary");

export const StoryPageSchema = z
  .object({
    items: z.array(StorySummarySchema),
    nextCursor: z.string().nullable().openapi({ description: "Pass as `cursor` for the next page" }),
  })
  .openapi("StoryPage");

export const StorySchema = z
  .object({
    storyId: z.string(),
    canonical: z.string(),
    title: z.string(),
    firstSeenAt: z.string().nullable(),
    copies: z.array(StoryCopySchema).openapi({ description: "Every copy, earliest first" }),
    securities: z.array(SecuritySchema).openapi({ description: "Securities of every copy, merged" }),
    tags: z.array(z.string()).openapi({ description: "Tags of every copy, merged" }),
  })
  .openapi("Story");

/** A raw input file sent as JSON. */
export const RawFileSchema = z
  .object({
    content: z.string().openapi({ description: "The file's text, exactly as read" }),
    filename: z
      .string()
      .max(1024)
      .optional()
      .openapi({ description: "Its name; a long number in it can be the id" }),
  })
  .strict()
  .openapi("RawFile");
export type RawFile = z.infer<typeof RawFileSchema>;

export const FilenameQuery = z.object({
  filename: z.string().max(1024).optional().openapi({ description: "Name of the file sent as the raw body" }),
});

export const IngestResultSchema = z
  .object({
    count: z.number().int(),
    articles: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        filename: z.string().nullable(),
        ref: z.string().nullable().openapi({ description: "Where the article sits in a dump (line 812)" }),
        warnings: z.array(
          z.object({ code: WarningCode, message: z.string(), line: z.number().int().optional() }),
        ),
      }),
    ),
    problems: z
      .array(ProblemSchema.extend({ filename: z.string().nullable(), ref: z.string() }))
      .openapi({ description: "Records of a dump that could not be read (the others were stored)" }),
  })
  .openapi("IngestResult");

/** A day (`2022-01-30`, Asia/Shanghai like the articles) or an ISO 8601 timestamp. */
const DateBound = z
  .string()
  .refine(
    (value) => sinceInstant(value) !== null,
    "expected a date (2022-01-30) or an ISO 8601 time (2022-01-30T09:59:17+08:00)",
  )
  .openapi({ example: "2022-01-30" });

/** `from` as a UTC instant: the start of its day when it is a date (core's rule, as the CLI's --since). */
export function fromInstant(value: string): string {
  return new Date(sinceInstant(value)!).toISOString();
}

/** `to` as the exclusive UTC bound: the end of its day when it is a date, else just after it. */
export function beforeInstant(value: string): string {
  return new Date(untilInstant(value)!).toISOString();
}

const filterText = (description: string) => z.string().min(1).max(200).optional().openapi({ description });

export const ListQuery = z.object({
  q: filterText("Full-text query; Chinese is matched as substrings (太保, 消费者权益), other words whole"),
  source: filterText("Source name (北方网) or slug (beifangwang)"),
  security: filterText("Security code or name: 601601, 02601, CPIC, 中国太保"),
  tag: filterText("A tag or category"),
  from: DateBound.optional().openapi({ description: "Published on or after (date or ISO time)" }),
  to: DateBound.optional().openapi({ description: "Published on or before (date or ISO time)" }),
  sort: z.enum(["newest", "relevance"]).default("newest").openapi({
    description: "newest: by publish time, undated last; relevance: best matches of q first (needs q)",
  }),
  limit: z.coerce.number().int().min(1).max(100).default(20).openapi({ description: "Page size, 1–100" }),
  cursor: z.string().max(1000).optional().openapi({ description: "`nextCursor` of the previous page" }),
});

export const IdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: "id", in: "path" }, example: "NW202201302266849892" }),
});

export const CodeParam = z.object({
  code: z
    .string()
    .min(1)
    .max(40)
    .openapi({ param: { name: "code", in: "path" }, example: "601601" }),
});

export const SourcesSchema = z
  .object({
    sources: z.array(z.object({ name: z.string(), slug: z.string().nullable(), articles: z.number() })),
  })
  .openapi("Sources");

export const SecurityReportSchema = z
  .object({
    code: z.string(),
    listings: z.array(
      z.object({ code: z.string(), market: Market, names: z.array(z.string()), articles: z.number() }),
    ),
    company: z
      .object({
        name: z.string(),
        listings: z.array(z.object({ code: z.string(), market: Market, name: z.string() })),
      })
      .nullable()
      .openapi({
        description: "The company and all its listings (A+H, ADR), from the securities dictionary",
      }),
    articles: PageSchema,
  })
  .openapi("SecurityReport");

export const StatsSchema = z
  .object({
    articles: z.number(),
    sources: z.number(),
    securities: z.number(),
    labels: z.number(),
    formats: z.record(z.string(), z.number()),
    earliest: z.string().nullable(),
    latest: z.string().nullable(),
  })
  .openapi("Stats");
