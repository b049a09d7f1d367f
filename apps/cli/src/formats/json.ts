import { project } from "../fields.js";
import type { FormatOptions, OutputFormat } from "./format.js";

/** One JSON array of articles (the closing `]` is written even when the run is interrupted). */
export function jsonFormat({ fields }: FormatOptions): OutputFormat {
  return {
    extension: ".json",
    begin: () => "[",
    record: (article, input, index) =>
      `${index === 0 ? "\n" : ",\n"}${JSON.stringify(project(article, input, fields))}`,
    end: (count) => (count === 0 ? "]\n" : "\n]\n"),
    document: (article, input) => `${JSON.stringify(project(article, input, fields), null, 2)}\n`,
  };
}
