import nextJest from "next/jest.js";

const createJestConfig = nextJest({ dir: "./" });

/**
 * Browser tests: real headless Chromium against `next start`. Run them through
 * scripts/run-e2e.mjs, which finds Chromium, builds, starts the server and sets E2E_BASE_URL.
 */
const config = {
  testEnvironment: "node",
  testMatch: ["<rootDir>/__tests__/e2e/**/*.e2e.ts"],
  moduleNameMapper: { "^@/(.*)$": "<rootDir>/$1" },
  testTimeout: 90_000,
  maxWorkers: 1,
};

export default createJestConfig(config);
