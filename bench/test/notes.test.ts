import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { REPO } from "../src/paths.js";

/**
 * `pnpm bench` rewrites the core section of docs/benchmarks.md from its measurements and from
 * bench/core-optimisations.md. Notes written into the docs alone are lost on the next run, so the
 * section must end with the notes file as it stands.
 */
it("the core section of docs/benchmarks.md ends with bench/core-optimisations.md, which a run writes back", () => {
  const docs = readFileSync(join(REPO, "docs/benchmarks.md"), "utf8");
  const section = docs.slice(docs.indexOf("<!-- section:core -->"), docs.indexOf("<!-- /section:core -->"));
  const notes = readFileSync(join(REPO, "bench/core-optimisations.md"), "utf8");
  expect(section.trimEnd().endsWith(notes.trim())).toBe(true);
});
