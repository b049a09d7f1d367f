import type { Article, Warning } from "./article.js";
import { PACKS } from "./packs/index.js";
import type { ParseOptions } from "./parse.js";
import { articleOf } from "./pipeline/article-of.js";
import { WorkBudget } from "./pipeline/budget.js";
import { DETECTION_SAMPLE, detectInput, type InputKind } from "./readers/detect.js";
import type { RecordInputs } from "./readers/record-inputs.js";
import { readWholeFile } from "./readers/whole-file.js";
import { resolveSettings } from "./settings.js";
import { decode } from "./stages/decode.js";
import type { MarkupReading } from "./stages/read-body.js";
import { warning } from "./warnings.js";

/**
 * `parse` with the readers of record inputs it is given (`records`): the default entry's `parse` gives it
 * `readRecordInput` always, the browser build's only what its caller passes (`ParseOptions.records`); `unread` is
 * what an input of records they did not read says (`readWholeFile`). A body in Markdown or HTML is read by `markup`
 * (`readMarkup` in `parse`; less, or none, in the entries by kind of input: `parse-markdown.ts`, `parse-text.ts`).
 */
export function parseDocument(
  input: string | Uint8Array,
  options: ParseOptions,
  records: RecordInputs,
  markup: MarkupReading,
  unread?: (kind: InputKind) => Warning,
): Article {
  const settings = resolveSettings(options.settings);
  const packs = options.packs ?? PACKS;
  const decoded = decode(input, settings);
  const budget = WorkBudget.start(settings, decoded.text.length);
  const fallback = {
    text: decoded.text,
    filename: options.filename,
    ref: null,
    id: null,
    warnings: decoded.warnings,
  };
  return articleOf(
    () => {
      const kind = detectInput(decoded.text.slice(0, DETECTION_SAMPLE), options.filename);
      const read = readWholeFile(
        kind,
        decoded.text,
        options.filename,
        settings,
        packs,
        records,
        options.yaml,
        unread,
      );
      const compressed =
        input instanceof Uint8Array && input[0] === 0x1f && input[1] === 0x8b
          ? [
              warning(
                "compressed-input",
                "the input is gzip-compressed; parseAll decompresses it, parse does not",
              ),
            ]
          : [];
      return {
        settings,
        packs,
        securities: options.securities,
        budget,
        warnings: [...decoded.warnings, ...compressed, ...read.warnings],
        document: read.document,
      };
    },
    fallback,
    settings,
    options.entities,
    markup,
  );
}
