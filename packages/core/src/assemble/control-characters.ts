/**
 * Control characters no text field of an Article carries: C0 except tab and line feed, DEL and C1.
 * Decoding drops them from the file, but entities (`&#27;`, `&#x9b;`) and front-matter escapes
 * (`"\e"`) bring them back; in a terminal, `ESC ] … BEL` or a CSI sequence in a title would
 * rewrite the screen.
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const CONTROL_ALL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]+/g;

export function withoutControlCharacters(text: string): string {
  return CONTROL.test(text) ? text.replace(CONTROL_ALL, "") : text;
}

/**
 * Removes control characters from every string in `value` (object keys included), in place, and
 * returns it. Iterative, so a deep `extra` cannot overflow the stack.
 */
export function scrubControlCharacters<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const item: unknown = node[i];
        if (typeof item === "string") node[i] = withoutControlCharacters(item);
        else if (item !== null && typeof item === "object") stack.push(item);
      }
    } else if (node !== null && typeof node === "object") {
      const record = node as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        const item = record[key];
        const cleanKey = withoutControlCharacters(key);
        if (cleanKey !== key) {
          delete record[key];
          if (!(cleanKey in record)) record[cleanKey] = item;
        }
        if (typeof item === "string") record[cleanKey] = withoutControlCharacters(item);
        else if (item !== null && typeof item === "object") stack.push(item);
      }
    }
  }
  return value;
}
