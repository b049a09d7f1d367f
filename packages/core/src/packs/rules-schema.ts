/**
 * The JSON Schema of a rules document (one rule pack or a list of them), shipped as
 * `@caixun/core/rules.schema.json`. `compileRules` checks the same things and more (that patterns
 * and selectors compile); the schema is for editors and for checking packs before use.
 */
import { MAX_PATTERN_CHARS } from "./json.js";

const pattern = {
  type: "string",
  minLength: 1,
  maxLength: MAX_PATTERN_CHARS,
  description: "A JavaScript regular expression (u flag).",
};
const patterns = { type: "array", items: pattern };
const strings = { type: "array", items: { type: "string" } };
/** Selectors are compiled to checks made as elements open, so only this subset of CSS is read. */
const selectorText =
  "A CSS selector: type selectors and `*`, `.class`, `#id`, `[attr]`, `[attr=v]`, `[attr~=v]`, `[attr|=v]`, `[attr^=v]`, `[attr$=v]`, `[attr*=v]`, descendant (` `) and child (`>`) combinators, comma-separated lists; no pseudo-classes, sibling combinators or escapes.";
const selector = { type: "string", minLength: 1, description: selectorText };
const market = { enum: ["SH", "SZ", "BJ", "HK", "NASDAQ", "NYSE", "AMEX", "LSE"] };

const fieldTest = {
  description:
    "A string: the field equals it (a list field holds it). A list: any of them. An object: tests.",
  oneOf: [
    { type: "string" },
    strings,
    {
      type: "object",
      additionalProperties: false,
      properties: {
        matches: pattern,
        present: { type: "boolean" },
        type: { enum: ["string", "array", "number", "boolean"] },
      },
    },
  ],
};

/** Conditions that must all hold: `match`, and each group of its `anyOf`. */
const matchGroup = {
  type: "object",
  additionalProperties: false,
  description: "Every condition given must hold.",
  properties: {
    frontMatter: { type: "boolean" },
    bodyIncludes: { type: "array", items: { type: "string", maxLength: MAX_PATTERN_CHARS } },
    bodyMatches: pattern,
    fields: {
      type: "object",
      additionalProperties: fieldTest,
      description:
        "Fields of a file's front matter, or of a dump's record (its feed's outlet as source and channel, its link as link).",
    },
    anyField: strings,
  },
};

const fieldLocation = {
  type: "object",
  additionalProperties: false,
  anyOf: [
    { required: ["selector"] },
    { required: ["comment", "pattern"], properties: { comment: { const: true } } },
  ],
  properties: {
    selector: { ...selector, description: `The element holding the value. ${selectorText}` },
    attribute: { type: "string", description: "Read this attribute instead of the text." },
    pattern: { ...pattern, description: "Keep this pattern's first group (or whole match)." },
    comment: { type: "boolean", description: "Read from an HTML comment matching `pattern` instead." },
  },
};

