/** Unit, property and fixture tests. Browser tests live in jest.e2e.config.js. */
module.exports = {
  testEnvironment: "node",
  setupFiles: ["<rootDir>/test/setup/fastCheck.ts"],
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  transform: { "^.+\\.tsx?$": ["<rootDir>/test/setup/localGlobalsTransformer.js", { tsconfig: "tsconfig.json" }] },
  testTimeout: 60000,
  // Jest's default leaves one core idle; on CI's two cores that halves the speed (measured: 305 s with two workers).
  maxWorkers: "100%",
  // The few files that run for minutes start first, also on a fresh machine with no timings cached.
  testSequencer: "<rootDir>/test/setup/heavyFirst.js",
};
