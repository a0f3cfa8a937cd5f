import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // textlint-tester registers its cases through the global describe/it.
    globals: true,
    // One temporary folder for the whole run, removed at its end (test/support/temp-root.ts).
    globalSetup: ["test/support/temp-root.ts"],
    include: ["src/**/*.test.ts", "rules/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
