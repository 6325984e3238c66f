/**
 * Browser tests: the built task pane (dist/) in headless Chromium with the strict fake Excel injected in place of
 * Office.js, plus the pane's pure logic. globalSetup builds dist/ when it is older than the sources and bundles the
 * fake; without Chromium the browser tests fail under CI=true and are skipped (with a warning) otherwise.
 */
module.exports = {
  testEnvironment: "node",
  setupFiles: ["<rootDir>/test/setup/fastCheck.ts"],
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.tsx?$": ["<rootDir>/test/setup/localGlobalsTransformer.js", { tsconfig: "tsconfig.json" }] },
  globalSetup: "<rootDir>/test/e2e/globalSetup.ts",
  globalTeardown: "<rootDir>/test/e2e/globalTeardown.ts",
  // Each test file has its own browser and server (a free port): under CI, the machine's own, one per core (the pages
  // wait on the browser as much as they compute); on a shared developer machine one browser at a time.
  maxWorkers: process.env.CI ? "100%" : 1,
  testTimeout: 120000,
};
