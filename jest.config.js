// Three tiers, one run: unit (no I/O), integration (real PostgreSQL and Kafka) and end to end (the
// platform driven through the gateway: in one process, or one per service where a file kills them). The infrastructure tiers share one broker
// and one database, isolated by topic prefixes, consumer groups and schemas per test file.
const swcOptions = require('./tools/swc-options.cjs');
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);
const transform = { '^.+\\.ts$': ['@swc/jest', swcOptions({ rewritePaths: false })] };
const common = { rootDir: __dirname, testEnvironment: 'node', moduleNameMapper, transform };

module.exports = {
  testTimeout: 120_000,
  // Two files at a time even on two cores: end-to-end files spend most of their time waiting on the
  // platform, the broker and the database, not computing.
  maxWorkers: 2,
  testSequencer: '<rootDir>/tools/testing/test-sequencer.cjs',
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,tools,deploy}/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs,tools}/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/tools/testing/global-setup.mjs',
      globalTeardown: '<rootDir>/tools/testing/global-teardown.mjs',
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/e2e/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/tools/testing/global-setup.mjs',
      globalTeardown: '<rootDir>/tools/testing/global-teardown.mjs',
    },
  ],
};
