import { readFileSync } from 'node:fs';
import path from 'node:path';
import type {
  OpenAPIObject,
  OperationObject,
  ResponseObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { expectGeneratedDoc } from '@nrm/testing';
import { renderOpenApiJson } from './openapi-document';

const document = JSON.parse(
  readFileSync(path.join(__dirname, '..', '..', '..', '..', 'docs', 'openapi.json'), 'utf8'),
) as OpenAPIObject;

const operations: OperationObject[] = Object.values(document.paths).flatMap((item) =>
  (['get', 'post', 'put', 'patch', 'delete'] as const).flatMap((method) => item[method] ?? []),
);

describe('the OpenAPI document', () => {
  it('is what the gateway renders (docs/openapi.json)', async () => {
    expectGeneratedDoc('docs/openapi.json', await renderOpenApiJson());
  });

  it('documents each success answer with its schema (a 204 has none)', () => {
    const untyped = operations
      .filter((operation) => {
        const [status, answer] = Object.entries(operation.responses).find(([s]) => Number(s) < 300)!;
        return status !== '204' && !(answer as ResponseObject).content;
      })
      .map((operation) => operation.operationId);
    expect(untyped).toEqual([]);
  });

  it('answers every error as a typed problem, and asks for a token on every operation', () => {
    for (const operation of operations) {
      expect(operation.summary).toBeTruthy();
      expect(operation.security).toEqual([{ bearer: [] }]);
      const problems = Object.entries(operation.responses).filter(([status]) => Number(status) >= 400);
      expect(problems.map(([status]) => status)).toEqual(expect.arrayContaining(['401', '403', '503']));
      for (const [, problem] of problems) {
        expect((problem as ResponseObject).content).toEqual({
          'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
        });
      }
    }
  });
});
