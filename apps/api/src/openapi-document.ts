/**
 * The OpenAPI 3.1 document of an app's declared routes, built with zod's own JSON Schema converter.
 * Build-time code: `pnpm --filter @caixun/api openapi` (and the ingest Worker's twin) writes what it gives
 * into the app's source, which the app serves; the apps' tests fail when that drifts from the zod schemas.
 * No Worker imports this module, so none carries the converter.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { articleSchema } from "@caixun/core/schema";
import * as z from "zod/mini";
import {
  type ApiApp,
  type Content,
  components,
  type DocumentInfo,
  isComponentRef,
  isJsonSchemaComponent,
  type OpenApiDocument,
  type OperationObject,
  type Query,
  type RouteSpec,
} from "./openapi.js";

/** The document's `info`, the same for every app that serves the API. */
export const API_INFO: DocumentInfo = {
  title: "caixun API",
  version: "0.1.0",
  description:
    "Parse scraped Chinese financial-news files into structured Articles, store them, and search them. " +
    "Errors are application/problem+json with a stable `code`.",
};

/** The components described by a JSON Schema of their own (`JsonSchemaComponent`), by id. */
const JSON_SCHEMA_COMPONENTS: Readonly<Record<string, Record<string, unknown>>> = { Article: articleSchema };

const REF = (id: string) => `#/components/schemas/${id}`;

/** JSON Schema of an unnamed zod schema (a parameter, a text body); a part that is a component is inlined. */
function jsonSchema(schema: z.core.$ZodType, io: "input" | "output"): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io }) as Record<string, unknown>;
  return rest;
}

function contentObject(content: Content, io: "input" | "output"): Record<string, { schema: unknown }> {
  return Object.fromEntries(
    Object.entries(content).map(([type, { schema }]) => {
      if (isJsonSchemaComponent(schema)) return [type, { schema: { $ref: REF(schema.jsonSchemaId) } }];
      if (isComponentRef(schema)) {
        if (!components._idmap.has(schema.componentId)) throw new Error(`no component ${schema.componentId}`);
        return [type, { schema: { $ref: REF(schema.componentId) } }];
      }
      const id = components.get(schema)?.id;
      return [type, { schema: id ? { $ref: REF(id) } : jsonSchema(schema, io) }];
    }),
  );
}

/** One parameter per field of a query or path schema, described by the field's `description`. */
function parameters(schema: Query, location: "query" | "path"): NonNullable<OperationObject["parameters"]> {
  return Object.entries(schema.shape).map(([name, field]) => {
    const { description, ...fieldSchema } = jsonSchema(field, "input") as { description?: string };
    // `optional` or `defaulted`: the request may leave it out.
    const optional = field._zod.optin !== undefined;
    return {
      name,
      in: location,
      required: location === "path" || !optional,
      ...(description === undefined ? {} : { description }),
      schema: fieldSchema,
    };
  });
}

/** What only the document reads of a route, which a build without `DOCUMENTED` left out. */
function documentation(route: RouteSpec): Required<Pick<RouteSpec, "tags" | "summary" | "responses">> {
  const { tags, summary, responses } = route;
  if (tags === undefined || summary === undefined || responses === undefined)
    throw new Error(`${route.method} ${route.path} is not described: built without DOCUMENTED?`);
  return { tags, summary, responses };
}

function operation(route: RouteSpec): OperationObject {
  const { tags, summary, responses } = documentation(route);
  const { query, params, body } = route.request ?? {};
  const parameterList = [
    ...(params ? parameters(params, "path") : []),
    ...(query ? parameters(query, "query") : []),
  ];
  return {
    tags,
    summary,
    ...(route.security ? { security: route.security } : {}),
    ...(parameterList.length > 0 ? { parameters: parameterList } : {}),
    ...(body
      ? {
          requestBody: {
            ...(body.description === undefined ? {} : { description: body.description }),
            ...(body.required === undefined ? {} : { required: body.required }),
            content: contentObject(body.content, "input"),
          },
        }
      : {}),
    responses: Object.fromEntries(
      Object.entries(responses).map(([status, response]) => [
        status,
        {
          description: response.description,
          ...(response.content ? { content: contentObject(response.content, "output") } : {}),
        },
      ]),
    ),
  };
}