const pack = {
  type: "object",
  additionalProperties: false,
  required: ["name"],
  properties: {
    $schema: { type: "string" },
    name: { type: "string", pattern: "^[a-z0-9][a-z0-9-]{0,63}$" },
    description: { type: "string" },
    kind: { enum: ["content", "generator"], default: "content" },
    match: {
      ...matchGroup,
      description:
        "Every condition given must hold, and one group of `anyOf`; none: the pack applies to every document.",
      properties: {
        ...matchGroup.properties,
        anyOf: {
          type: "array",
          minItems: 1,
          items: { ...matchGroup, minProperties: 1 },
          description:
            "Groups of conditions, one of which must hold whole (a feed item's link on the site's host, or a page holding its markup), tried in the order written.",
        },
      },
    },
    removeSelectors: { type: "array", items: selector },
    content: {
      type: "array",
      items: selector,
      description: "On whole saved pages, the element holding the story (CSS selectors, first that matches).",
    },
    removeBetweenComments: {
      type: "array",
      items: { type: "array", items: { type: "string", minLength: 1 }, minItems: 2, maxItems: 2 },
    },
    dropBlocks: { ...patterns, description: "A block whose whole text matches one of these is boilerplate." },
    dropLines: {
      type: "array",
      items: { type: "string", pattern: "\\S" },
      description: "A block whose whole text is one of these lines is boilerplate.",
    },
    cutFragments: { ...patterns, description: "Cut out of block text wherever they occur." },
    titleSuffixes: {
      type: "array",
      items: { type: "string", pattern: "[\\p{L}\\p{N}]" },
      description:
        "A site's name after the headline, with its separator (`– 法国国际广播电台 - RFI`): a title ending in one loses it.",
    },
    placeholderImages: { ...patterns, description: "Image URLs that are not article images." },
    carrier: {
      type: "object",
      additionalProperties: false,
      required: ["name", "marks"],
      properties: {
        name: { type: "string", pattern: "[\\p{L}\\p{N}]" },
        marks: { type: "array", minItems: 1, items: { type: "string", pattern: "\\S" } },
        bylines: { type: "array", items: { type: "string", minLength: 1 } },
      },
      description:
        "The site that carried the pack's stories, in a document that holds one of its `marks` (its sign-off): when the story credits another outlet, the outermost hop in `via`; `bylines`, the names it writes as the writer of copy it takes from others, name the site itself.",
    },
    fields: {
      type: "object",
      additionalProperties: false,
      properties: Object.fromEntries(
        ["title", "source", "author", "editor", "publishedAt", "originalUrl"].map((name) => [
          name,
          fieldLocation,
        ]),
      ),
    },
    securities: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["selector", "pattern"],
        properties: {
          selector,
          attribute: { type: "string" },
          pattern: { ...pattern, description: "With named groups `code` and, optionally, `market`." },
          market,
          markets: { type: "object", additionalProperties: market },
          nameFromText: { type: "boolean" },
          listed: {
            type: "boolean",
            description:
              "Check the code as a listing, as a feed's codes are: the A-share exchange follows from the code, Hong Kong codes are padded, an id `markets` does not map is no security.",
          },
        },
      },
    },
    format: { enum: ["finews-jekyll", "hexo-aggregator", "front-matter", "html", "plain-text"] },
    bodySyntax: { enum: ["html", "markdown", "plain-text"] },
    channel: {
      type: "object",
      additionalProperties: false,
      required: ["from"],
      properties: {
        from: {
          type: "array",
          minItems: 1,
          items: {
            type: "object",
            additionalProperties: false,
            required: ["field"],
            properties: {
              field: { type: "string" },
              index: { type: "integer", minimum: 0 },
              suffix: { type: "string" },
            },
          },
        },
        slug: {
          type: "object",
          additionalProperties: false,
          required: ["field"],
          properties: { field: { type: "string" }, index: { type: "integer", minimum: 0 } },
        },
        aggregators: strings,
        listings: strings,
      },
    },
    authorFieldIsChannel: { type: "boolean" },
    imageFields: strings,
    provenance: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        properties: {
          repo: { type: "string" },
          path: { type: "string" },
          commit: { type: "string" },
          url: { type: "string" },
          note: { type: "string" },
        },
      },
    },
    learned: { type: "object" },
  },
  if: { properties: { kind: { const: "generator" } }, required: ["kind"] },
  // biome-ignore lint/suspicious/noThenProperty: JSON Schema keyword
  then: { required: ["format", "bodySyntax"] },
  else: {
    not: {
      anyOf: ["format", "bodySyntax", "channel", "authorFieldIsChannel", "imageFields"].map((key) => ({
        required: [key],
      })),
    },
  },
};

export const rulesSchema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://caixun.dev/schemas/rules.schema.json",
  title: "caixun rule packs",
  description:
    "One rule pack, or a list of them, for `withRules(PACKS, rules)` (`@caixun/core/rules`) and `caixun parse --rules`.",
  oneOf: [{ $ref: "#/$defs/pack" }, { type: "array", items: { $ref: "#/$defs/pack" } }],
  $defs: { pack },
} as const;
