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
  // One browser at a time: the machine is shared, and the page tests are sequential scenarios.
  maxWorkers: 1,
  testTimeout: 120000,
};