/** A component's own JSON Schema, without what names it as a document of its own (`$schema`, `$id`). */
function jsonSchemaComponent(id: string): Record<string, unknown> {
  const schema = JSON_SCHEMA_COMPONENTS[id];
  if (schema === undefined) throw new Error(`no JSON Schema for the component ${id}`);
  const { $schema: _dialect, $id: _id, ...rest } = schema;
  return rest;
}

/** The OpenAPI 3.1 document of every route `app` declared through `openapi`, as JSON would carry it. */
export function openApiDocument(app: ApiApp, info: DocumentInfo): OpenApiDocument {
  const paths: OpenApiDocument["paths"] = {};
  const extra: Record<string, unknown> = {};
  for (const route of app.declaredRoutes) {
    paths[route.path] = { ...paths[route.path], [route.method]: operation(route) };
    for (const part of [route.request?.body, ...Object.values(documentation(route).responses)]) {
      for (const { schema } of Object.values(part?.content ?? {})) {
        if (isJsonSchemaComponent(schema))
          extra[schema.jsonSchemaId] = jsonSchemaComponent(schema.jsonSchemaId);
      }
    }
  }
  const { schemas } = z.toJSONSchema(components, { uri: REF });
  const named = Object.fromEntries(
    Object.entries(schemas).map(([id, { $schema: _dialect, $id: _id, ...schema }]) => [id, schema]),
  );
  const document: OpenApiDocument = {
    openapi: "3.1.0",
    info,
    paths,
    components: {
      schemas: { ...extra, ...named },
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer" } },
    },
  };
  // What `/openapi.json` sends: JSON drops what it cannot carry (an `undefined` field).
  return JSON.parse(JSON.stringify(document)) as OpenApiDocument;
}

/**
 * Writes the document of `app`'s routes into `file` as the TypeScript module the app serves it from
 * (`export const <name>`), formatted as the repository's `biome check` wants it: the source of an app's
 * `/openapi.json`, written at build time by `command` and checked in.
 */
export function writeDocumentModule(
  file: string,
  app: ApiApp,
  { name, command, typesFrom }: { name: string; command: string; typesFrom: string },
): void {
  const document = openApiDocument(app, API_INFO);
  writeFileSync(
    file,
    `// Written by \`${command}\` from the routes' zod schemas (apps/api/src/openapi-document.ts): do not edit.
// The app's tests fail when this drifts from the schemas; run the command again after changing a route.
import type { OpenApiDocument } from "${typesFrom}";

export const ${name}: OpenApiDocument = ${JSON.stringify(document, null, 2)};
`,
  );
  formatWithBiome(file);
}

/** A written file as the repository's formatter has it, so that `biome check` passes on it. */
/** Formats a written JSON file as the repository's `biome check` wants it (a checked-in asset). */
export function formatWithBiome(file: string): void {
  const biome = createRequire(import.meta.url).resolve("@biomejs/biome/bin/biome");
  execFileSync(process.execPath, [biome, "format", "--write", file], { stdio: "inherit" });
}

/**
 * Writes the document of `app`'s routes as a JSON file, for a Worker that serves it as a static asset
 * rather than carry it in its script (apps/ingest). Its tests compare the file with the schemas.
 */
export function writeDocumentJson(file: string, app: ApiApp): void {
  writeFileSync(file, `${JSON.stringify(openApiDocument(app, API_INFO), null, 2)}\n`);
  formatWithBiome(file);
}

/** The dependencies of an app built only to be described: it answers no request. */
export function describeOnly(): never {
  throw new Error("an app built to describe its routes answers no request");
}
