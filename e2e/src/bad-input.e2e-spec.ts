import fc from 'fast-check';
import { TestPlatform } from './support/test-platform';

/*
 * Property-based: every operation of the gateway's OpenAPI document, driven with generated requests,
 * some shaped like its schema and some not, by a role the operation allows. Whatever is sent, the
 * answer is never a 5xx, every 4xx is problem+json, and no error repeats what was sent.
 */

const CA = 'kw-nrm-competent-authority';
/** Every generated string carries this, so an error that echoes input is caught. */
const MARK = 'Echo';

type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  maxLength?: number;
  minimum?: number;
  maximum?: number;
};
interface Operation {
  parameters?: { name: string; in: string; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  'x-allowed-roles'?: string[];
}

const marked = fc.string({ maxLength: 30 }).map((s) => `${MARK}${s}`);
const hostile = fc.oneof(
  marked,
  fc.constantFrom(
    `${MARK}' OR 1=1 --`,
    `${MARK}<script>`,
    `${MARK}${'x'.repeat(5000)}`,
    `${MARK}\u0000\ud800`,
  ),
);

/** Values shaped like the schema most of the time, anything some of the time. */
function fromSchema(
  schema: Schema | undefined,
  components: Record<string, Schema>,
  depth = 0,
): fc.Arbitrary<unknown> {
  if (!schema || depth > 6) return fc.constant(null);
  if (schema.$ref)
    return fromSchema(components[schema.$ref.split('/').pop() as string], components, depth + 1);
  const variants = schema.allOf ?? schema.oneOf ?? schema.anyOf;
  if (variants?.length) return fc.oneof(...variants.map((v) => fromSchema(v, components, depth + 1)));
  const shaped = ((): fc.Arbitrary<unknown> => {
    if (schema.enum?.length) return fc.constantFrom(...schema.enum);
    switch (schema.type) {
      case 'object': {
        const props = Object.entries(schema.properties ?? {});
        return fc.record(
          Object.fromEntries(props.map(([k, v]) => [k, fromSchema(v, components, depth + 1)])),
          { requiredKeys: (schema.required ?? []).filter((k) => props.some(([p]) => p === k)) },
        );
      }
      case 'array':
        return fc.array(fromSchema(schema.items, components, depth + 1), { maxLength: 4 });
      case 'integer':
        return fc.integer({ min: schema.minimum ?? -10, max: schema.maximum ?? 100_000 });
      case 'number':
        return fc.double({ noNaN: true, min: -1e6, max: 1e6 });
      case 'boolean':
        return fc.boolean();
      case 'string':
        if (schema.format === 'uuid') return fc.uuid();
        if (schema.format === 'date')
          return fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
        if (schema.format === 'date-time')
          return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
        return marked;
      default:
        return fc.constant(null);
    }
  })();
  return fc.oneof(
    { weight: 4, arbitrary: shaped },
    { weight: 1, arbitrary: fc.oneof(hostile, fc.integer(), fc.constant(null), fc.array(marked)) },
  );
}

describe('bad input: generated requests to every gateway operation (end to end)', () => {
  const platform = new TestPlatform('e2e_badinput', 4900);

  beforeAll(() => platform.start());
  afterAll(() => platform.stop());

  it('never answers 5xx, answers every 4xx with problem+json, and never echoes what was sent in an error', async () => {
    const document = (await platform.api('GET', '/api/openapi.json')).body as {
      paths: Record<string, Record<string, Operation>>;
      components: { schemas: Record<string, Schema> };
    };
    const components = document.components.schemas;
    const tokens = new Map<string, string>();
    const token = async (role: string) => {
      if (!tokens.has(role)) tokens.set(role, await platform.token(role as never, CA));
      return tokens.get(role) as string;
    };
    const failures: string[] = [];
    let requests = 0;
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const roles = operation['x-allowed-roles'];
        if (!roles?.length) continue;
        const pathParams = (operation.parameters ?? []).filter((p) => p.in === 'path');
        const queryParams = (operation.parameters ?? []).filter((p) => p.in === 'query');
        const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
        const request = fc.record({
          role: fc.constantFrom(...roles),
          params: fc.record(
            Object.fromEntries(pathParams.map((p) => [p.name, fc.oneof(fc.uuid(), hostile)])),
          ),
          query: fc.record(
            Object.fromEntries(
              queryParams.map((p) => [p.name, fc.oneof(fromSchema(p.schema, components), hostile)]),
            ),
            { requiredKeys: [] },
          ),
          body: bodySchema
            ? fc.oneof(fromSchema(bodySchema, components), fc.jsonValue())
            : fc.constant(undefined),
        });
        await fc.assert(
          fc.asyncProperty(request, async ({ role, params, query, body }) => {
            const url =
              path.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(String(params[name]))) +
              (Object.keys(query).length
                ? `?${new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [k, String(v)])).toString()}`
                : '');
            const answer = await fetch(`${platform.gatewayUrl}${url}`, {
              method: method.toUpperCase(),
              headers: {
                authorization: `Bearer ${await token(role)}`,
                ...(body === undefined ? {} : { 'content-type': 'application/json' }),
              },
              body: body === undefined ? undefined : JSON.stringify(body),
            });
            requests++;
            const text = await answer.text();
            const where = `${method.toUpperCase()} ${path} as ${role}: ${answer.status}`;
            if (answer.status >= 500) failures.push(`${where} ${text.slice(0, 300)}`);
            if (answer.status >= 400) {
              if (!answer.headers.get('content-type')?.startsWith('application/problem+json')) {
                failures.push(`${where} without problem+json`);
              }
              if (text.includes(MARK)) failures.push(`${where} echoes input: ${text.slice(0, 300)}`);
            }
          }),
          { numRuns: 12, seed: 20261129 },
        );
      }
    }
    expect(requests).toBeGreaterThan(700);
    expect(failures).toEqual([]);
  });
});
