/**
 * Sets `record[key]` as an own data property, whatever the key. Input decides the keys of
 * front matter, records and `extra`; a plain assignment of `__proto__` would replace the object's
 * prototype instead (a record `{"__proto__": {"title": …}}` then lent its title to a field that
 * was never stated, and the key vanished from `extra`). `JSON.parse` and js-yaml keep such a key as
 * data; so does every copy core makes.
 */
export function setOwn(record: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") {
    Object.defineProperty(record, key, { value, writable: true, enumerable: true, configurable: true });
  } else {
    record[key] = value;
  }
}

/**
 * A record's own field named by a pack (a front-matter field a test or a channel reads, a market id a widget writes):
 * never one its prototype lends. A pack testing a field `constructor` matched every document, and a widget's market
 * id `toString` gave a security whose market was a function (twenty-seventh round).
 */
export function ownField<T>(record: Readonly<Record<string, T>>, name: string): T | undefined {
  return Object.hasOwn(record, name) ? record[name] : undefined;
}
