/**
 * Maps items through an async function with up to `window` calls in flight and yields the results
 * in input order. The window bounds memory: a slow item holds back at most `window - 1` finished
 * results behind it. `fn` must not reject.
 */
export async function* mapOrdered<T, R>(
  items: AsyncIterable<T>,
  window: number,
  fn: (item: T) => Promise<R>,
): AsyncGenerator<{ item: T; result: R }> {
  const pending: Promise<{ item: T; result: R }>[] = [];
  for await (const item of items) {
    pending.push(fn(item).then((result) => ({ item, result })));
    if (pending.length >= window) yield await pending.shift()!;
  }
  while (pending.length > 0) yield await pending.shift()!;
}
