import { EventEmitter } from 'node:events';
import { KafkaJSProtocolError } from 'kafkajs';
import type { Kafka, Producer } from 'kafkajs';
import { createIdempotentProducer } from './producer';

/** A kafkajs producer stand-in whose sends fail with the given errors, in turn, then succeed. */
function fakeKafka(failures: unknown[]) {
  const made: { id: number; sends: number; disconnected: boolean }[] = [];
  const kafka = {
    producer: () => {
      const events = new EventEmitter();
      const state = { id: made.length + 1, sends: 0, disconnected: false };
      made.push(state);
      return {
        events: { DISCONNECT: 'producer.disconnect' },
        on: (event: string, listener: () => void) => events.on(event, listener),
        connect: async () => undefined,
        disconnect: async () => {
          state.disconnected = true;
          events.emit('producer.disconnect');
        },
        send: async () => {
          state.sends += 1;
          const failure = failures.shift();
          if (failure) throw failure;
          return [];
        },
      } as unknown as Producer;
    },
  } as unknown as Kafka;
  return { kafka, made };
}

const record = { topic: 't', messages: [{ key: 'k', value: '{}' }] };
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('the platform producer', () => {
  it('starts again under a new producer id when the broker no longer accepts its sequence', async () => {
    // kafkajs builds its protocol errors from the broker's error code table entry.
    const outOfOrder = new KafkaJSProtocolError({
      type: 'OUT_OF_ORDER_SEQUENCE_NUMBER',
      code: 45,
      retriable: false,
      message: 'The broker received an out of order sequence number',
    } as unknown as Error);
    const { kafka, made } = fakeKafka([outOfOrder]);
    const producer = createIdempotentProducer(kafka);
    await producer.connect();

    await expect(producer.send(record)).rejects.toThrow(/out of order/);
    await settle();
    expect(made).toHaveLength(2);
    expect(made[0]?.disconnected).toBe(true);
    expect(producer.isReady()).toBe(true);
    await producer.send(record);
    expect(made[1]?.sends).toBe(1);
  });

  it('keeps its producer through errors a retry can recover from', async () => {
    const { kafka, made } = fakeKafka([new Error('Connection error: read ECONNRESET')]);
    const producer = createIdempotentProducer(kafka);
    await producer.connect();
    await expect(producer.send(record)).rejects.toThrow(/ECONNRESET/);
    await producer.send(record);
    expect(made).toHaveLength(1);
    expect(made[0]?.sends).toBe(2);
  });

  it('refuses sends until connected, and after disconnecting', async () => {
    const { kafka } = fakeKafka([]);
    const producer = createIdempotentProducer(kafka);
    await expect(producer.send(record)).rejects.toThrow(/not ready/);
    await producer.connect();
    await producer.send(record);
    await producer.disconnect();
    await expect(producer.send(record)).rejects.toThrow(/not ready/);
  });
});
