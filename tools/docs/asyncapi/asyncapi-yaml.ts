import { Document } from 'yaml';
import { buildAsyncApiDocument } from './asyncapi-document';

/** docs/asyncapi.yaml, as `npm run docs` writes it. */
export function renderAsyncApiYaml(version: string): string {
  const document = JSON.parse(JSON.stringify(buildAsyncApiDocument({ version }))) as object;
  // Quoted where a YAML 1.1 reader (js-yaml, PyYAML) would take a string for a date or a boolean.
  const yaml = new Document(document, { schema: 'yaml-1.1' });
  yaml.commentBefore =
    ' Generated from libs/contracts by tools/docs/asyncapi: do not edit by hand.\n' +
    ' Regenerate with: npm run docs';
  return yaml.toString({ lineWidth: 0, singleQuote: true });
}
