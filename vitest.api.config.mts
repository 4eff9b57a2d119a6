import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * The JSON API driven over HTTP against a running production server (`npm run test:api`, the last stage
 * of scripts/test.sh). Kept apart from vitest.config.mts: these tests import no server modules, only
 * fetch, so they need neither the `server-only` stub nor an in-process database.
 */
export default defineConfig({
  resolve: {
    alias: { "@": path.resolve(import.meta.dirname) },
  },
  test: {
    environment: "node",
    include: ["e2e/api/**/*.api.ts"],
    globalSetup: ["e2e/api/support/server.ts"],
    // Files share the one server; two workers keep a 2-core machine from starving it.
    fileParallelism: true,
    maxWorkers: 2,
    // A fresh process per file: http.ts#uniqueIp keys its addresses on the pid.
    pool: "forks",
    isolate: true,
    testTimeout: 30_000,
    // The global setup may wait up to 120 s for the server; hooks in test files only make requests.
    hookTimeout: 30_000,
  },
});
