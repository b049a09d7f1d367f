/**
 * `zod/mini` in both Workers (wrangler.jsonc `alias`, and the workerd test configs): the part of zod a
 * Worker runs — its routes' request schemas (strings, coerced numbers, enums, objects, arrays, one
 * union, optional and default values, length and range checks, a pattern, refinements) and
 * `safeParse` — with zod 4's rules and its English messages, where zod itself is about 9 KB of the
 * 200 KB gzip a Worker may weigh (issue 11). Node (the API server, the CLI, the OpenAPI document)
 * keeps zod: the schemas are declared once, against zod's API (`schemas.ts`, the routes).
 *
 * What a Worker reads of a failed parse is each issue's `path` and `message`, and of a passed one the
 * value: both are zod's, as `test/node/worker-zod.test.ts` (apps/ingest) proves on every declared
 * route's schemas over arbitrary input. The rules kept from zod: a type mismatch stops the checks
 * after it, a check's failure does not (a length check still runs where the value has a length); an
 * object lists its own keys' issues, then unknown keys (strict), then runs its refinements unless a
 * type mismatch came first; an array longer than its largest length answers that alone; a union
 * answers with its one option that failed only checks, else `Invalid input`. Lengths count code points.
 */

/** A part of the input that failed, where it sits and why (zod's English message). */
export interface Issue {
  path: PropertyKey[];
  message: string;
  /** False or absent: later checks of the same value do not run (zod's `continue`). */
  continue?: boolean;
}

interface Payload {
  value: unknown;
  issues: Issue[];
}

/** A check of a value that parsed: zod's `when` runs it after a type mismatch as well. */
interface Check {
  test(payload: Payload): void;
  when?: (payload: Payload) => boolean;
  /** A length check's upper bound, which an array tests before its items (`maxLength`). */
  maximum?: number;
}

/** How a key may be absent from an object: zod's `optin` (`optional`, `defaulted`) and `optout`. */
interface Absence {
  optin?: "optional" | "defaulted";
  optout?: "optional";
}

type Parse = (payload: Payload) => Payload;

export interface Schema extends Absence {
  run: Parse;
  /** The schema with `checks` after its own, as zod/mini's `.check`. */
  check(...checks: Check[]): Schema;
}

function schema(parse: Parse, absence: Absence = {}, checks: readonly Check[] = []): Schema {
  return {
    ...absence,
    run: (payload) => runChecks(parse(payload), checks),
    check: (...more) => schema(parse, absence, [...checks, ...more]),
  };
}

function runChecks(payload: Payload, checks: readonly Check[]): Payload {
  let stopped = stops(payload.issues);
  for (const check of checks) {
    if (check.when !== undefined) {
      if (payload.issues.some((issue) => issue.continue === false) || !check.when(payload)) continue;
    } else if (stopped) continue;
    const before = payload.issues.length;
    check.test(payload);
    stopped ||= stops(payload.issues, before);
  }
  return payload;
}

function stops(issues: readonly Issue[], from = 0): boolean {
  return issues.slice(from).some((issue) => issue.continue !== true);
}

// The types zod names in its messages.

function receivedType(value: unknown): string {
  if (typeof value === "number")
    return Number.isNaN(value) ? "NaN" : String(Number.isFinite(value) ? "number" : value);
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "object" && Object.getPrototypeOf(value) !== Object.prototype && value.constructor)
    return value.constructor.name;
  return typeof value;
}

function mismatch(expected: string, value: unknown, path: PropertyKey[] = []): Issue {
  return { path, message: `Invalid input: expected ${expected}, received ${receivedType(value)}` };
}

const quoted = (value: unknown) => (typeof value === "string" ? `"${value}"` : String(value));

function typed(expected: string, is: (value: unknown) => boolean, coerce?: (value: unknown) => unknown) {
  return () =>
    schema((payload) => {
      if (coerce !== undefined) payload.value = coerce(payload.value);
      if (!is(payload.value)) payload.issues.push(mismatch(expected, payload.value));
      return payload;
    });
}

