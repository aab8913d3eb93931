import nextJest from "next/jest.js";

const createJestConfig = nextJest({ dir: "./" });

/** Unit and component tests (jsdom). Browser tests live in __tests__/e2e and run through scripts/run-e2e.mjs. */
const config = {
  testEnvironment: "jsdom",
  setupFilesAfterEnv: ["<rootDir>/__tests__/setup.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/__tests__/e2e/", "/__tests__/fixtures/", "/__tests__/setup.ts"],
  moduleNameMapper: { "^@/(.*)$": "<rootDir>/$1", "^server-only$": "<rootDir>/__tests__/server-only-stub.ts" },
};

export default createJestConfig(config);
