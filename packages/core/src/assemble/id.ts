import { ASSEMBLE_ID_PATTERNS } from "@caixun/core/text/rule-patterns";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
import { hash64 } from "./hash.js";

/**
 * The patterns below are compiled from their literals (`ASSEMBLE_ID_PATTERNS`, `text/rule-patterns.ts`) when a function that
 * reads one is first called: a Worker reads the literals from its static assets before any parse instead of carrying
 * them in its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag
 * once per call.
 */
let assembleIdPatternsCompiled = false;
/** eastmoney share links: `NewsShare.html?infoCode=NW202201302266849892`. */
let INFO_CODE: RegExp;
/** eastmoney article URLs: `/news/1355,202112082206735975.html`. */
let NEWS_URL_ID: RegExp;
/** A file-name token that is a long number, or `id` + one: `2021-12-08-202112082206703990.md`, `id12952692333.md`. */
let FILE_NAME_ID: RegExp;

/** Compiles `ASSEMBLE_ID_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileAssembleIdPatterns(): void {
  [INFO_CODE, NEWS_URL_ID, FILE_NAME_ID] = ASSEMBLE_ID_PATTERNS.map(regexFromLiteral) as RegExps<3>;
  assembleIdPatternsCompiled = true;
}

/**
 * Stable id: the source's own id when the file carries one (share-link infoCode, the id in an
 * eastmoney URL, a long number in the file name), else `h` + a hash of the decoded text (of the
 * file name, for an empty file).
 */
export function articleId(urls: readonly string[], filename: string | undefined, text: string): string {
  if (!assembleIdPatternsCompiled) compileAssembleIdPatterns();
  for (const url of urls) {
    const code = INFO_CODE.exec(url)?.[1];
    if (code) return code;
  }
  for (const url of urls) {
    const id = NEWS_URL_ID.exec(url)?.[1];
    if (id) return id;
  }
  if (filename) {
    const base = filename.replace(/^.*[\\/]/, "").replace(/@[0-9a-f]+(?=\.[^.]*$)/i, "");
    // Tokens between non-alphanumerics: a hex hash such as `86d936801007d11d` is not an id.
    const tokens = base.split(/[^A-Za-z0-9]+/).reverse();
    for (const token of tokens) {
      const id = FILE_NAME_ID.exec(token)?.[1];
      if (id) return id;
    }
  }
  // An empty file has no content to be known by: every one would share one id and overwrite the
  // others in a store. Its name is all that tells them apart.
  if (text.trim() === "" && filename) return `h${hash64(`\u0000empty file\u0000${filename}`)}`;
  return `h${hash64(text)}`;
}
