import { describe, expect, test } from "vitest";
import { bodyLimitFrom, DEFAULT_BODY_LIMIT, InvalidSettingError } from "../../src/deps.js";

describe("bodyLimitFrom", () => {
  test("defaults to 2 MB when BODY_LIMIT is unset or empty", () => {
    expect(bodyLimitFrom({})).toBe(DEFAULT_BODY_LIMIT);
    expect(bodyLimitFrom({ BODY_LIMIT: "" })).toBe(2 * 1024 * 1024);
  });

  test("takes a whole number of bytes and refuses anything else", () => {
    expect(bodyLimitFrom({ BODY_LIMIT: "4194304" })).toBe(4194304);
    for (const bad of ["2MB", "-1", "0", "1.5", "abc"]) {
      expect(() => bodyLimitFrom({ BODY_LIMIT: bad }), bad).toThrow(InvalidSettingError);
    }
  });
});
