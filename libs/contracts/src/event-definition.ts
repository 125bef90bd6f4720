import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { ValidationError } from 'class-validator';
import type { ServiceName } from './service-registry';
import type { TopicName } from './topics';

export interface EventDefinition<TPayload extends object> {
  readonly type: string;
  readonly schemaVersion: number;
  readonly topic: TopicName;
  readonly source: ServiceName;
  readonly payload: new () => TPayload;
}

export function defineEvent<TPayload extends object>(
  def: EventDefinition<TPayload>,
): EventDefinition<TPayload> {
  return Object.freeze(def);
}

/**
 * A family of events of one service on one topic sharing a payload, version 1:
 * `family('shelter-placed')` defines `nrm.protection.shelter-placed`.
 */
export function eventFamily<TPayload extends object>(family: {
  prefix: string;
  topic: TopicName;
  source: ServiceName;
  payload: new () => TPayload;
}): (name: string) => EventDefinition<TPayload> {
  return (name) =>
    defineEvent({
      type: `${family.prefix}.${name}`,
      schemaVersion: 1,
      topic: family.topic,
      source: family.source,
      payload: family.payload,
    });
}

export type PayloadOf<D> = D extends EventDefinition<infer P> ? P : never;

export class PayloadValidationError extends Error {
  override readonly name = 'PayloadValidationError';
  constructor(
    readonly eventType: string,
    readonly violations: string[],
  ) {
    super(`invalid ${eventType} payload: ${violations.join('; ')}`);
  }
}

/** Flattens class-validator errors into `path: constraint` lines, never echoing the rejected value. */
export function describeViolations(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((e) => {
    const path = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.keys(e.constraints ?? {}).map((c) => `${path}: ${c}`);
    return [...own, ...describeViolations(e.children ?? [], path)];
  });
}

/**
 * The payload as an object, without checking it against its contract: for a payload its producer
 * already validated (the platform's own topics, ADR 0017). Throws PayloadValidationError when it is
 * not a JSON object.
 */
export function payloadObject(type: string, data: unknown): object {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new PayloadValidationError(type, ['payload: must be a JSON object']);
  }
  return data;
}

/** Validates a payload against its contract and returns a typed instance, or throws PayloadValidationError. */
export function parsePayload<TPayload extends object>(
  def: EventDefinition<TPayload>,
  data: unknown,
): TPayload {
  const instance = plainToInstance(def.payload, payloadObject(def.type, data));
  const errors = validateSync(instance, { whitelist: true, forbidUnknownValues: true });
  if (errors.length > 0) throw new PayloadValidationError(def.type, describeViolations(errors));
  return instance;
}
