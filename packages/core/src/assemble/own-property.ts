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
