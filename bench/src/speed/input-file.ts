import { readFileSync, writeFileSync } from "node:fs";
import type { BenchInput } from "../contenders/index.js";

/** The inputs of one run as every contender process reads them: the same bytes and pages for all. */
export interface InputSet {
  inputs: BenchInput[];
  /** Index of the first generated file; the real files come before it. */
  generatedFrom: number;
}

interface StoredInput {
  filename: string;
  raw: string;
  html: string;
}

export function writeInputSet(path: string, set: InputSet): void {
  const inputs: StoredInput[] = set.inputs.map((input) => ({
    filename: input.filename,
    raw: Buffer.from(input.raw).toString("base64"),
    html: input.html,
  }));
  writeFileSync(path, JSON.stringify({ generatedFrom: set.generatedFrom, inputs }));
}

export function readInputSet(path: string): InputSet {
  const stored = JSON.parse(readFileSync(path, "utf8")) as { generatedFrom: number; inputs: StoredInput[] };
  return {
    generatedFrom: stored.generatedFrom,
    inputs: stored.inputs.map((input) => ({
      filename: input.filename,
      raw: new Uint8Array(Buffer.from(input.raw, "base64")),
      html: input.html,
    })),
  };
}
