// Unit tests sit beside the code (src/**/*.test.ts, no servers); integration tests in
// test/integration talk to real InfluxDB/Redis started by the global setup.
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }];

module.exports = {
  // Some unit tests replay tens of thousands of views; a loaded CI machine needs room.
  // (Integration tests set their own, longer timeout in setupTimeout.ts.)
  testTimeout: 60_000,
  // A failed integration test can leave a client (Kafka, Redis) connected; never let that
  // hang CI after the results are in.
  forceExit: true,
  reporters: ['default', '<rootDir>/test/summaryReporter.js'],
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/src'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.ts$': tsJest },
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/integration'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.ts$': tsJest },
      globalSetup: '<rootDir>/test/integration/globalSetup.ts',
      setupFilesAfterEnv: ['<rootDir>/test/integration/setupTimeout.ts'],
    },
    {
      // npm run test:faults (not part of `jest` alone: select it by name).
      displayName: 'faults',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/faults'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.ts$': tsJest },
      globalSetup: '<rootDir>/test/faults/globalSetup.ts',
      globalTeardown: '<rootDir>/test/faults/globalTeardown.ts',
      setupFilesAfterEnv: ['<rootDir>/test/faults/setupTimeout.ts'],
    },
  ],
};
