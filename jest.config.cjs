// Jest runs TypeScript through swc (fast, no type-check); `npm run typecheck` type-checks.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  collectCoverageFrom: ['src/core/**/*.ts'],
  coverageThreshold: { 'src/core/': { lines: 90, branches: 80 } },
  testTimeout: 120000,
};