export const string = typed("string", (value) => typeof value === "string");
const isNumber = (value: unknown) => typeof value === "number" && Number.isFinite(value);
export const number = typed("number", isNumber);
export const coerce = { number: typed("number", isNumber, Number) };

/** zod's `z.enum` of an array of values. */
function enumOf(values: readonly unknown[]): Schema {
  return schema((payload) => {
    if (!values.includes(payload.value))
      payload.issues.push({
        path: [],
        message:
          values.length === 1
            ? `Invalid input: expected ${quoted(values[0])}`
            : `Invalid option: expected one of ${values.map(quoted).join("|")}`,
      });
    return payload;
  });
}

export { enumOf as enum };

export function optional(inner: Schema): Schema {
  return schema((payload) => (payload.value === undefined ? payload : inner.run(payload)), {
    optin: inner.optin === "defaulted" ? "defaulted" : "optional",
    optout: "optional",
  });
}

export function nullable(inner: Schema): Schema {
  return schema((payload) => (payload.value === null ? payload : inner.run(payload)), {
    optin: inner.optin,
    optout: inner.optout,
  });
}

export function _default(inner: Schema, value: string | number): Schema {
  return schema(
    (payload) => {
      if (payload.value === undefined) {
        payload.value = value;
        return payload;
      }
      const result = inner.run(payload);
      if (result.value === undefined) result.value = value;
      return result;
    },
    { optin: "defaulted" },
  );
}

const within = (path: PropertyKey, issues: Issue[]) =>
  issues.map((issue) => ({ ...issue, path: [path, ...issue.path] }));

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function objectOf(shape: Record<string, Schema>, strict: boolean): Schema {
  return schema((payload) => {
    const input = payload.value;
    if (!isObject(input)) {
      payload.issues.push(mismatch("object", input));
      return payload;
    }
    const output: Record<string, unknown> = {};
    payload.value = output;
    for (const [key, field] of Object.entries(shape)) {
      const present = key in input;
      const omittable = field.optout === "optional" && field.optin !== undefined;
      if (!present && omittable && field.optin === "optional") continue;
      const result = field.run({ value: input[key], issues: [] });
      if (result.issues.length > 0) {
        if (omittable && !present) continue;
        payload.issues.push(...within(key, result.issues));
      }
      if (!present && field.optin === undefined) {
        if (result.issues.length === 0) payload.issues.push(mismatch("nonoptional", undefined, [key]));
        continue;
      }
      if (result.value !== undefined) output[key] = result.value;
      else if (present || (field.optin === "defaulted" && field.optout === undefined))
        output[key] = undefined;
    }
    if (strict) {
      const unknown: string[] = [];
      for (const key in input) if (!Object.hasOwn(shape, key)) unknown.push(key);
      if (unknown.length > 0)
        payload.issues.push({
          path: [],
          message: `Unrecognized key${unknown.length > 1 ? "s" : ""}: ${unknown.map(quoted).join(", ")}`,
          continue: true,
        });
    }
    return payload;
  });
}

export const object = (shape: Record<string, Schema>) => objectOf(shape, false);
export const strictObject = (shape: Record<string, Schema>) => objectOf(shape, true);

export function array(element: Schema): Schema {
  const parse: Parse = (payload) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push(mismatch("array", input));
      return payload;
    }
    payload.value = input.map((item, index) => {
      const result = element.run({ value: item, issues: [] });
      payload.issues.push(...within(index, result.issues));
      return result.value;
    });
    return payload;
  };
  return {
    run: parse,
    check(...checks) {
      // An array longer than its bounds (the length checks before any other) is answered without its items.
      const bounds: Check[] = [];
      for (const check of checks) {
        if (check.when !== lengthOf) break;
        if (check.maximum !== undefined) bounds.push(check);
      }
      return schema((payload) => {
        const length = Array.isArray(payload.value) ? payload.value.length : -1;
        const bound = bounds.find((check) => length > check.maximum!);
        if (bound === undefined) return parse(payload);
        bound.test(payload);
        payload.issues.at(-1)!.continue = false;
        return payload;
      }).check(...checks);
    },
  };
}

