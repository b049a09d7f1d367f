import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // The stories' pair table and word tables, the credits' tables of hosts and outlet names, the record mapping's
  // tables, the content packs' JSON rules, the parse's and the stories' default settings and HTML's basic entity table, imported by the
  // package's own name (`src/stories/features.ts`, `src/credits/domains.ts`, `src/credits/outlets.ts`,
  // `src/readers/mapping.ts`, `src/packs/*/index.ts`, `src/settings.ts`, `src/stories/settings.ts`, `src/text/entities.ts`), from source.
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
    // fast-check's seed for every property, from the repository's one setup file: random, or FC_SEED to replay.
    setupFiles: ["test/fc-seed.ts"],
    provide: { FC_SEED: process.env.FC_SEED ?? "" },
  },
});
