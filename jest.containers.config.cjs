// The containers tier (`npm run test:containers`, not part of `npm test`): the integration specs of
// libs/messaging, libs/audit (persistence through a service schema: libs/persistence has none of its
// own) and the protection service, plus the fault tests that stop and start containers
// (*.container-spec.ts). Its global setup runs PostgreSQL and Kafka in containers of the locally built
// images when a container engine answers, and falls back to the usual infrastructure otherwise.
const base = require('./jest.config.js');

const integration = base.projects.find((project) => project.displayName === 'integration');

module.exports = {
  testTimeout: base.testTimeout,
  maxWorkers: base.maxWorkers,
  projects: [
    {
      ...integration,
      displayName: 'containers',
      testMatch: [
        '<rootDir>/libs/messaging/src/**/*.int-spec.ts',
        '<rootDir>/libs/audit/src/**/*.int-spec.ts',
        '<rootDir>/apps/protection/src/**/*.int-spec.ts',
        '<rootDir>/{apps,libs}/**/*.container-spec.ts',
      ],
      globalSetup: '<rootDir>/tools/testing/containers-global-setup.mjs',
      globalTeardown: '<rootDir>/tools/testing/containers-global-teardown.mjs',
    },
  ],
};
