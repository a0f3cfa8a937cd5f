import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // textlint-tester registers its cases through the global describe/it.
    globals: true,
    include: ["src/**/*.test.ts", "rules/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
