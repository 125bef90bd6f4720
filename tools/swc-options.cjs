// One SWC configuration for the build and for jest: TypeScript with Nest's decorators and their
// metadata, CommonJS output, and the @nrm/* path aliases rewritten to relative imports.
const path = require('node:path');
const { compilerOptions } = require('../tsconfig.base.json');

const root = path.resolve(__dirname, '..');

module.exports = function swcOptions({ rewritePaths = true } = {}) {
  return {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
      ...(rewritePaths ? { baseUrl: root, paths: compilerOptions.paths } : {}),
    },
    module: { type: 'commonjs' },
    sourceMaps: true,
  };
};
