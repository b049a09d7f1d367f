import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { type RecordMapping, recordMapping } from "@caixun/core/parse-all";

/**
 * The record mapping every parse of this process reads dumps with, when the user gives one
 * (`caixun parse --mapping my-feed.json`): records of their own feeds, keyed their own way. Its path
 * travels in the environment, which the pool's worker threads inherit, so each worker reads and
 * checks the same mapping once. Without one, core's default mapping and feed packs apply.
 */
const ENV = "CAIXUN_MAPPING";
let mapping: RecordMapping | undefined;

/** Reads and checks a mapping file now (one that does not read is a usage error) and uses it from here on. */
export function useRecordMapping(path: string): RecordMapping {
  mapping = readMapping(path);
  process.env[ENV] = resolve(path);
  return mapping;
}

/** The user's record mapping, or undefined for core's default and feed packs. */
export function userMapping(): RecordMapping | undefined {
  const path = process.env[ENV];
  if (!path) return undefined;
  mapping ??= readMapping(path);
  return mapping;
}

function readMapping(path: string): RecordMapping {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`);
  }
  return recordMapping(json);
}
