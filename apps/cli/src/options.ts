import { InvalidArgumentError } from "commander";

/** Shared option parsers; commander reports their errors as usage errors (exit code 2). */

export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a whole number of 1 or more");
  return n;
}

export function wholeNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("expected a whole number");
  return n;
}

/** `md,.TXT` → `[".md", ".txt"]`. */
export function extensionList(value: string): string[] {
  const extensions = value
    .split(",")
    .map((ext) => ext.trim().toLowerCase())
    .filter((ext) => ext !== "")
    .map((ext) => (ext.startsWith(".") ? ext : `.${ext}`));
  if (extensions.length === 0) throw new InvalidArgumentError("expected extensions such as md,txt");
  return extensions;
}
