// Removes the containers the containers tier's global setup started, or, when it fell back to the
// usual infrastructure, tears that down as `npm test` does.
import usualGlobalTeardown from './global-teardown.mjs';

export default async function containersGlobalTeardown(globalConfig, projectConfig) {
  const infra = globalThis.__nrmTestInfrastructure;
  if (!infra?.containers) return usualGlobalTeardown(globalConfig, projectConfig);
  if (infra.stopped) return;
  infra.stopped = true;
  // Every container of the run, also one a worker left behind (a test file that failed in its setup).
  await infra.containers.removeRunContainers();
}
