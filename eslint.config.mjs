import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import { createRequire } from 'node:module';

// The service registry, as the tools read it (Node.js 24, first on PATH under npm run, strips its types).
const { ServiceNames } = createRequire(import.meta.url)('./tools/platform/service-registry.cjs');

// A bounded context per service of the registry, tagged scope:<service> in apps/<service>/project.json.
const scopes = ServiceNames;

export default [
  { ignores: ['node_modules/**', 'dist/**', '.cache/**', '.local/**', '.nx/**', 'coverage/**'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    // TypeScript everywhere, and the scripts of libs and tools (their imports and require() calls alike).
    files: ['**/*.ts', '**/*.tsx', '{libs,tools}/**/*.{mjs,cjs}'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          banTransitiveDependencies: false,
          allow: [],
          depConstraints: [
            // Layers: apps use libraries; libraries never use apps; contracts and domain rules stand alone.
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: [
                'type:contracts',
                'type:domain',
                'type:platform',
                'type:testing',
                'type:service-testing',
              ],
            },
            {
              sourceTag: 'type:e2e',
              onlyDependOnLibsWithTags: [
                'type:contracts',
                'type:domain',
                'type:platform',
                'type:testing',
                'type:tooling',
              ],
            },
            {
              sourceTag: 'type:testing',
              onlyDependOnLibsWithTags: ['type:contracts', 'type:domain', 'type:testing'],
            },
            // Harnesses for the apps' integration specs: a service's migrated schema; no library uses them.
            {
              sourceTag: 'type:service-testing',
              onlyDependOnLibsWithTags: ['type:contracts', 'type:domain', 'type:platform', 'type:testing'],
            },
            {
              sourceTag: 'type:platform',
              onlyDependOnLibsWithTags: ['type:contracts', 'type:domain', 'type:platform', 'type:testing'],
            },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'] },
            // The console reaches the platform through the typed client only.
            { sourceTag: 'type:browser-app', onlyDependOnLibsWithTags: ['type:client'] },
            // The typed client stands alone: agency frontends and the console use it without the platform.
            { sourceTag: 'type:client', onlyDependOnLibsWithTags: ['type:client'] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'] },
            // The manifest checks (deploy/test) read the topic catalogue.
            { sourceTag: 'type:deploy', onlyDependOnLibsWithTags: ['type:contracts'] },
            // Tooling (tools/: the build, npm start, the docs generator) reads the contracts and test helpers.
            {
              sourceTag: 'type:tooling',
              onlyDependOnLibsWithTags: ['type:contracts', 'type:domain', 'type:testing', 'type:tooling'],
            },
            // Bounded contexts: a service reaches only the shared kernel, never another service.
            ...scopes.map((scope) => ({
              sourceTag: `scope:${scope}`,
              onlyDependOnLibsWithTags: ['scope:shared'],
            })),
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared', 'scope:tooling'] },
            { sourceTag: 'scope:tooling', onlyDependOnLibsWithTags: ['scope:shared', 'scope:tooling'] },
            { sourceTag: 'scope:deploy', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:console', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    // Test infrastructure stays out of production code (the boundary rule lets tests of every layer use it).
    files: ['apps/**/*.ts', 'apps/**/*.tsx', 'libs/**/*.ts'],
    ignores: [
      '**/*.spec.ts',
      '**/*.int-spec.ts',
      '**/*.container-spec.ts',
      '**/*.test-fixture.ts',
      'libs/testing/**',
      'libs/service-testing/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@nrm/testing', message: 'Test helpers are for tests only.' },
            { name: '@nrm/service-testing', message: 'Test harnesses are for tests only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    languageOptions: { globals: globals.node },
    rules: { 'no-console': 'off', 'no-empty': ['error', { allowEmptyCatch: true }] },
  },
  {
    files: ['**/*.cjs', 'jest.config.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];
