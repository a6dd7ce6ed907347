/** Type checking is `tsc --noEmit` in `npm test`; jest only transpiles, which keeps it fast. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
  },
  testTimeout: 20000,
  globalSetup: '<rootDir>/test/store/postgres-note.ts',
};
