import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@nrm/contracts';

/** What a handler receives: the validated event and the transaction its effects must use. */
export interface InboundEvent<TPayload = unknown> {
  envelope: EventEnvelope<TPayload>;
  payload: TPayload;
  /** The transaction that also records the message in the inbox (with the rest of its batch). */
  manager: EntityManager;
  /** The events handled in the same transaction, for reads gathered once per batch. */
  batch: InboundBatch;
}

/**
 * The events of one partition handled in one transaction, in offset order. A handler may read what
 * every event of the batch needs with one query instead of one per event.
 */
export interface InboundBatch {
  readonly events: readonly { envelope: EventEnvelope<unknown>; payload: object }[];
  /** `load()` once per batch and key; every later call in the batch gets the same answer. */
  once<T>(key: string, load: () => Promise<T>): Promise<T>;
  /**
   * Runs `finish()` once per batch and key after the last event's handler, in the same transaction
   * (writes gathered over the batch go out in one statement). If it fails, the batch fails and its
   * events are handled again one by one.
   */
  atEnd(key: string, finish: () => Promise<void>): void;
}

export type InboundEventHandler = (event: InboundEvent<object>) => Promise<void>;

/** The events of a chunk handled in one transaction, with the batch's loads and end steps. */
export class EventBatch implements InboundBatch {
  private readonly loaded = new Map<string, Promise<unknown>>();
  private readonly endings = new Map<string, () => Promise<void>>();
  readonly events: readonly { envelope: EventEnvelope<unknown>; payload: object }[];

  constructor(items: readonly { envelope: EventEnvelope<unknown>; payload: object }[]) {
    this.events = items.map(({ envelope, payload }) => ({ envelope, payload }));
  }

  once<T>(key: string, load: () => Promise<T>): Promise<T> {
    let value = this.loaded.get(key) as Promise<T> | undefined;
    if (!value) {
      value = load();
      this.loaded.set(key, value);
    }
    return value;
  }

  atEnd(key: string, finish: () => Promise<void>): void {
    if (!this.endings.has(key)) this.endings.set(key, finish);
  }

  async finish(): Promise<void> {
    for (const finish of this.endings.values()) await finish();
  }
}
