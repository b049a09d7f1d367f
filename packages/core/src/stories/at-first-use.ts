/**
 * A value made the first time it is asked for, then kept. The stories' tables
 * (`@caixun/core/stories/words`) and the boilerplate's lines (`@caixun/core/stages/boilerplate-lines`) are read
 * by a Worker from its static assets before any parse, after the modules load, so what is derived from them
 * (an alternation of their names, a map, compiled patterns) is made at first use, not when its module loads.
 */
export function madeAtFirstUse<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= make();
    return value;
  };
}

/**
 * A value derived from an object, made the first time it is asked for that object and kept while the same object
 * is asked again: one comparison a call. Story settings are resolved once for a grouping or a store and frozen
 * (`resolveStorySettings`), while a comparison runs for every pair of items: what the comparison derives from its
 * settings is worked out once per settings object this way, not once per pair.
 */
export function madeOncePer<K extends object, T>(make: (from: K) => T): (from: K) => T {
  let madeFrom: K | undefined;
  let value: T | undefined;
  return (from) => {
    if (from !== madeFrom) {
      value = make(from);
      madeFrom = from;
    }
    return value as T;
  };
}
