// The single-process platform: the services of dist/ in one Node.js process (hostServices in
// libs/service-kit). The launcher starts it with NRM_HOST_SERVICES (each service's environment as
// JSON, the same variables a container of that service gets) and NRM_LOG_DIR; each service logs to
// <NRM_LOG_DIR>/<service>.log.
'use strict';
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const environments = JSON.parse(process.env.NRM_HOST_SERVICES || '{}');
const { hostServices } = require(path.join(ROOT, 'dist', 'libs', 'service-kit', 'src'));
const services = Object.entries(environments).map(([name, env]) => {
  // Seeds are read from SEEDS_DIR, one folder for every service.
  if (env.SEEDS_DIR) process.env.SEEDS_DIR = env.SEEDS_DIR;
  return { definition: require(path.join(ROOT, 'dist', 'apps', name, 'src', 'service.js')).service, env };
});
hostServices(services, {
  logDir: process.env.NRM_LOG_DIR || path.join(ROOT, '.local', 'logs'),
  prepare: process.env.NRM_HOST_PREPARE !== 'false',
}).catch((error) => {
  console.error(`the platform could not start: ${error && error.message}`);
  process.exit(1);
});
