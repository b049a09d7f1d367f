// Written by `pnpm --filter @caixun/api openapi` from the routes' zod schemas (apps/api/src/openapi-document.ts): do not edit.
// The app's tests fail when this drifts from the schemas; run the command again after changing a route.
import type { OpenApiDocument } from "./openapi.js";

export const API_DOCUMENT: OpenApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "caixun API",
    version: "0.1.0",
    description:
      "Parse scraped Chinese financial-news files into structured Articles, store them, and search them. Errors are application/problem+json with a stable `code`.",
  },
  paths: {
    "/v1/parse": {
      post: {
        tags: ["parse"],
        summary:
          "Parse a file into an Article, or a dump into one Article per record (stateless: nothing is stored)",
        parameters: [
          {
            name: "filename",
            in: "query",
            required: false,
            description: "Name of the file sent as the raw body",
            schema: {
              type: "string",
              maxLength: 1024,
            },
          },
        ],
        requestBody: {
          description:
            "The raw file or dump as the body (text or bytes; GB18030 is detected, gzip is decompressed; a JSON Lines dump as application/x-ndjson too), or JSON { content, filename }",
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/RawFile",
              },
            },
            "text/*": {
              schema: {
                type: "string",
                description: "The file's text",
              },
            },
            "application/octet-stream": {
              schema: {
                type: "string",
                format: "binary",
                description: "The file's bytes",
              },
            },
            "application/gzip": {
              schema: {
                type: "string",
                format: "binary",
                description: "The file's bytes",
              },
            },
            "application/x-ndjson": {
              schema: {
                type: "string",
                description: "The file's text",
              },
            },
          },
        },
        responses: {
          "200": {
            description:
              "The parsed Article of a file; for an input of many documents (a JSON Lines dump, a JSON array, a digest), JSON Lines of one Article or Problem per record",
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/Article",
                },
              },
              "application/x-ndjson": {
                schema: {
                  type: "string",
                  description:
                    "JSON Lines, one per record of the dump in input order: the record's Article (with `ref`), or a Problem with `ref` for a record that could not be read",
                },
              },
            },
          },
          "400": {
            description: "Invalid JSON (`invalid-json`)",
            content: {
              "application/problem+json": {
                schema: {
                  $ref: "#/components/schemas/Problem",
                },
              },
            },
          },
          "413": {
            description: "Body over the size limit, or more records than the record limit (`body-too-large`)",
            content: {
              "application/problem+json": {
                schema: {
                  $ref: "#/components/schemas/Problem",
                },
              },
            },
          },
          "415": {
            description: "Content type not accepted here (`unsupported-media-type`)",
            content: {
              "application/problem+json": {
                schema: {
                  $ref: "#/components/schemas/Problem",
                },
              },
            },
          },
          "422": {
            description:
              "Invalid parameters or body (`invalid-request`), a file that is not text (`binary-content`), or an input whose parse exceeded the server's budget (`parse-budget-exceeded`)",
            content: {
              "application/problem+json": {
                schema: {
                  $ref: "#/components/schemas/Problem",
                },
              },
            },
          },
          "503": {
            description:
              "Every parse worker is busy and the queue is full (`server-busy`); retry after `Retry-After`",
            content: {
              "application/problem+json": {
                schema: {
                  $ref: "#/components/schemas/Problem",
                },
              },
            },
          },
        },
      },
    },
    "/v1/articles": {
      post: {
        tags: ["articles"],
        summary: "Ingest files or dumps: parse them and upsert the Articles by id (one per record of a dump)",
        security: [
          {
            bearerAuth: [],
          },
        ],
        parameters: [
          {
            name: "filename",
            in: "query",
            required: false,
            description: "Name of the file sent as the raw body",
            schema: {
              type: "string",
              maxLength: 1024,
            },
          },
        ],
        requestBody: {
          description:
            "One raw file or dump (text or bytes, gzip decompressed; `?filename=`), JSON { content, filename } or an array of them, or JSON Lines of them (application/x-ndjson)",
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/RawFiles",
              },
            },
            "application/x-ndjson": {
              schema: {
                type: "string",
                description: "The file's text",
              },
            },
            "text/*": {
              schema: {
                type: "string",
                description: "The file's text",
              },
            },
            "application/octet-stream": {
              schema: {
                type: "string",
                format: "binary",
                description: "The file's bytes",
              },
            },
            "application/gzip": {
              schema: {
                type: "string",
                format: "binary",
                description: "The file's bytes",
              },
            },
          },
        },
        responses: {
          "200": {
            description:
              "Ids and parse warnings of the stored articles, and a problem for each record of a dump that could not be read",
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/IngestResult",
                },
              },
            },
          },
          "400": {
            description: "Invalid JSON (`invalid-json`)",
            content: {
              "application/problem+json": {
                schema: {
                  $ref: "#/components/schemas/Problem",
                },
              },
            },
          },
          "401": {
            description: "Missing or wrong bearer token (`unauthorized`)",
            content: {
              "application/problem+json": {
                schema: {
                  $ref: "#/components/schemas/Problem",
                },
              },
            },
          },
          "413": {
            description: "Body over the size limit, or more records than the record limit (`body-too-large`)",
            content: {
              "application/problem+json": {
                schema: {
                  $ref: "#/components/schemas/Problem",
                },
              },
            },
          },
          "415": {
            description: "Content type not accepted here (`unsupported-media-type`)",
            content: {
              "application/problem+json": {
                schema: {
                  $ref: "#/components/schemas/Problem",
                },
              },
            },
          },
          "422": {
            description:
              "Invalid parameters or body (`invalid-request`), a file that is not text (`binary-content`), or an input whose parse exceeded the server's budget (`parse-budget-exceeded`)",
            content: {
              "application/problem+json": {
                schema: {
                  $ref: "#/components/schemas/Problem",
                },
              },
            },
          },
          "503": {
            description:
              "Every parse worker is busy and the queue is full (`server-busy`); retry after `Retry-After`",
            content: {
              "application/problem+json": {
                schema: {
                  $ref: "#/components/schemas/Problem",
                },
              },
            },
          },
        },
      },
      get: {
        tags: ["articles"],
        summary: "List and search articles, newest first or by relevance",
        parameters: [
          {
            name: "q",
            in: "query",
            required: false,
            description:
              "Full-text query; Chinese is matched as substrings (太保, 消费者权益), other words whole",
            schema: {
              type: "string",
              minLength: 1,
              maxLength: 200,
            },
          },
          {
            name: "source",
            in: "query",
            required: false,
            description: "Source name (北方网) or slug (beifangwang)",
            schema: {
              type: "string",
              minLength: 1,
              maxLength: 200,
            },
          },
          {
            name: "security",
            in: "query",
            required: false,
            description: "Security code or name: 601601, 02601, CPIC, 中国太保",
            schema: {
              type: "string",
              minLength: 1,
              maxLength: 200,
            },
          },
          {
            name: "tag",
            in: "query",
            required: false,
            description: "A tag or category",
            schema: {
              type: "string",
              minLength: 1,
              maxLength: 200,
            },
          },
          {
            name: "from",
            in: "query",
            required: false,
            description: "Published on or after (date or ISO time)",
            schema: {
              type: "string",
              example: "2022-01-30",
            },
          },
          {
            name: "to",
            in: "query",
            required: false,
            description: "Published on or before (date or ISO time)",
            schema: {
              type: "string",
              example: "2022-01-30",
            },
          },
          {
            name: "sort",
            in: "query",
            required: false,
            description:
              "newest: by publish time, undated last; relevance: best matches of q first (needs q)",
            schema: {
              default: "newest",
              type: "string",
              enum: ["newest", "relevance"],
            },
          },
          {
            name: "limit",
            in: "query",
            required: false,
            description: "Page size, 1–100",
            schema: {
              default: 20,
              type: "integer",
              minimum: 1,
              maximum: 100,
            },
          },
          {
            name: "cursor",
            in: "query",
            required: false,
            description: "`nextCursor` of the previous page",
            schema: {
              type: "string",
              maxLength: 1000,
            },
          },
        ],
        responses: {
          "200": {
            description: "One page of article summaries",
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/ArticlePage",
                },
              },
            },
          },
          "422": {
            description:
              "Invalid parameters or body (`invalid-request`), a file that is not text (`binary-content`), or an input whose parse exceeded the server's budget (`parse-budget-exceeded`)",
            content: {
              "application/problem+json": {
                schema: {
                  $ref: "#/components/schemas/Problem",
                },
              },
            },
          },
        },
      },
    },
    "/v1/articles/{id}": {
      get: {
        tags: ["articles"],
        summary: "One article",
        parameters: [
          {
            name: "id",
            in: "path",
            required: true,
            schema: {
              type: "string",
              minLength: 1,
              maxLength: 200,
              example: "NW202201302266849892",
            },
          },
        ],
        responses: {
          "200": {
            description: "The Article",
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/Article",
                },
              },
            },
          },
          "404": {
            description: "No such resource (`not-found`)",
            content: {
              "application/problem+json": {
                schema: {
                  $ref: "#/components/schemas/Problem",
                },
              },
            },
          },
          "422": {
            description:
              "Invalid parameters or body (`invalid-request`), a file that is not text (`binary-content`), or an input whose parse exceeded the server's budget (`parse-budget-exceeded`)",
            content: {
              "application/problem+json": {
                schema: {
                  $ref: "#/components/schemas/Problem",
                },
              },
            },
          },
        },
      },
    },
    "/v1/sources": {
      get: {
        tags: ["catalog"],
        summary: "Sources (outlets) with their article counts, largest first",
        responses: {
          "200": {
            description: "The sources",
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/Sources",
                },
              },
            },
          },
        },
      },
    },
    "/v1/securities/{code}": {
      get: {
        tags: ["catalog"],
        summary:
          "A listed company by code or name: its listings and the articles that refer to it, newest first",
        parameters: [
          {
            name: "code",
            in: "path",
            required: true,
            schema: {
              type: "string",
              minLength: 1,
              maxLength: 40,
              example: "601601",
            },
          },
          {
            name: "limit",
            in: "query",
            required: false,
            schema: {
              default: 20,
              type: "integer",
              minimum: 1,
              maximum: 100,
            },
          },
          {
            name: "cursor",
            in: "query",
            required: false,
            schema: {
              type: "string",
              maxLength: 1000,
            },
          },
        ],
        responses: {
          "200": {
            description: "Listings and one page of articles",
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/SecurityReport",
                },
              },
            },
          },
          "404": {
            description: "No such resource (`not-found`)",
            content: {
              "application/problem+json": {
                schema: {
                  $ref: "#/components/schemas/Problem",
                },
              },
            },
          },
          "422": {
            description:
              "Invalid parameters or body (`invalid-request`), a file that is not text (`binary-content`), or an input whose parse exceeded the server's budget (`parse-budget-exceeded`)",
            content: {
              "application/problem+json": {
                schema: {
                  $ref: "#/components/schemas/Problem",
                },
              },
            },
          },
        },
      },
    },
    "/v1/stats": {
      get: {
        tags: ["catalog"],
        summary: "Counts over the whole store",
        responses: {
          "200": {
            description: "Store statistics",
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/Stats",
                },
              },
            },
          },
        },
      },
    },
    "/v1/stories": {
      get: {
        tags: ["stories"],
        summary: "Stories (the same news from several outlets, told once), newest first sighting first",
        parameters: [
          {
            name: "limit",
            in: "query",
            required: false,
            schema: {
              default: 20,
              type: "integer",
              minimum: 1,
              maximum: 100,
            },
          },
          {
            name: "cursor",
            in: "query",
            required: false,
            schema: {
              type: "string",
              maxLength: 1000,
            },
          },
          {
            name: "minCopies",
            in: "query",
            required: false,
            description:
              "Only stories with at least this many copies (2: only news that several outlets carried)",
            schema: {
              default: 1,
              type: "integer",
              minimum: 1,
              maximum: 1000,
            },
          },
        ],
        responses: {
          "200": {
            description: "One page of stories",
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/StoryPage",
                },
              },
            },
          },
          "422": {
            description:
              "Invalid parameters or body (`invalid-request`), a file that is not text (`binary-content`), or an input whose parse exceeded the server's budget (`parse-budget-exceeded`)",
            content: {
              "application/problem+json": {
                schema: {
                  $ref: "#/components/schemas/Problem",
                },
              },
            },
          },
        },
      },
    },
    "/v1/stories/{id}": {
      get: {
        tags: ["stories"],
        summary: "One story: its canonical copy, first sighting and every copy",
        parameters: [
          {
            name: "id",
            in: "path",
            required: true,
            schema: {
              type: "string",
              pattern: "^s[0-9a-f]{16}$",
              example: "s1d3c5b7a9f0e2d4c",
            },
          },
        ],
        responses: {
          "200": {
            description: "The story",
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/Story",
                },
              },
            },
          },
          "404": {
            description: "No such resource (`not-found`)",
            content: {
              "application/problem+json": {
                schema: {
                  $ref: "#/components/schemas/Problem",
                },
              },
            },
          },
          "422": {
            description:
              "Invalid parameters or body (`invalid-request`), a file that is not text (`binary-content`), or an input whose parse exceeded the server's budget (`parse-budget-exceeded`)",
            content: {
              "application/problem+json": {
                schema: {
                  $ref: "#/components/schemas/Problem",
                },
              },
            },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      Article: {
        title: "Article",
        description: "One clean, structured news article parsed by @caixun/core.",
        type: "object",
        additionalProperties: false,
        required: [
          "id",
          "title",
          "publishedAt",
          "source",
          "via",
          "originalUrl",
          "author",
          "editor",
          "categories",
          "tags",
          "blocks",
          "text",
          "html",
          "images",
          "securities",
          "sectors",
          "indices",
          "figures",
          "stats",
          "warnings",
          "format",
          "fingerprint",
          "ref",
          "storyId",
          "extra",
        ],
        properties: {
          id: {
            type: "string",
            minLength: 1,
            description: "The source's own id, else h + a content hash.",
          },
          title: {
            type: "string",
          },
          publishedAt: {
            type: ["string", "null"],
            pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:Z|[+-]\\d{2}:\\d{2})$",
            description: "ISO 8601 with offset; null when the file has no date.",
          },
          source: {
            type: ["object", "null"],
            additionalProperties: false,
            required: ["name"],
            properties: {
              name: {
                type: "string",
                minLength: 1,
              },
              slug: {
                type: "string",
              },
            },
          },
          via: {
            type: "array",
            items: {
              type: "string",
            },
          },
          originalUrl: {
            type: ["string", "null"],
          },
          author: {
            type: ["string", "null"],
          },
          editor: {
            type: ["string", "null"],
          },
          categories: {
            type: "array",
            items: {
              type: "string",
            },
          },
          tags: {
            type: "array",
            items: {
              type: "string",
            },
          },
          blocks: {
            type: "array",
            items: {
              oneOf: [
                {
                  type: "object",
                  additionalProperties: false,
                  required: ["type", "level", "text"],
                  properties: {
                    type: {
                      const: "heading",
                    },
                    level: {
                      type: "integer",
                      minimum: 1,
                      maximum: 6,
                    },
                    text: {
                      type: "string",
                    },
                  },
                },
                {
                  type: "object",
                  additionalProperties: false,
                  required: ["type", "text"],
                  properties: {
                    type: {
                      enum: ["paragraph", "quote"],
                    },
                    text: {
                      type: "string",
                    },
                  },
                },
                {
                  type: "object",
                  additionalProperties: false,
                  required: ["type", "ordered", "items"],
                  properties: {
                    type: {
                      const: "list",
                    },
                    ordered: {
                      type: "boolean",
                    },
                    items: {
                      type: "array",
                      items: {
                        type: "string",
                      },
                    },
                  },
                },
                {
                  type: "object",
                  additionalProperties: false,
                  required: ["type", "rows"],
                  properties: {
                    type: {
                      const: "table",
                    },
                    rows: {
                      type: "array",
                      items: {
                        type: "array",
                        items: {
                          type: "string",
                        },
                      },
                    },
                  },
                },
                {
                  type: "object",
                  additionalProperties: false,
                  required: ["type", "src", "alt", "caption"],
                  properties: {
                    type: {
                      const: "image",
                    },
                    src: {
                      type: ["string", "null"],
                    },
                    alt: {
                      type: ["string", "null"],
                    },
                    caption: {
                      type: ["string", "null"],
                    },
                  },
                },
              ],
            },
          },
          text: {
            type: "string",
          },
          html: {
            type: "string",
          },
          images: {
            type: "array",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["src", "alt", "caption"],
              properties: {
                src: {
                  type: "string",
                },
                alt: {
                  type: ["string", "null"],
                },
                caption: {
                  type: ["string", "null"],
                },
              },
            },
          },
          securities: {
            type: "array",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["code", "market", "how", "mentions"],
              properties: {
                code: {
                  type: "string",
                  minLength: 1,
                },
                market: {
                  enum: ["SH", "SZ", "BJ", "HK", "NASDAQ", "NYSE", "AMEX", "LSE"],
                },
                name: {
                  type: "string",
                },
                how: {
                  enum: ["record", "widget", "markup", "code-in-text", "name"],
                },
                mentions: {
                  type: "integer",
                  minimum: 0,
                },
                via: {
                  enum: ["subsidiary"],
                },
                subsidiary: {
                  type: "string",
                },
              },
            },
          },
          sectors: {
            type: "array",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["code", "name", "mentions"],
              properties: {
                code: {
                  type: ["string", "null"],
                },
                name: {
                  type: "string",
                },
                mentions: {
                  type: "integer",
                  minimum: 0,
                },
              },
            },
          },
          indices: {
            type: "array",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["code", "market", "name", "mentions"],
              properties: {
                code: {
                  type: "string",
                  minLength: 1,
                },
                market: {
                  anyOf: [
                    {
                      enum: ["SH", "SZ", "BJ", "HK", "NASDAQ", "NYSE", "AMEX", "LSE"],
                    },
                    {
                      type: "null",
                    },
                  ],
                },
                name: {
                  type: "string",
                },
                mentions: {
                  type: "integer",
                  minimum: 0,
                },
              },
            },
          },
          figures: {
            type: "array",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["text", "value", "unit"],
              properties: {
                text: {
                  type: "string",
                },
                value: {
                  type: "number",
                },
                unit: {
                  enum: ["CNY", "USD", "HKD", "EUR", "JPY", "GBP", "ratio", "count"],
                },
              },
            },
          },
          stats: {
            type: "object",
            additionalProperties: false,
            required: ["characters", "cjkCharacters", "paragraphs", "readingMinutes"],
            properties: {
              characters: {
                type: "integer",
                minimum: 0,
              },
              cjkCharacters: {
                type: "integer",
                minimum: 0,
              },
              paragraphs: {
                type: "integer",
                minimum: 0,
              },
              readingMinutes: {
                type: "integer",
                minimum: 0,
              },
            },
          },
          warnings: {
            type: "array",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["code", "message"],
              properties: {
                code: {
                  enum: [
                    "yaml-recovered",
                    "no-date",
                    "title-from-first-line",
                    "title-derived",
                    "no-title",
                    "encoding-gb18030",
                    "encoding-big5",
                    "encoding-utf16",
                    "mojibake-repaired",
                    "encoding-invalid",
                    "encoding-unsupported",
                    "binary-content",
                    "control-characters",
                    "parse-failed",
                    "future-year",
                    "empty-body",
                    "many-documents",
                    "compressed-input",
                    "not-a-news-record",
                    "records-not-loaded",
                    "markup-not-loaded",
                    "front-matter-capped",
                    "nesting-capped",
                    "date-conflict",
                    "fields-capped",
                    "row-not-joined",
                    "code-records-capped",
                  ],
                },
                message: {
                  type: "string",
                },
                line: {
                  type: "integer",
                  minimum: 1,
                },
              },
            },
          },
          format: {
            enum: [
              "finews-jekyll",
              "hexo-aggregator",
              "front-matter",
              "html",
              "plain-text",
              "markdown",
              "dump-record",
              "digest-section",
            ],
          },
          fingerprint: {
            type: "string",
            pattern: "^[0-9a-f]{16}$",
          },
          ref: {
            type: ["string", "null"],
            description: "Where the Article sits in an input of many (line 812, section 14).",
          },
          storyId: {
            type: ["string", "null"],
            pattern: "^s[0-9a-f]{16}$",
          },
          extra: {
            type: "object",
          },
        },
      },
      Problem: {
        type: "object",
        properties: {
          type: {
            type: "string",
            const: "about:blank",
          },
          title: {
            type: "string",
          },
          status: {
            type: "integer",
            minimum: -9007199254740991,
            maximum: 9007199254740991,
          },
          code: {
            type: "string",
            enum: [
              "bad-request",
              "invalid-json",
              "unauthorized",
              "not-found",
              "request-timeout",
              "body-too-large",
              "unsupported-media-type",
              "headers-too-large",
              "invalid-request",
              "binary-content",
              "invalid-record",
              "parse-budget-exceeded",
              "internal-error",
              "server-busy",
            ],
          },
          detail: {
            type: "string",
          },
          errors: {
            type: "array",
            items: {
              type: "object",
              properties: {
                path: {
                  type: "string",
                },
                message: {
                  type: "string",
                },
              },
              required: ["path", "message"],
              additionalProperties: false,
            },
          },
          ref: {
            type: "string",
            description: "For a record of a dump: where it sits (line 812)",
          },
          accepted: {
            type: "array",
            items: {
              type: "string",
            },
          },
        },
        required: ["type", "title", "status", "code", "detail"],
        additionalProperties: false,
      },
      Source: {
        type: "object",
        properties: {
          name: {
            type: "string",
          },
          slug: {
            type: "string",
          },
        },
        required: ["name"],
        additionalProperties: false,
      },
      Security: {
        type: "object",
        properties: {
          code: {
            type: "string",
          },
          market: {
            type: "string",
            enum: ["SH", "SZ", "BJ", "HK", "NASDAQ", "NYSE", "AMEX", "LSE"],
          },
          name: {
            type: "string",
          },
          how: {
            type: "string",
            enum: ["record", "widget", "markup", "code-in-text", "name"],
          },
          mentions: {
            type: "integer",
            minimum: -9007199254740991,
            maximum: 9007199254740991,
          },
        },
        required: ["code", "market"],
        additionalProperties: false,
      },
      ArticleSummary: {
        type: "object",
        properties: {
          id: {
            type: "string",
          },
          title: {
            type: "string",
          },
          publishedAt: {
            type: ["string", "null"],
          },
          source: {
            anyOf: [
              {
                $ref: "#/components/schemas/Source",
              },
              {
                type: "null",
              },
            ],
          },
          via: {
            type: "array",
            items: {
              type: "string",
            },
          },
          author: {
            type: ["string", "null"],
          },
          originalUrl: {
            type: ["string", "null"],
          },
          categories: {
            type: "array",
            items: {
              type: "string",
            },
          },
          tags: {
            type: "array",
            items: {
              type: "string",
            },
          },
          securities: {
            type: "array",
            items: {
              $ref: "#/components/schemas/Security",
            },
          },
          format: {
            type: "string",
            enum: [
              "finews-jekyll",
              "hexo-aggregator",
              "front-matter",
              "html",
              "plain-text",
              "markdown",
              "dump-record",
              "digest-section",
            ],
          },
          fingerprint: {
            type: "string",
          },
          storyId: {
            description: "The story this article is a copy of (`/v1/stories/{id}`)",
            type: ["string", "null"],
          },
          characters: {
            type: "integer",
            minimum: -9007199254740991,
            maximum: 9007199254740991,
          },
          warnings: {
            type: "array",
            items: {
              type: "string",
              enum: [
                "yaml-recovered",
                "no-date",
                "title-from-first-line",
                "title-derived",
                "no-title",
                "encoding-gb18030",
                "encoding-big5",
                "encoding-utf16",
                "mojibake-repaired",
                "encoding-invalid",
                "encoding-unsupported",
                "binary-content",
                "control-characters",
                "parse-failed",
                "future-year",
                "empty-body",
                "many-documents",
                "compressed-input",
                "not-a-news-record",
                "records-not-loaded",
                "markup-not-loaded",
                "front-matter-capped",
                "nesting-capped",
                "date-conflict",
                "fields-capped",
                "row-not-joined",
                "code-records-capped",
              ],
            },
            description: "Warning codes of the parse",
          },
          excerpt: {
            type: "string",
          },
        },
        required: [
          "id",
          "title",
          "publishedAt",
          "source",
          "via",
          "author",
          "originalUrl",
          "categories",
          "tags",
          "securities",
          "format",
          "fingerprint",
          "storyId",
          "characters",
          "warnings",
          "excerpt",
        ],
        additionalProperties: false,
      },
      ArticlePage: {
        type: "object",
        properties: {
          items: {
            type: "array",
            items: {
              $ref: "#/components/schemas/ArticleSummary",
            },
          },
          nextCursor: {
            description: "Pass as `cursor` for the next page",
            type: ["string", "null"],
          },
        },
        required: ["items", "nextCursor"],
        additionalProperties: false,
      },
      StoryCopy: {
        type: "object",
        properties: {
          id: {
            type: "string",
            description: "The Article's id",
          },
          source: {
            description: "The outlet that wrote this copy",
            type: ["string", "null"],
          },
          via: {
            type: "array",
            items: {
              type: "string",
            },
          },
          publishedAt: {
            type: ["string", "null"],
          },
          title: {
            type: "string",
          },
          url: {
            type: ["string", "null"],
          },
        },
        required: ["id", "source", "via", "publishedAt", "title", "url"],
        additionalProperties: false,
      },
      StorySummary: {
        type: "object",
        properties: {
          storyId: {
            type: "string",
          },
          canonical: {
            type: "string",
            description: "Id of the canonical copy (the most complete, from the original outlet, earliest)",
          },
          title: {
            type: "string",
            description: "Title of the canonical copy",
          },
          firstSeenAt: {
            description: "publishedAt of the earliest copy",
            type: ["string", "null"],
          },
          copies: {
            type: "integer",
            minimum: -9007199254740991,
            maximum: 9007199254740991,
            description: "How many copies the story has",
          },
        },
        required: ["storyId", "canonical", "title", "firstSeenAt", "copies"],
        additionalProperties: false,
      },
      StoryPage: {
        type: "object",
        properties: {
          items: {
            type: "array",
            items: {
              $ref: "#/components/schemas/StorySummary",
            },
          },
          nextCursor: {
            description: "Pass as `cursor` for the next page",
            type: ["string", "null"],
          },
        },
        required: ["items", "nextCursor"],
        additionalProperties: false,
      },
      Story: {
        type: "object",
        properties: {
          storyId: {
            type: "string",
          },
          canonical: {
            type: "string",
          },
          title: {
            type: "string",
          },
          firstSeenAt: {
            type: ["string", "null"],
          },
          copies: {
            type: "array",
            items: {
              $ref: "#/components/schemas/StoryCopy",
            },
            description: "Every copy, earliest first",
          },
          securities: {
            type: "array",
            items: {
              $ref: "#/components/schemas/Security",
            },
            description: "Securities of every copy, merged",
          },
          tags: {
            type: "array",
            items: {
              type: "string",
            },
            description: "Tags of every copy, merged",
          },
        },
        required: ["storyId", "canonical", "title", "firstSeenAt", "copies", "securities", "tags"],
        additionalProperties: false,
      },
      RawFile: {
        type: "object",
        properties: {
          content: {
            type: "string",
            description: "The file's text, exactly as read",
          },
          filename: {
            type: "string",
            maxLength: 1024,
            description: "Its name; a long number in it can be the id",
          },
        },
        required: ["content"],
        additionalProperties: false,
      },
      RawFiles: {
        anyOf: [
          {
            $ref: "#/components/schemas/RawFile",
          },
          {
            maxItems: 1000,
            type: "array",
            items: {
              $ref: "#/components/schemas/RawFile",
            },
          },
        ],
      },
      IngestResult: {
        type: "object",
        properties: {
          count: {
            type: "integer",
            minimum: -9007199254740991,
            maximum: 9007199254740991,
          },
          articles: {
            type: "array",
            items: {
              type: "object",
              properties: {
                id: {
                  type: "string",
                },
                title: {
                  type: "string",
                },
                filename: {
                  type: ["string", "null"],
                },
                ref: {
                  description: "Where the article sits in a dump (line 812)",
                  type: ["string", "null"],
                },
                warnings: {
                  type: "array",
                  items: {
                    type: "object",
                    properties: {
                      code: {
                        type: "string",
                        enum: [
                          "yaml-recovered",
                          "no-date",
                          "title-from-first-line",
                          "title-derived",
                          "no-title",
                          "encoding-gb18030",
                          "encoding-big5",
                          "encoding-utf16",
                          "mojibake-repaired",
                          "encoding-invalid",
                          "encoding-unsupported",
                          "binary-content",
                          "control-characters",
                          "parse-failed",
                          "future-year",
                          "empty-body",
                          "many-documents",
                          "compressed-input",
                          "not-a-news-record",
                          "records-not-loaded",
                          "markup-not-loaded",
                          "front-matter-capped",
                          "nesting-capped",
                          "date-conflict",
                          "fields-capped",
                          "row-not-joined",
                          "code-records-capped",
                        ],
                      },
                      message: {
                        type: "string",
                      },
                      line: {
                        type: "integer",
                        minimum: -9007199254740991,
                        maximum: 9007199254740991,
                      },
                    },
                    required: ["code", "message"],
                    additionalProperties: false,
                  },
                },
              },
              required: ["id", "title", "filename", "ref", "warnings"],
              additionalProperties: false,
            },
          },
          problems: {
            type: "array",
            items: {
              type: "object",
              properties: {
                type: {
                  type: "string",
                  const: "about:blank",
                },
                title: {
                  type: "string",
                },
                status: {
                  type: "integer",
                  minimum: -9007199254740991,
                  maximum: 9007199254740991,
                },
                code: {
                  type: "string",
                  enum: [
                    "bad-request",
                    "invalid-json",
                    "unauthorized",
                    "not-found",
                    "request-timeout",
                    "body-too-large",
                    "unsupported-media-type",
                    "headers-too-large",
                    "invalid-request",
                    "binary-content",
                    "invalid-record",
                    "parse-budget-exceeded",
                    "internal-error",
                    "server-busy",
                  ],
                },
                detail: {
                  type: "string",
                },
                errors: {
                  type: "array",
                  items: {
                    type: "object",
                    properties: {
                      path: {
                        type: "string",
                      },
                      message: {
                        type: "string",
                      },
                    },
                    required: ["path", "message"],
                    additionalProperties: false,
                  },
                },
                ref: {
                  type: "string",
                },
                accepted: {
                  type: "array",
                  items: {
                    type: "string",
                  },
                },
                filename: {
                  type: ["string", "null"],
                },
              },
              required: ["type", "title", "status", "code", "detail", "ref", "filename"],
              additionalProperties: false,
            },
            description: "Records of a dump that could not be read (the others were stored)",
          },
        },
        required: ["count", "articles", "problems"],
        additionalProperties: false,
      },
      Sources: {
        type: "object",
        properties: {
          sources: {
            type: "array",
            items: {
              type: "object",
              properties: {
                name: {
                  type: "string",
                },
                slug: {
                  type: ["string", "null"],
                },
                articles: {
                  type: "number",
                },
              },
              required: ["name", "slug", "articles"],
              additionalProperties: false,
            },
          },
        },
        required: ["sources"],
        additionalProperties: false,
      },
      SecurityReport: {
        type: "object",
        properties: {
          code: {
            type: "string",
          },
          listings: {
            type: "array",
            items: {
              type: "object",
              properties: {
                code: {
                  type: "string",
                },
                market: {
                  type: "string",
                  enum: ["SH", "SZ", "BJ", "HK", "NASDAQ", "NYSE", "AMEX", "LSE"],
                },
                names: {
                  type: "array",
                  items: {
                    type: "string",
                  },
                },
                articles: {
                  type: "number",
                },
              },
              required: ["code", "market", "names", "articles"],
              additionalProperties: false,
            },
          },
          company: {
            anyOf: [
              {
                type: "object",
                properties: {
                  name: {
                    type: "string",
                  },
                  listings: {
                    type: "array",
                    items: {
                      type: "object",
                      properties: {
                        code: {
                          type: "string",
                        },
                        market: {
                          type: "string",
                          enum: ["SH", "SZ", "BJ", "HK", "NASDAQ", "NYSE", "AMEX", "LSE"],
                        },
                        name: {
                          type: "string",
                        },
                      },
                      required: ["code", "market", "name"],
                      additionalProperties: false,
                    },
                  },
                },
                required: ["name", "listings"],
                additionalProperties: false,
              },
              {
                type: "null",
              },
            ],
            description: "The company and all its listings (A+H, ADR), from the securities dictionary",
          },
          articles: {
            $ref: "#/components/schemas/ArticlePage",
          },
        },
        required: ["code", "listings", "company", "articles"],
        additionalProperties: false,
      },
      Stats: {
        type: "object",
        properties: {
          articles: {
            type: "number",
          },
          sources: {
            type: "number",
          },
          securities: {
            type: "number",
          },
          labels: {
            type: "number",
          },
          formats: {
            type: "object",
            propertyNames: {
              type: "string",
            },
            additionalProperties: {
              type: "number",
            },
          },
          earliest: {
            type: ["string", "null"],
          },
          latest: {
            type: ["string", "null"],
          },
        },
        required: ["articles", "sources", "securities", "labels", "formats", "earliest", "latest"],
        additionalProperties: false,
      },
    },
    securitySchemes: {
      bearerAuth: {
        type: "http",
        scheme: "bearer",
      },
    },
  },
};
