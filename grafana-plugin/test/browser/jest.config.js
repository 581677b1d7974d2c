// The real-browser check of the Grafana app (`npm run test:browser`): node environment, one
// suite that writes data through the real pipeline, serves dist/ through a Grafana stand-in
// and drives Debian's chromium with playwright-core.
const path = require('path');

module.exports = {
  rootDir: path.resolve(__dirname, '../..'),
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/browser/**/*.browser.test.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' } }],
  },
  testTimeout: 600_000,
  forceExit: true,
};
