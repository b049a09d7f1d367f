/**
 * A regular expression from its literal's text (`/^公益广告$/u` → the pattern `^公益广告$` with the flag `u`): how a
 * table of rules that a Worker reads from its static assets as JSON, which holds no `RegExp`, writes each pattern,
 * as readable as the literal it stands for (`String(regexFromLiteral(text)) === text` for any literal's text).
 */
export function regexFromLiteral(literal: string): RegExp {
  const end = literal.lastIndexOf("/");
  return new RegExp(literal.slice(1, end), literal.slice(end + 1));
}

/** The literal's text of the pattern `source` with `flags` (`literalOf("^公益广告$", "u")` is `/^公益广告$/u`), read back by `regexFromLiteral`. */
export function literalOf(source: string, flags: string): string {
  return `/${source}/${flags}`;
}

/**
 * `Count` patterns as a tuple's type: a table compiled by `regexFromLiteral` and assigned to a module's bindings in
 * one destructuring (`[A, B] = TABLE.map(regexFromLiteral) as RegExps<2>`) gives each binding a pattern, not a pattern
 * or `undefined` as an array's element is read; a module that names more bindings than its count fails to compile.
 */
export type RegExps<Count extends number, Made extends RegExp[] = []> = Made["length"] extends Count
  ? Made
  : RegExps<Count, [...Made, RegExp]>;
