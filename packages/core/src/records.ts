/**
 * `@caixun/core/records`: the readers `parse` reads an input of records with — a JSON file of one record,
 * a feed, a SQL dump, a CSV export, a tagged corpus, a Markdown or plain-text file of labelled lines
 * (`Title: …`, `Link: …`, `标题：…`: one record written as text) — for the browser build of `@caixun/core`, which leaves
 * them out so that a page that parses news files ships none of them. Node and Workers resolve the default
 * entry, whose `parse` always has them; in a browser, pass them to read such inputs as Node does:
 *
 *   import { parse } from "@caixun/core";
 *   import { records } from "@caixun/core/records";
 *   parse(bytes, { records });
 */
export { readRecordInput as records } from "./readers/record-inputs.js";
