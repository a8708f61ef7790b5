import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts", "web/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    // PostgreSQL tests each create their own database; DuckDB tests their own file.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
