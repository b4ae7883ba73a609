/* global module */
/** Browser and LibreOffice tests (`npm run test:e2e`), not part of `npm test`: slow, and they need chromium / LibreOffice. */
module.exports = {
  rootDir: '../..',
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testMatch: ['<rootDir>/test/e2e/**/*.e2e.test.ts'],
  testTimeout: 600_000,
  maxWorkers: 1,
};
