/**
 * JSON Schemas of the event payloads, from the class-validator decorators of the payload classes
 * (class-validator-jsonschema, a devDependency: this runs in tools only).
 */
import 'reflect-metadata';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { IS_ISO31661_ALPHA_2, MATCHES, MAX, MIN } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';
import { EventCatalogue } from '@nrm/contracts';
import type { EventDefinition } from '@nrm/contracts';
import { SCHEMAS } from './types';
import type { JsonSchema } from './types';

type SchemaConverters = NonNullable<
  Parameters<typeof validationMetadatasToSchemas>[0]
>['additionalConverters'];

/** What class-validator-jsonschema gets wrong or leaves out for the decorators the contracts use. */
const additionalConverters: SchemaConverters = {
  // Not converted by default (it would emit a $ref to `Array`); the ISO list is checked case-insensitively.
  [IS_ISO31661_ALPHA_2]: {
    type: 'string',
    pattern: '^[A-Za-z]{2}$',
    description: 'ISO 3166-1 alpha-2 country code',
  },
  // The defaults add `type: number`, which can override the `integer` of @IsInt by decorator order.
  [MIN]: (meta: ValidationMetadata) => ({ minimum: meta.constraints[0] as number }),
  [MAX]: (meta: ValidationMetadata) => ({ maximum: meta.constraints[0] as number }),
  // A JSON Schema pattern has no flags: refuse a regular expression whose flags would be lost.
  [MATCHES]: (meta: ValidationMetadata) => {
    const pattern = meta.constraints[0] as RegExp;
    if (pattern.flags) {
      throw new Error(
        `${meta.target instanceof Function ? meta.target.name : ''}.${meta.propertyName}: flags`,
      );
    }
    return { type: 'string', pattern: pattern.source };
  },
};

/** Field descriptions of the analytics records: what outside analysts read. */
const AnalyticsFieldDescriptions: Record<string, Record<string, string>> = {
  ReferralRecordedV1: {
    month: 'Month the referral was received (YYYY-MM). CTDC: yearOfRegistration (and the month).',
    referralChannel: 'How the person came to be referred.',
    referringAgencyType:
      'Kind of the referring agency, never the agency itself; `unknown` if not in the directory.',
    ageBand: 'Age band at referral (CTDC: ageBroad).',
    child: 'Handled as a child: under 18 or of unknown age at referral (CTDC: majorityStatus).',
    sex: 'CTDC: gender.',
    nationalities: 'ISO 3166-1 alpha-2 codes, at most five; empty when unknown (CTDC: citizenship).',
    exploitationTypes: 'Empty when not specified (CTDC: typeOfExploit* and the is* exploitation flags).',
    meansOfControl: 'Empty when not specified (CTDC: meansOfControl*).',
    recruitmentMethod: 'How the person was recruited (nearest CTDC field: recruiterRelation).',
    immediateRisk: 'Danger to life, medical urgency or flight risk was raised at referral.',
  },
  AnonymousNoticeCountedV1: {
    month: 'Month of the encounter (YYYY-MM).',
    referralChannel: 'Channel the notice came through.',
    ageBand: 'CTDC: ageBroad.',
    sex: 'CTDC: gender.',
    nationalities: 'ISO 3166-1 alpha-2 codes, at most five (CTDC: citizenship).',
    exploitationTypes: 'CTDC: typeOfExploit*.',
  },
  CaseStageReachedV1: {
    stage: 'The stage reached.',
    month: 'Month the stage was reached (YYYY-MM).',
    outcome:
      'Decisions: positive or negative (preliminary, reconsidered), confirmed or not_confirmed (final); protection_opened: why it opened; indicators_assessed: the advice (indicated, labour-rights-case, not-indicated).',
    serviceType: 'service_referred and service_delivered: the kind of service; shelter_placed: shelter.',
    daysSinceReferral:
      'Whole days from the referral date to this stage; absent when the referral was not seen first.',
  },
  ProsecutionStageReachedV1: {
    stage: 'The stage reached.',
    month: 'Month of the stage (YYYY-MM).',
    article: 'charges_filed and verdict: the article as `lawCode:article`, e.g. `kw-91-2013:2`.',
    verdictOutcome: 'verdict only.',
    linkedCases: 'Referred cases linked to the investigation at this stage, as far as the stream knows.',
  },
};

/**
 * JSON Schemas of every payload class of the catalogue and of the classes nested in them, keyed by class
 * name, in catalogue order. Throws when a decorator could not be described.
 */
export function payloadSchemas(
  catalogue: readonly EventDefinition<object>[] = EventCatalogue,
): Record<string, JsonSchema> {
  const all = validationMetadatasToSchemas({
    refPointerPrefix: SCHEMAS,
    classTransformerMetadataStorage: defaultMetadataStorage,
    additionalConverters,
  }) as Record<string, JsonSchema>;
  const chosen: Record<string, JsonSchema> = {};
  const add = (name: string, from: string): void => {
    if (chosen[name]) return;
    const schema = all[name];
    if (!schema) throw new Error(`${from} refers to ${name}, which has no validation metadata`);
    chosen[name] = structuredClone(schema);
    for (const ref of refsIn(schema)) add(ref.slice(SCHEMAS.length), name);
  };
  for (const definition of catalogue) add(definition.payload.name, definition.type);
  for (const [name, fields] of Object.entries(AnalyticsFieldDescriptions)) {
    const properties = chosen[name]?.['properties'] as Record<string, JsonSchema> | undefined;
    for (const [field, description] of Object.entries(fields)) {
      const property = properties?.[field];
      if (!property) throw new Error(`${name}.${field} is described but is no field of ${name}`);
      property['description'] = description;
    }
  }
  return chosen;
}

/** Every `$ref` in a schema, depth first. */
export function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => (k === '$ref' && typeof v === 'string' ? [v] : refsIn(v)));
}
