import { ARTICLE_FIELDS, FIGURE_UNITS, FORMATS, MARKETS, SECURITY_HOWS, WARNING_CODES } from "./article.js";

/**
 * JSON Schema (draft 2020-12) of the Article, derived from the model's lists (formats, markets,
 * units, warning codes, fields); also shipped as `@caixun/core/article.schema.json`.
 */

const nullableString = { type: ["string", "null"] } as const;
const stringList = { type: "array", items: { type: "string" } } as const;
const text = { type: "string" } as const;

export const articleSchema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://caixun.dev/schemas/article.schema.json",
  title: "Article",
  description: "One clean, structured news article parsed by @caixun/core.",
  type: "object",
  additionalProperties: false,
  required: ARTICLE_FIELDS,
  properties: {
    id: { type: "string", minLength: 1, description: "The source's own id, else h + a content hash." },
    title: { type: "string" },
    publishedAt: {
      type: ["string", "null"],
      pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:Z|[+-]\\d{2}:\\d{2})$",
      description: "ISO 8601 with offset; null when the file has no date.",
    },
    source: {
      type: ["object", "null"],
      additionalProperties: false,
      required: ["name"],
      properties: { name: { type: "string", minLength: 1 }, slug: { type: "string" } },
    },
    via: stringList,
    originalUrl: nullableString,
    author: nullableString,
    editor: nullableString,
    categories: stringList,
    tags: stringList,
    blocks: {
      type: "array",
      items: {
        oneOf: [
          {
            type: "object",
            additionalProperties: false,
            required: ["type", "level", "text"],
            properties: {
              type: { const: "heading" },
              level: { type: "integer", minimum: 1, maximum: 6 },
              text,
            },
          },
          {
            type: "object",
            additionalProperties: false,
            required: ["type", "text"],
            properties: { type: { enum: ["paragraph", "quote"] }, text },
          },
          {
            type: "object",
            additionalProperties: false,
            required: ["type", "ordered", "items"],
            properties: { type: { const: "list" }, ordered: { type: "boolean" }, items: stringList },
          },
          {
            type: "object",
            additionalProperties: false,
            required: ["type", "rows"],
            properties: { type: { const: "table" }, rows: { type: "array", items: stringList } },
          },
          {
            type: "object",
            additionalProperties: false,
            required: ["type", "src", "alt", "caption"],
            properties: {
              type: { const: "image" },
              src: nullableString,
              alt: nullableString,
              caption: nullableString,
            },
          },
        ],
      },
    },
    text,
    html: text,
    images: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["src", "alt", "caption"],
        properties: { src: { type: "string" }, alt: nullableString, caption: nullableString },
      },
    },
    securities: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["code", "market", "how", "mentions"],
        properties: {
          code: { type: "string", minLength: 1 },
          market: { enum: MARKETS },
          name: { type: "string" },
          how: { enum: SECURITY_HOWS },
          mentions: { type: "integer", minimum: 0 },
          via: { enum: ["subsidiary"] },
          subsidiary: { type: "string" },
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
          code: nullableString,
          name: { type: "string" },
          mentions: { type: "integer", minimum: 0 },
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
          code: { type: "string", minLength: 1 },
          market: { anyOf: [{ enum: MARKETS }, { type: "null" }] },
          name: { type: "string" },
          mentions: { type: "integer", minimum: 0 },
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
          text,
          value: { type: "number" },
          unit: { enum: FIGURE_UNITS },
        },
      },
    },
    stats: {
      type: "object",
      additionalProperties: false,
      required: ["characters", "cjkCharacters", "paragraphs", "readingMinutes"],
      properties: {
        characters: { type: "integer", minimum: 0 },
        cjkCharacters: { type: "integer", minimum: 0 },
        paragraphs: { type: "integer", minimum: 0 },
        readingMinutes: { type: "integer", minimum: 0 },
      },
    },
    warnings: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["code", "message"],
        properties: {
          code: { enum: WARNING_CODES },
          message: { type: "string" },
          line: { type: "integer", minimum: 1 },
        },
      },
    },
    format: { enum: FORMATS },
    fingerprint: { type: "string", pattern: "^[0-9a-f]{16}$" },
    ref: {
      type: ["string", "null"],
      description: "Where the Article sits in an input of many (line 812, section 14).",
    },
    storyId: { type: ["string", "null"], pattern: "^s[0-9a-f]{16}$" },
    extra: { type: "object" },
  },
} as const;
