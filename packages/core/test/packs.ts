import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import type { Article } from "../src/article.js";
import { type FeedPack, PACKS, type Pack, type PackSet } from "../src/packs/index.js";
import { rulesSchema } from "../src/packs/rules-schema.js";
import { parse } from "../src/parse.js";
import { parseAllSync } from "../src/parse-all.js";

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
    feeds: PACKS.feeds,
  };
  return {
    bytes,
    withPack: parse(bytes, { filename }),
    withoutPack: parse(bytes, { filename, packs: without }),
  };
}

/** A feed pack's test: the records of the JSON Lines fixture beside it, with and without the pack. */
export function parseRecordsFixture(
  pack: FeedPack,
  fixtureUrl: URL,
): { withPack: Article[]; withoutPack: Article[] } {
  const bytes = new Uint8Array(readFileSync(fixtureUrl));
  const without: PackSet = { ...PACKS, feeds: PACKS.feeds.filter((p) => p !== pack) };
  const articles = (packs: PackSet) =>
    [...parseAllSync(bytes, { packs })].map((result) => {
      if (!result.ok) throw new Error(`${result.failure.ref}: ${result.failure.message}`);
      return result.article;
    });
  return { withPack: articles(PACKS), withoutPack: articles(without) };
}

const validateRules = new Ajv2020({ strict: false }).compile(rulesSchema);

/** The errors of a rules document against `rules.schema.json` as JSON (JSON round trip first), or null when it is valid. */
export function rulesSchemaErrors(rules: unknown): string | null {
  return validateRules(JSON.parse(JSON.stringify(rules))) ? null : JSON.stringify(validateRules.errors);
}
