/**
 * The fingerprint's sizes (`fingerprint.ts`), in a module that imports nothing: esbuild writes a constant's value
 * where it is read only when the module declaring it imports nothing; declared in the fingerprint's own module (which
 * imports) each stayed a bundled `var`, which `simHash`'s loop, at every character, and the bit-sliced counts' loops
 * reloaded and checked.
 */

/** Characters a shingle is made of. */
export const SHINGLE = 3;

/** Levels of the bit-sliced counts of one hash: enough for any count of shingles of a string. */
export const LEVELS = 32;
