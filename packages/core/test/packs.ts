import { readFileSync } from "node:fs";
import type { Article } from "../src/article.js";
import { PACKS, type Pack, type PackSet } from "../src/packs/index.js";
import { parse } from "../src/parse.js";

/**
 * A pack's test reads the fixture beside it and parses it twice: with the registry, and with the
 * registry less the pack, so each test shows what the pack itself does.
 */
export function parseFixture(
  pack: Pack,
  fixtureUrl: URL,
): { bytes: Uint8Array; withPack: Article; withoutPack: Article } {
  const bytes = new Uint8Array(readFileSync(fixtureUrl));
  const filename = fixtureUrl.pathname.replace(/^.*\//, "");
  const without: PackSet = {
    generators: PACKS.generators.filter((p) => p !== pack),
    content: PACKS.content.filter((p) => p !== pack),
  };
  return {
    bytes,
    withPack: parse(bytes, { filename }),
    withoutPack: parse(bytes, { filename, packs: without }),
  };
}
