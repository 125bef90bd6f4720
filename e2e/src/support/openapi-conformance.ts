import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { ROOT } from '@nrm/platform-launcher';

interface Operation {
  operationId: string;
  responses: Record<string, { content?: Record<string, { schema: object }> }>;
}

const document = JSON.parse(readFileSync(path.join(ROOT, 'docs', 'openapi.json'), 'utf8')) as {
  paths: Record<string, Record<string, Operation>>;
  components: object;
};

// The document's schemas as one schema, so `#/components/schemas/X` resolves; OpenAPI's `nullable`,
// `example` and the like are keywords Ajv is told of, not checked.
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: 'openapi.json', components: document.components });

const templates = Object.keys(document.paths).map((template) => ({
  template,
  pattern: new RegExp(`^${template.replace(/\{\w+\}/g, '[^/]+')}$`),
  literal: template.split('/').filter((part) => !part.startsWith('{')).length,
}));
const validators = new Map<string, ValidateFunction>();

function operationAt(method: string, url: string): Operation | undefined {
  const pathname = new URL(url, 'http://gateway').pathname;
  // The template with the most literal segments wins: `/referrals/duplicates` before `/referrals/{caseId}`.
  const matches = templates
    .filter((t) => t.pattern.test(pathname) && document.paths[t.template]?.[method.toLowerCase()])
    .sort((a, b) => b.literal - a.literal);
  return matches[0] && document.paths[matches[0].template]?.[method.toLowerCase()];
}

/**
 * Fails when the gateway's answer to a documented operation does not match what docs/openapi.json
 * says of that status: the typed client and the console rely on it. Answers the document does not
 * declare (a route that does not exist, a status it does not list) are other tests' business.
 */
export function expectDocumentedAnswer(
  method: string,
  url: string,
  answer: { status: number; contentType: string; body: unknown },
): void {
  const operation = operationAt(method, url);
  const declared = operation?.responses[String(answer.status)];
  const mediaType = answer.contentType.split(';')[0]?.trim() ?? '';
  const schema = declared?.content?.[mediaType]?.schema;
  if (!operation || !schema || answer.body === undefined || !mediaType.endsWith('json')) return;
  const key = `${operation.operationId} ${answer.status} ${mediaType}`;
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile(inDocument(schema));
    validators.set(key, validate);
  }
  if (!validate(answer.body)) {
    throw new Error(
      `${method} ${url} answered ${answer.status} unlike docs/openapi.json (${operation.operationId}):\n` +
        ajv.errorsText(validate.errors, { separator: '\n' }),
    );
  }
}

/** A schema of the document whose references name the document: `openapi.json#/components/...`. */
function inDocument(schema: object): object {
  return JSON.parse(JSON.stringify(schema).replace(/"\$ref":"#/g, '"$ref":"openapi.json#')) as object;
}
