/**
 * The last instance of each class a parse makes afresh, kept (as the class's `last`) until the next one is made.
 *
 * V8 gives a class's instances the hidden classes ("maps") their constructor's fields make, each reached
 * from the one before by a transition it holds weakly. At a full collection that finds no instance left —
 * the memory reducer's when a server idles between requests, the bench's before its counted passes — those
 * maps go, and with them the optimised code of every method built on them (a "weak objects"
 * deoptimisation: the tokenizer's states, the HTML parser's callbacks, the body reader's, the Markdown
 * rules'), so the next parses run those methods in the interpreter and its property-load stubs until V8
 * optimises them again. One live instance keeps the maps. What it costs is memory: the last instance and
 * what it still holds (the last input's text, at most `maxInputBytes`), until the next parse replaces it.
 */
/** Keeps `instance` as its class's last (its constructor calls this), on the class itself. */
export const keepShape = (instance: object) => {
  (instance.constructor as { last?: object }).last = instance;
};

/**
 * `make(value)`: a function whose hot loop reads `value` (a lookup table, a scratch typed array) through
 * its closure's parameter, which nothing writes, instead of through a module's top-level binding.
 * Bundlers (esbuild, wrangler) turn a module's top-level `const` into a `var`, and V8's optimised code
 * reloads a `var` at every read in a loop and checks the array again (its map, length and data); the
 * closure's binding it reads as a constant. Measured on the fingerprint's loop (128 inputs' comparison
 * texts, 72,258 characters): 18.0 M instructions a pass through module bindings, 15.4 M so.
 */
export const heldConstant = <Value, Made>(value: Value, make: (value: Value) => Made): Made => make(value);
