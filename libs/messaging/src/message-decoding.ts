import type { KafkaMessage } from 'kafkajs';
import {
  PayloadValidationError,
  envelopeFromMessage,
  findEventDefinition,
  parsePayload,
  payloadObject,
} from '@nrm/contracts';
import type { EventEnvelope } from '@nrm/contracts';
import type { DeadLetterReason } from './dead-letter';
import type { InboundEventHandler } from './inbound-event';
import { headersToStrings } from './kafka';

export class PoisonMessage extends Error {
  constructor(
    readonly reason: DeadLetterReason,
    message: string,
  ) {
    super(message);
  }
}

/** A message as received: where it came from, its value and headers as text. */
export interface Received {
  topic: string;
  partition: number;
  message: KafkaMessage;
  value: string | null;
  headers: Record<string, string>;
}

/** A message of a batch, read and checked: an event to handle, one to skip, or poison. */
export type Decoded =
  | { kind: 'event'; item: BatchItem }
  | { kind: 'ignored' }
  | { kind: 'poison'; received: Received; reason: DeadLetterReason; error: unknown };

export interface BatchItem extends Received {
  envelope: EventEnvelope<unknown>;
  payload: object;
  handler: InboundEventHandler;
}

/** Reads and checks a message: the event and its handler, a type nobody here handles, or poison. */
export function decodeMessage(
  topic: string,
  partition: number,
  message: KafkaMessage,
  handlers: ReadonlyMap<string, InboundEventHandler>,
  validatePayloads: boolean,
): Decoded {
  const headers = headersToStrings(message.headers);
  const value = message.value?.toString('utf8') ?? null;
  try {
    const envelope = envelopeFromMessage(headers, value);
    const definition = findEventDefinition(envelope.type, envelope.schemaVersion);
    if (!definition)
      throw new PoisonMessage('unknown_event', `unknown event ${envelope.type} v${envelope.schemaVersion}`);
    const handler = handlers.get(envelope.type);
    if (!handler) return { kind: 'ignored' };
    if (message.key?.toString('utf8') !== envelope.subject) {
      throw new PoisonMessage('invalid_envelope', 'message key differs from the envelope subject');
    }
    const payload = validatePayloads
      ? parsePayload(definition, envelope.data)
      : payloadObject(envelope.type, envelope.data);
    return {
      kind: 'event',
      item: { topic, partition, message, value, headers, envelope, payload, handler },
    };
  } catch (error) {
    const reason: DeadLetterReason =
      error instanceof PoisonMessage
        ? error.reason
        : error instanceof PayloadValidationError
          ? 'invalid_payload'
          : 'invalid_envelope';
    return { kind: 'poison', received: { topic, partition, message, value, headers }, reason, error };
  }
}
