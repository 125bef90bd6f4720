// One SWC configuration for the build and for jest: TypeScript with Nest's decorators and their
// metadata, CommonJS output, and the @nrm/* path aliases rewritten to relative imports.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
// The workspace's compiler options, read as data: tsconfig.base.json belongs to no project.
const { compilerOptions } = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8'));

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
