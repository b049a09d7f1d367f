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
