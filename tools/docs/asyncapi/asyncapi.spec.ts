import { readFileSync } from 'node:fs';
import path from 'node:path';
import specs from '@asyncapi/specs';
import Ajv from 'ajv';
import type { AnySchema, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { AnalyticsTopics, EnvelopeHeaders, EventCatalogue, allTopics, parsePayload } from '@nrm/contracts';
import { expectGeneratedDoc } from '@nrm/testing';
import { buildAsyncApiDocument } from './asyncapi-document';
import { renderAsyncApiYaml } from './asyncapi-yaml';
import { topicsOf } from './channels';
import { keySchemaOf } from './keys-and-headers';
import { DEAD_LETTER_MESSAGE, messageIdOf } from './messages';
import { refsIn } from './payload-schemas';
import type { AsyncApiDocument } from './types';

/*
 * docs/asyncapi.yaml is generated from the contracts (libs/contracts) by asyncapi-document.ts and must not
 * drift from them: `npm run docs` rewrites it; this test only reads it.
 */

const ROOT = path.resolve(__dirname, '../../..');
const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string })
  .version;

/** Plain JSON, as the YAML file holds it. */
const generated = JSON.parse(JSON.stringify(buildAsyncApiDocument({ version }))) as AsyncApiDocument;

const DOCUMENT_ID = 'urn:nrm:asyncapi';

/** An Ajv with the document as a schema resource, so `#/components/...` references resolve. */
function documentAjv(document: AsyncApiDocument): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ ...document, $id: DOCUMENT_ID } as AnySchema);
  return ajv;
}

function validatorAt(ajv: Ajv, pointer: string): ValidateFunction {
  return ajv.compile({ $ref: `${DOCUMENT_ID}#${pointer}` });
}

/** `/a/b` JSON pointer of `#/a/b`, or undefined for a reference outside the document. */
function resolvePointer(document: unknown, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  return ref
    .slice(2)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>(
      (node, key) =>
        node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined,
      document,
    );
}

