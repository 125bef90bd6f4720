/**
 * The parts of hand-written files that list the services, written by `npm run docs` from the service
 * registry (tools/docs/generate.mjs) and checked by the unit tests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderComposeHostServices, renderComposeOverride, renderComposeServices } from './compose-services';
import { spliceRegion } from './generated-region';
import type { GeneratedRegion } from './generated-region';
import { renderServicesTable } from './services-table';

const ROOT = path.resolve(__dirname, '..', '..', '..');

export interface ServiceDocument {
  /** The file, from the repository root. */
  file: string;
  region: GeneratedRegion;
  render(): string;
}

const yamlServices: GeneratedRegion = { name: 'services', comment: '#', indent: '  ' };

export const ServiceDocuments: readonly ServiceDocument[] = [
  { file: 'docker-compose.yml', region: yamlServices, render: renderComposeServices },
  { file: 'docker-compose.override.yml', region: yamlServices, render: renderComposeOverride },
  { file: 'deploy/docker/compose.host.yml', region: yamlServices, render: renderComposeHostServices },
  { file: 'README.md', region: { name: 'services', comment: '<!--' }, render: renderServicesTable },
];

/** The whole file as it should be: its text now, with the region rendered from the registry. */
export function renderServiceDocument(doc: ServiceDocument): string {
  const text = readFileSync(path.join(ROOT, doc.file), 'utf8');
  return spliceRegion(doc.file, text, doc.region, doc.render());
}
