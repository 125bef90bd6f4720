// Writes the documents generated from the code: `npm run docs` (`npx nx run docs:generate`). With
// --check it writes nothing and exits 1 naming each document that differs from what the code renders
// (`npx nx run docs:check`). The unit tests check the same documents; nothing else writes them.
//
//   node tools/docs/generate.mjs [--check] [<file> ...]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, typeScriptLoader } from '../typescript-loader.mjs';

const load = typeScriptLoader();

/**
 * Every generated document: the file, where it is rendered from, and how. The files that list the
 * services have their region rendered from the service registry (tools/docs/services).
 */
const { ServiceDocuments, renderServiceDocument } = load('tools/docs/services/service-documents.ts');
const GeneratedDocs = [
  {
    file: 'docs/asyncapi.yaml',
    render: (load) => {
      const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
      return load('tools/docs/asyncapi/asyncapi-yaml.ts').renderAsyncApiYaml(version);
    },
  },
  {
    file: 'docs/openapi.json',
    render: (load) => load('apps/gateway/src/openapi/openapi-document.ts').renderOpenApiJson(),
  },
  {
    // The typed client's types, from the document just rendered (not the file, which may be stale).
    file: 'libs/api-client/src/schema.generated.ts',
    render: async (_load, rendered) => {
      const { default: openapiTS, astToString } = await import('openapi-typescript');
      const document = JSON.parse(rendered.get('docs/openapi.json'));
      // enumValues: each code list also as a constant array, for forms that offer its codes.
      const types = astToString(await openapiTS(document, { enumValues: true }));
      return `// Generated from docs/openapi.json by \`npm run docs\` (openapi-typescript); do not edit.\n${types}`;
    },
  },
  {
    // Who may call each operation (the document's x-allowed-roles): what a frontend offers each role.
    file: 'libs/api-client/src/operation-roles.generated.ts',
    render: (_load, rendered) => {
      const document = JSON.parse(rendered.get('docs/openapi.json'));
      const entries = Object.values(document.paths)
        .flatMap((item) => Object.values(item))
        .filter((operation) => operation.operationId && operation['x-allowed-roles'])
        .map((operation) => `  ${operation.operationId}: ${JSON.stringify(operation['x-allowed-roles'])},`)
        .sort();
      return [
        '// Generated from docs/openapi.json (x-allowed-roles) by `npm run docs`; do not edit.',
        '/** The roles that may call each operation, by operation id. */',
        'export const OperationRoles = {',
        ...entries,
        '} as const;',
        '',
        'export type OperationId = keyof typeof OperationRoles;',
        '',
      ].join('\n');
    },
  },
  {
    file: 'docs/authorization.md',
    render: (load) => load('apps/gateway/src/auth/authorization-table.ts').renderAuthorizationTable(),
  },
  {
    file: 'docs/need-to-know.md',
    render: (load) => load('apps/intake/src/personal-data/need-to-know-table.ts').renderNeedToKnowTable(),
  },
  ...ServiceDocuments.map((doc) => ({ file: doc.file, render: () => renderServiceDocument(doc) })),
];

const args = process.argv.slice(2);
const check = args.includes('--check');
const named = args.filter((a) => a !== '--check');
const unknown = named.filter((f) => !GeneratedDocs.some((d) => d.file === f));
if (unknown.length > 0) {
  console.error(`not a generated document: ${unknown.join(', ')}`);
  console.error(`generated documents: ${GeneratedDocs.map((d) => d.file).join(', ')}`);
  process.exit(2);
}

let stale = 0;
const renderedDocs = new Map();
for (const doc of GeneratedDocs) {
  // Each document is rendered (a later one may be made from an earlier); only those named are written.
  const rendered = await doc.render(load, renderedDocs);
  renderedDocs.set(doc.file, rendered);
  if (named.length > 0 && !named.includes(doc.file)) continue;
  const target = path.join(ROOT, doc.file);
  const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
  if (current === rendered) {
    console.log(`${doc.file}: up to date`);
  } else if (check) {
    stale += 1;
    console.error(
      `${doc.file}: ${current === undefined ? 'missing' : 'differs from what the code generates'}`,
    );
  } else {
    writeFileSync(target, rendered);
    console.log(`${doc.file}: written`);
  }
}
if (stale > 0) {
  console.error('regenerate with: npm run docs');
  process.exit(1);
}