export function union(options: readonly Schema[]): Schema {
  return schema((payload) => {
    const results: Payload[] = [];
    for (const option of options) {
      const result = option.run({ value: payload.value, issues: [] });
      if (result.issues.length === 0) return result;
      results.push(result);
    }
    const unstopped = results.filter((result) => !stops(result.issues));
    if (unstopped.length === 1) return unstopped[0]!;
    payload.issues.push({ path: [], message: "Invalid input" });
    return payload;
  });
}

// Checks.

/** A length check runs wherever the value has a length, after a type mismatch too (zod's `when`). */
const lengthOf = (payload: Payload) => {
  const value = payload.value as { length?: unknown } | null | undefined;
  return value !== null && value !== undefined && value.length !== undefined;
};

/** Strings are measured in code points, arrays in items; zod names anything else `unknown`. */
function lengthCheck(bound: number, tooBig: boolean): Check {
  return {
    when: lengthOf,
    maximum: tooBig ? bound : undefined,
    test(payload) {
      const value = payload.value as string | unknown[];
      const length = typeof value === "string" ? [...value].length : value.length;
      if (tooBig ? length <= bound : length >= bound) return;
      const origin = typeof value === "string" ? "string" : Array.isArray(value) ? "array" : "unknown";
      const unit = { string: "characters", array: "items" }[origin as "string"];
      const measure =
        unit === undefined
          ? `to be ${tooBig ? "<=" : ">="}${bound}`
          : `to have ${tooBig ? "<=" : ">="}${bound} ${unit}`;
      payload.issues.push({
        path: [],
        message: `Too ${tooBig ? "big" : "small"}: expected ${origin} ${measure}`,
        continue: true,
      });
    },
  };
}

export const minLength = (minimum: number) => lengthCheck(minimum, false);
export const maxLength = (maximum: number) => lengthCheck(maximum, true);

function rangeCheck(bound: number, tooBig: boolean): Check {
  return {
    test(payload) {
      const value = payload.value as number;
      if (tooBig ? value <= bound : value >= bound) return;
      const message = `Too ${tooBig ? "big" : "small"}: expected number to be ${tooBig ? "<=" : ">="}${bound}`;
      payload.issues.push({ path: [], message, continue: true });
    },
  };
}

export const minimum = (bound: number) => rangeCheck(bound, false);
export const maximum = (bound: number) => rangeCheck(bound, true);

/** A safe integer: a fraction stops the checks after it (zod's `continue: false`). */
export function int(): Check {
  return {
    test(payload) {
      const value = payload.value as number;
      if (!Number.isInteger(value)) payload.issues.push({ ...mismatch("int", value), continue: false });
      else if (!Number.isSafeInteger(value)) {
        const [word, bound] =
          value > 0
            ? ["big: expected int to be <=", Number.MAX_SAFE_INTEGER]
            : ["small: expected int to be >=", Number.MIN_SAFE_INTEGER];
        payload.issues.push({ path: [], message: `Too ${word}${bound}`, continue: true });
      }
    },
  };
}

export function regex(pattern: RegExp): Check {
  return {
    test(payload) {
      pattern.lastIndex = 0;
      if (!pattern.test(payload.value as string))
        payload.issues.push({
          path: [],
          message: `Invalid string: must match pattern ${pattern}`,
          continue: true,
        });
    },
  };
}

export function refine<T>(accepts: (value: T) => unknown, message: string): Check {
  return {
    test(payload) {
      if (!accepts(payload.value as T)) payload.issues.push({ path: [], message, continue: true });
    },
  };
}

// Parsing, as zod's `safeParse` answers.

export type SafeParseResult =
  | { success: true; data: unknown }
  | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };

export function safeParse(schema: Schema, value: unknown): SafeParseResult {
  const { value: data, issues } = schema.run({ value, issues: [] });
  if (issues.length === 0) return { success: true, data };
  return { success: false, error: { issues: issues.map(({ path, message }) => ({ path, message })) } };
}

export const safeParseAsync = async (schema: Schema, value: unknown) => safeParse(schema, value);
