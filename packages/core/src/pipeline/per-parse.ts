/**
 * The one home of what a parse forgets as it starts. A module that remembers texts within a parse — strings that
 * may be slices of the input, worth keeping only while that input is read — registers how to forget them here,
 * once, where it declares the memo (`forgetEachParse`); `articleOf` calls `forgetParseMemos` before each
 * document's pipeline, so no memo can be left out of the reset and no input's text outlives the next parse.
 *
 * Registered: `collapseWhitespace`'s known collapsed texts (`text/chars.ts`). Not per-parse, so not here: the
 * `memoByString` memos (answers of pure functions of short strings, such as outlet names, kept across parses and
 * bounded by `STRING_MEMO_KEPT`), the lazily built tables (entity, GBK, name tables: constants once made), and
 * `keepShape`'s last instances (each replaced by the next parse's, so that V8 keeps their classes' code).
 */
const forgetters: (() => void)[] = [];

/** Registers `forget`, which empties one per-parse memo; called once, beside the memo's declaration. */
export function forgetEachParse(forget: () => void): void {
  forgetters.push(forget);
}

/** Empties every per-parse memo: the first thing a parse does. */
export function forgetParseMemos(): void {
  for (const forget of forgetters) forget();
}
