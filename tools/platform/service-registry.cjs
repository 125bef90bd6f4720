// The service registry (libs/contracts/src/service-registry.ts) for the tools, loaded as it is: Node.js 24
// strips its types. The images keep it beside tools/platform for the deployment step (deploy/docker/Dockerfile).
'use strict';
const path = require('node:path');

module.exports = require(path.join(__dirname, '..', '..', 'libs', 'contracts', 'src', 'service-registry.ts'));
