const { findChromium } = require("./test/e2e/chromium");

// The browser tests need a Chromium; without one they are left out, and global-setup.js says so
// loudly (or, under CI, fails the run).
const browser = findChromium();

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", ...(browser ? [] : ["<rootDir>/test/e2e/"])],
  globalSetup: "<rootDir>/test/e2e/global-setup.js",
  globalTeardown: "<rootDir>/test/e2e/global-teardown.js",
  transform: {
    "^.+\\.(t|j)sx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", tsx: true },
          transform: { react: { runtime: "automatic" } },
          target: "es2022",
        },
        module: { type: "commonjs" },
      },
    ],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "jsx", "json"],
  testTimeout: 30000,
  setupFilesAfterEnv: ["<rootDir>/test/setup-dom.ts"],
};
