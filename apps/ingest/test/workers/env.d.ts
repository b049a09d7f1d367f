import type { D1Migration } from "cloudflare:test";
import type { IngestEnv } from "../../src/env.js";
import type { FileFixture } from "../fixture.js";

declare global {
  namespace Cloudflare {
    interface GlobalProps {
      mainModule: typeof import("../../src/worker.js");
    }
    interface Env extends IngestEnv {
      API_TOKEN: string;
      DB_2022_03: D1Database;
      DB_2022_05: D1Database;
      STORE_MIGRATIONS: D1Migration[];
      INGEST_MIGRATIONS: D1Migration[];
      TEST_FILES: FileFixture[];
      TEST_DUMPS: FileFixture[];
    }
  }
}
