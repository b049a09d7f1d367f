/**
 * Who wrote the story, from every place that names a writer, tallied as the source is
 * (`SOURCE_WEIGHT`, `stages/provenance.ts`): the body's own byline or credit line (`作者：X`, `记者 X`, an
 * account's line), the writer the front matter states (`author:`), and the one the page's markup states
 * (a meta or JSON-LD author, a pack's field). Names that agree add up, each strength once; one piece never
 * outweighs a stronger one, so two agreeing weaker places outweigh a stronger one alone. A front-matter
 * value under any other key counts only for a name another place names: it agrees, it never elects.
 */

import { CREDITS_AUTHOR_TALLY_PATTERNS } from "@caixun/core/text/rule-patterns";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
import { memoByString } from "../text/string-memo.js";
import { type NamedEvidence, tallyNames } from "./tally.js";

/** How strong each place that names a writer is. */
export const AuthorStrength = {
  /** A front-matter value under any key but the author's, naming a writer another place names. */
  otherKey: 0,
  /** The page's markup: a meta or JSON-LD author, a pack's author field. */
  page: 1,
  /** The front matter's `author`. */
  frontMatter: 2,
  /** The body's own credits: a byline, an author line, an account's line over the story. */
  byline: 3,
} as const;

/** What each strength weighs in the tally: each more than the one below it. */
export const AUTHOR_WEIGHT: Readonly<Record<number, number>> = {
  [AuthorStrength.otherKey]: 2,
  [AuthorStrength.page]: 3,
  [AuthorStrength.frontMatter]: 5,
  [AuthorStrength.byline]: 7,
};

export type AuthorEvidence = NamedEvidence;

/** A name as the tally compares it: NFKC, without white space, in lower case. */
const nameKey = memoByString((name) => name.normalize("NFKC").replace(/\s+/gu, "").toLowerCase());

/**
 * The patterns below are compiled from their literals (`CREDITS_AUTHOR_TALLY_PATTERNS`, `text/rule-patterns.ts`) when a function that
 * reads one is first called: a Worker reads the literals from its static assets before any parse instead of carrying
 * them in its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag
 * once per call.
 */
let creditsAuthorTallyPatternsCompiled = false;
/**
 * What a template or a collector puts where a writer's name belongs and which names no one: a placeholder word
 * (`作者：未知`, `佚名`, `网络整理`), a site system's account that posted the page (`admin`, `管理员`: a CMS's default
 * user), a platform's column type (`author:: [[知乎专栏]]`, as Readwise states the site) or the host a clipper saved the
 * page from (`zhihu.com`, `mp.weixin.qq.com`), the missing value an export writes in an empty cell (CNKI's and
 * R's `NA`, pandas' `NaN`, Python's `None`), or the kind of editor a wiki wrote the page in (Wiki.js's front matter
 * states `editor: markdown`, `ckeditor`, `code`, `raw`, `asciidoc`). Compared as `nameKey` writes names: without
 * spaces, in lower case.
 * @bounded: anchored; a host's labels are split at their dots.
 */
let NO_ONE: RegExp;

/** Compiles `CREDITS_AUTHOR_TALLY_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileCreditsAuthorTallyPatterns(): void {
  [NO_ONE] = CREDITS_AUTHOR_TALLY_PATTERNS.map(regexFromLiteral) as RegExps<1>;
  creditsAuthorTallyPatternsCompiled = true;
}

/** Whether a name names no one (`NO_ONE`): a placeholder, a site system's account, a host, an empty cell's value. */
export function namesNoOne(name: string): boolean {
  if (!creditsAuthorTallyPatternsCompiled) compileCreditsAuthorTallyPatterns();
  return NO_ONE.test(nameKey(name));
}

/**
 * The writer the evidence names with the most weight, as the strongest place spells it; a tie goes to
 * the strongest piece, then to the first. Null when no place names one.
 */
export function resolveAuthor(evidence: readonly AuthorEvidence[]): string | null {
  if (!creditsAuthorTallyPatternsCompiled) compileCreditsAuthorTallyPatterns();
  return (
    tallyNames(
      evidence,
      (name) => {
        const key = nameKey(name);
        return key === "" || NO_ONE.test(key) ? null : key;
      },
      (strengths, strongest) => {
        // Another key's value only agrees: alone it elects no one.
        if (strongest.strength === AuthorStrength.otherKey) return null;
        let weight = 0;
        for (const strength of strengths) weight += AUTHOR_WEIGHT[strength]!;
        return weight;
      },
    )?.name ?? null
  );
}
