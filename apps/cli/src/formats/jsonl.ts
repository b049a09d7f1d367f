import { articleJsonRecord } from "@caixun/inputs";
import { project } from "../fields.js";
import type { FormatOptions, OutputFormat } from "./format.js";

/** One JSON object per line; in an output folder, one `.json` file per article. */
export function jsonlFormat({ fields }: FormatOptions): OutputFormat {
  return {
    extension: ".json",
    begin: () => "",
    record: (article, input) => `${JSON.stringify(project(article, input, fields))}\n`,
    // The whole Article is its record as the parse worker wrote it.
    recordParsed: (parsed) => (fields === null ? articleJsonRecord(parsed) : null),
    end: () => "",
    document: (article, input) => `${JSON.stringify(project(article, input, fields), null, 2)}\n`,
  };
}