const errorsOf = (validate: ValidateFunction): string =>
  (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('; ');

describe('AsyncAPI document (docs/asyncapi.yaml)', () => {
  it('is the one generated from the contracts', () => {
    expectGeneratedDoc('docs/asyncapi.yaml', renderAsyncApiYaml(version));
  });

  it('is a valid AsyncAPI 3.0.0 document by the official JSON Schema', () => {
    // The AsyncAPI schema carries its own copy of the draft-07 meta-schema: Ajv must not add another.
    const ajv = new Ajv({ strict: false, allErrors: true, meta: false, validateSchema: false });
    addFormats(ajv);
    const validate = ajv.compile(specs.schemas['3.0.0'] as AnySchema);
    expect(validate(generated) ? [] : validate.errors).toEqual([]);
    // The schema does bite: AsyncAPI 2's `publish` is no action of 3.0.0.
    const broken = JSON.parse(JSON.stringify(generated)) as AsyncApiDocument;
    (Object.values(broken.operations)[0] as { action: string }).action = 'publish';
    expect(validate(broken)).toBe(false);
    expect(generated.asyncapi).toBe('3.0.0');
    expect(generated.info.version).toBe(version);
    expect(generated.servers['development']).toMatchObject({ host: '127.0.0.1:9092', protocol: 'kafka' });
  });

  it('has no reference that leads nowhere', () => {
    const dangling = [...new Set(refsIn(generated))].filter(
      (ref) => resolvePointer(generated, ref) === undefined,
    );
    expect(dangling).toEqual([]);
  });

  it('has a channel for every topic and a topic for every channel', () => {
    const addresses = Object.values(generated.channels).map((c) => c.address);
    expect([...addresses].sort()).toEqual([...allTopics()].sort());
    expect(new Set(addresses).size).toBe(addresses.length);
    for (const [id, channel] of Object.entries(generated.channels)) {
      const operations = Object.values(generated.operations).filter(
        (o) => o.channel.$ref === `#/channels/${id}`,
      );
      expect(operations).toHaveLength(1);
      expect(operations[0]?.action).toBe('send');
      expect(operations[0]?.messages.map((m) => m.$ref).sort()).toEqual(
        Object.keys(channel.messages)
          .map((m) => `#/channels/${id}/messages/${m}`)
          .sort(),
      );
    }
  });

  it('has a message for every event of the catalogue on its topic, analytics records on every audience topic', () => {
    const channelOf = (topic: string) => Object.values(generated.channels).find((c) => c.address === topic);
    for (const definition of EventCatalogue) {
      const id = messageIdOf(definition);
      const message = generated.components.messages[id];
      expect(message?.name).toBe(definition.type);
      const topics = topicsOf(definition);
      if (Object.values(AnalyticsTopics).some((t) => t === definition.topic)) {
        expect(topics.sort()).toEqual(Object.values(AnalyticsTopics).sort());
      } else {
        expect(topics).toEqual([definition.topic]);
      }
      for (const topic of topics) {
        expect({ topic, message: channelOf(topic)?.messages[id] }).toEqual({
          topic,
          message: { $ref: `#/components/messages/${id}` },
        });
      }
    }
    // And nothing else: every channel's messages are the catalogue's on that topic (or dead letters).
    const catalogued = new Set(EventCatalogue.map(messageIdOf));
    for (const channel of Object.values(generated.channels)) {
      for (const id of Object.keys(channel.messages)) {
        expect(catalogued.has(id) || id === DEAD_LETTER_MESSAGE).toBe(true);
      }
    }
  });

  it('gives every message CloudEvents headers with its type and schema version, and its key schema', () => {
    const ajv = documentAjv(generated);
    for (const definition of EventCatalogue) {
      const id = messageIdOf(definition);
      const headers = validatorAt(ajv, `/components/messages/${id}/headers`);
      const example = generated.components.messages[id]?.examples[0]?.headers ?? {};
      expect(headers(example)).toBe(true);
      for (const [name, wrong] of [
        [EnvelopeHeaders.type, 'nrm.intake.something-else'],
        [EnvelopeHeaders.schemaVersion, String(definition.schemaVersion + 1)],
        [EnvelopeHeaders.specVersion, '0.3'],
      ] as const) {
        expect({ id, name, valid: headers({ ...example, [name]: wrong }) }).toEqual({
          id,
          name,
          valid: false,
        });
      }
      expect(generated.components.messages[id]?.bindings.kafka.key).toEqual(keySchemaOf(definition));
    }
  });

  it('describes nested payload classes by reference, not as an opaque array', () => {
    const needs = (
      generated.components.schemas['NeedsAssessedV1']?.['properties'] as Record<string, unknown>
    )['needs'];
    expect(needs).toMatchObject({ type: 'array', items: { $ref: '#/components/schemas/AssessedNeedV1' } });
    expect(generated.components.schemas['AssessedNeedV1']).toMatchObject({
      required: ['needType', 'priority', 'dueOn'],
    });
    const references = refsIn(generated.components.schemas);
    expect(references.filter((r) => !/^#\/components\/schemas\/[A-Z]\w+V\d+$/.test(r))).toEqual([]);
  });

  describe('every example', () => {
    const ajv = documentAjv(generated);
    const cases = Object.entries(generated.components.messages).flatMap(([id, message]) =>
      message.examples.map((example) => ({ id, example, label: `${id} / ${example.name}` })),
    );

    it.each(cases)('$label fits its payload, header and key schemas', ({ id, example }) => {
      const payload = validatorAt(ajv, `/components/messages/${id}/payload`);
      const headers = validatorAt(ajv, `/components/messages/${id}/headers`);
      const key = validatorAt(ajv, `/components/messages/${id}/bindings/kafka/key`);
      expect(payload(example.payload) ? '' : errorsOf(payload)).toBe('');
      expect(headers(example.headers) ? '' : errorsOf(headers)).toBe('');
      expect(key(example.headers[EnvelopeHeaders.subject]) ? '' : errorsOf(key)).toBe('');
    });

    it.each(EventCatalogue.map((definition) => ({ definition, type: definition.type })))(
      '$type examples pass parsePayload of the contract',
      ({ definition }) => {
        const examples = generated.components.messages[messageIdOf(definition)]?.examples ?? [];
        expect(examples.length).toBeGreaterThan(0);
        for (const example of examples) {
          expect(() => parsePayload(definition, example.payload)).not.toThrow();
          // What the contract's validation would strip is no part of the contract: examples hold none of it.
          expect(JSON.parse(JSON.stringify(parsePayload(definition, example.payload)))).toEqual(
            example.payload,
          );
        }
      },
    );
  });

  it('rejects with the JSON Schema what parsePayload rejects (a few spot checks)', () => {
    const ajv = documentAjv(generated);
    const check = (type: string, change: Record<string, unknown>) => {
      const definition = EventCatalogue.find((d) => d.type === type);
      if (!definition) throw new Error(type);
      const id = messageIdOf(definition);
      const example = generated.components.messages[id]?.examples[0]?.payload as Record<string, unknown>;
      const wrong = { ...example, ...change };
      const payload = validatorAt(ajv, `/components/messages/${id}/payload`);
      expect({ type, change, schema: payload(wrong) }).toEqual({ type, change, schema: false });
      expect(() => parsePayload(definition, wrong)).toThrow();
    };
    check('nrm.intake.referral-received', { nationalities: [42] });
    check('nrm.intake.referral-received', { caseId: 'not-a-uuid' });
    check('nrm.protection.needs-assessed', {
      needs: [{ needType: 'shelter', priority: 'soon', dueOn: '2026-03-19' }],
    });
    check('nrm.analytics.case-stage-reached', { daysSinceReferral: 1.5 });
    check('nrm.analytics.referral-recorded', { month: '2026-03-14' });
    check('nrm.analytics.prosecution-stage-reached', { linkedCases: undefined });
  });
});
