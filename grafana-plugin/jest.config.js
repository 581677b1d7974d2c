// force timezone to UTC to allow tests to work regardless of local timezone
// generally used by snapshots, but can affect specific tests
process.env.TZ = 'UTC';

const base = require('./.config/jest.config');
const swc = base.transform['^.+\\.(t|j)sx?$'];

module.exports = {
  // Jest configuration provided by Grafana scaffolding
  ...base,
  // d3-color and friends now ship ESM .mjs files: transform them like the sources.
  transform: { ...base.transform, '^.+\\.mjs$': swc },
  // The browser check (test/browser) runs on its own: `npm run test:browser`.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/'],
};
