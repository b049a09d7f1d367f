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
 * Each literal of `literals` compiled (`regexFromLiteral`), under its key. The table is a copy of `literals` whose
 * values are replaced, not an object given its keys one by one: V8 keeps a copy's properties fast, where an object
 * given more than a dozen keys by name turns into a dictionary, whose every read the parse would pay (the credit
 * readers read their patterns thousands of times a file).
 */
export function regexesFromLiterals<Key extends string>(
  literals: Readonly<Record<Key, string>>,
): Readonly<Record<Key, RegExp>> {
  const compiled: Record<Key, string | RegExp> = { ...literals };
  for (const key in compiled) compiled[key] = regexFromLiteral(literals[key]);
  return compiled as Record<Key, RegExp>;
}
