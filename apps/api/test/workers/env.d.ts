import type { D1Migration } from "cloudflare:test";
import type { FileFixture } from "../shared/suite.js";

declare global {
  namespace Cloudflare {
    interface GlobalProps {
      mainModule: typeof import("../../src/worker.js");
    }
    interface Env {
      DB: D1Database;
      /** The Worker's static assets (wrangler.jsonc `assets`: `dist/assets`, written by the build). */
      ASSETS: Fetcher;
      API_TOKEN: string;
      TEST_MIGRATIONS: D1Migration[];
      TEST_SEEDS: FileFixture[];
      TEST_CORPUS: FileFixture[];
    }
  }
}
