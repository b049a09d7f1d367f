import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { fastCheckVariables } from "./test/fc-variables.js";

export default defineConfig({
  // The stories' pair table and word tables, the credits' tables of hosts, outlet names and field labels, the record mapping's
  // tables, the content packs' JSON rules, the parse's and the stories' default settings, the quote pages, the names made one, the boilerplate's lines, HTML's names and its basic entity table, imported by the
  // package's own name (`src/stories/features.ts`, `src/credits/domains.ts`, `src/credits/outlets.ts`,
  // `src/credits/labelled-fields.ts`, `src/html/elements.ts`, `src/markdown/block.ts`, `src/packs/selector.ts`, `src/enrich/quote-markup.ts`, `src/stories/comparable.ts`, `src/assemble/fingerprint.ts`, `src/stages/boilerplate.ts`, `src/readers/mapping.ts`, `src/packs/*/index.ts`, `src/settings.ts`, `src/stories/settings.ts`, `src/text/entities.ts`), from source.
  resolve: {
    alias: {
      "@caixun/core/stories/common-pairs": fileURLToPath(
        new URL("src/stories/common-pairs.ts", import.meta.url),
      ),
      "@caixun/core/stories/words": fileURLToPath(new URL("src/stories/words.ts", import.meta.url)),
      "@caixun/core/credits/hosts": fileURLToPath(new URL("src/credits/hosts.ts", import.meta.url)),
      "@caixun/core/credits/outlet-names": fileURLToPath(
        new URL("src/credits/outlet-names.ts", import.meta.url),
      ),
      "@caixun/core/credits/field-labels": fileURLToPath(
        new URL("src/credits/field-labels.ts", import.meta.url),
      ),
      "@caixun/core/enrich/quote-links": fileURLToPath(new URL("src/enrich/quote-links.ts", import.meta.url)),
      "@caixun/core/credits/credit-patterns": fileURLToPath(
        new URL("src/credits/credit-patterns.ts", import.meta.url),
      ),
      "@caixun/core/text/rule-patterns": fileURLToPath(new URL("src/text/rule-patterns.ts", import.meta.url)),
      "@caixun/core/stages/boilerplate-lines": fileURLToPath(
        new URL("src/stages/boilerplate-lines.ts", import.meta.url),
      ),
      "@caixun/core/stories/equivalent-names": fileURLToPath(
        new URL("src/stories/equivalent-names.ts", import.meta.url),
      ),
      "@caixun/core/html/names": fileURLToPath(new URL("src/html/names.ts", import.meta.url)),
      "@caixun/core/packs/bundled-rules": fileURLToPath(
        new URL("src/packs/bundled-rules.ts", import.meta.url),
      ),
      "@caixun/core/default-settings": fileURLToPath(new URL("src/default-settings.ts", import.meta.url)),
      "@caixun/core/stories/default-settings": fileURLToPath(
        new URL("src/stories/default-settings.ts", import.meta.url),
      ),
      "@caixun/core/readers/record-keys": fileURLToPath(
        new URL("src/readers/record-keys.ts", import.meta.url),
      ),
      "@caixun/core/entities/basic": fileURLToPath(new URL("src/text/entities-data.ts", import.meta.url)),
    },
  },
  test: {
    // Packs keep their tests beside them (src/packs/<name>/); everything else is under test/.
    include: ["test/**/*.test.ts", "src/**/*.test.ts"],
    testTimeout: 60_000,
    // fast-check's seed and runs for every property, from the repository's one setup file: random seed and each
    // property's own runs, or FC_SEED to replay and FC_NUM_RUNS for more runs.
    setupFiles: ["test/fc-seed.ts"],
    provide: fastCheckVariables,
  },
});
