import { READERS_FILE_PATH_PATTERNS } from "@caixun/core/text/rule-patterns";
import { collapseWhitespace, holdsInOrder, wordCharacters } from "../text/chars.js";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";

/**
 * What a file's path says about the story in it. News data sets are often unpacked as a directory tree —
 * `<news date>/<headline>.txt`, each file the story's body only (the Chinese Financial News Data of figshare,
 * Hexo's `source/_posts/<title>.md`) — and then the file's name is the story's headline and its folder the
 * day (`enrich/date-evidence.ts` `dateFromFolder`). Core sees the path as the caller gives it (`filename`):
 * a string, never the file system.
 */

/** The last segment of a path, after either separator. */
export function fileNameOf(path: string): string {
  // One scan from the end for either separator (two `lastIndexOf` calls cost a runtime call each, every parse).
  let at = path.length - 1;
  while (at >= 0) {
    const code = path.charCodeAt(at);
    if (code === 0x2f || code === 0x5c) break;
    at--;
  }
  return path.slice(at + 1);
}

/**
 * The patterns below are compiled from their literals (`READERS_FILE_PATH_PATTERNS`, `text/rule-patterns.ts`) when a function that
 * reads one is first called: a Worker reads the literals from its static assets before any parse instead of carrying
 * them in its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag
 * once per call.
 */
let readersFilePathPatternsCompiled = false;
/** A file name's extension: a dot, a letter and up to four letters or digits (`.txt`, `.md`), never `.3%` of a figure. */
let EXTENSION: RegExp;
/** gzip's suffix after a file's own extension (`标题.md.gz`): the name is the one under it, as every reader of gzip reads it. */
let GZIP_SUFFIX: RegExp;
/** A date opening a file name (`2023-5-6-`, `20230506_`), as Jekyll's posts and archives name files: not the headline's. */
let LEADING_DATE: RegExp;
/**
 * A slug before the headline, joined by `_` (`cutecrawlers__万科打算给独立董事加薪水`, `36kr__…`): a collector's
 * or a site's name, not the headline's.
 */
let SLUG_PREFIX: RegExp;
/** What a file manager adds to a copy's name (`标题 (1)`, `标题 - 副本`, `标题 - Copy`): not the headline's. */
let COPY_MARK: RegExp;
/** The names an editor gives a file nobody named (`新建文本文档.txt`, `未命名1.md`, `无标题`): no story's. */
let UNNAMED: RegExp;
let HAN: RegExp;
let HAS_HAN: RegExp;

/** Compiles `READERS_FILE_PATH_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileReadersFilePathPatterns(): void {
  [EXTENSION, GZIP_SUFFIX, LEADING_DATE, SLUG_PREFIX, COPY_MARK, UNNAMED, HAN, HAS_HAN] =
    READERS_FILE_PATH_PATTERNS.map(regexFromLiteral) as RegExps<8>;
  readersFilePathPatternsCompiled = true;
}

/**
 * The headline a file's name gives: the name without its extension (and gzip's after it), a copy's mark, a leading date and a slug
 * before it, white space collapsed, when it reads as a headline — at least `minHan` Han characters, and Han at
 * least half of its letters and digits (a slug, an id or a date names no story: `eastmoney__duan-popmart.md`,
 * `202112082206703990.md`), and not the name an editor gives a file nobody named (`新建文本文档 (2).txt`).
 * The writer's punctuation, dropped or turned into spaces (`上涨4 3%` for `上涨4.3%`), is left as written: it
 * cannot be restored. Null for any other name, or none.
 */
export function fileNameHeadline(path: string | undefined, minHan: number): string | null {
  if (!readersFilePathPatternsCompiled) compileReadersFilePathPatterns();
  // Most names hold no Han character: no headline, and nothing more to read.
  if (path === undefined || !HAS_HAN.test(fileNameOf(path))) return null;
  const stem = fileNameOf(path).replace(GZIP_SUFFIX, "").replace(EXTENSION, "").replace(COPY_MARK, "");
  const headline = collapseWhitespace(stem.replace(LEADING_DATE, "").replace(SLUG_PREFIX, ""));
  if (UNNAMED.test(headline)) return null;
  const han = headline.match(HAN)?.length ?? 0;
  return han >= minHan && 2 * han >= wordCharacters(headline).length ? headline : null;
}

/**
 * Whether a file's first line is the headline its name gives: punctuated where the name dropped the
 * punctuation, whole where the name was cut short (`大势分析 主力动向与投资机会 （201`) or shortened
 * (`亚太股市全线重挫_恒生指数收盘狂泻逾5%` for `亚太股市全线重挫！香港恒生指数收盘狂泻逾5%`): the line holds
 * the name's letters and digits in order. White space and punctuation are not compared.
 */
export function restatesFileHeadline(line: string, headline: string): boolean {
  const name = wordCharacters(headline);
  return name !== "" && holdsInOrder(wordCharacters(line), name);
}

/**
 * Whether a heading at the top of a file is a section's, not the title: below the top level (`### 序言：…`) in a file
 * whose name gives another headline (`人民币汇率为什么还是坚挺.md`). A documentation site (MkDocs, VuePress) titles a
 * page without an H1 by its file's name, and the heading stays the text's first.
 */
export function headsSectionOfNamedFile(
  level: number,
  heading: string,
  fileHeadline: string | null,
): boolean {
  return level > 1 && fileHeadline !== null && !restatesFileHeadline(heading, fileHeadline);
}
