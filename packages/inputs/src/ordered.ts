/**
 * Runs up to `window` items at once and yields their results in item order, every result of one
 * item before any of the next. `start` must begin the work at once (results are buffered until
 * their turn); the window bounds how far ahead of the slowest item the work runs.
 */
export async function* inOrder<T, R>(
  items: AsyncIterable<T>,
  window: number,
  start: (item: T) => AsyncIterable<R>,
): AsyncGenerator<{ item: T; result: R }> {
  const running: { item: T; results: AsyncIterable<R> }[] = [];
  const drainHead = async function* () {
    const { item, results } = running.shift()!;
    for await (const result of results) yield { item, result };
  };
  for await (const item of items) {
    running.push({ item, results: start(item) });
    if (running.length >= window) yield* drainHead();
  }
  while (running.length > 0) yield* drainHead();
}

/** One value as a stream, started now. */
export async function* once<R>(value: Promise<R> | R): AsyncGenerator<R> {
  yield await value;
}
