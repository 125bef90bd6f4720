// Three tiers, one run: unit (no I/O), integration (real PostgreSQL and Kafka) and end to end (every
// service as its own process, driven through the gateway). The infrastructure tiers share one broker
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
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs}/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/libs/testing/global-setup.mjs',
      globalTeardown: '<rootDir>/libs/testing/global-teardown.mjs',
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/e2e/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/libs/testing/global-setup.mjs',
      globalTeardown: '<rootDir>/libs/testing/global-teardown.mjs',
    },
  ],
};
