import { Server } from '@nestjs/microservices';
import type { CustomTransportStrategy } from '@nestjs/microservices';
import { lastValueFrom } from 'rxjs';
import { findEventDefinitionByType } from './event-types';
import { EventConsumer } from './event-consumer';
import type { EventConsumerOptions, InboundEvent, InboundEventHandler } from './event-consumer';
import type { TopicName } from '@nrm/contracts';

export type KafkaEventTransportOptions = Omit<EventConsumerOptions, 'topics' | 'handlers'> & {
  /** The topics the service is declared to read (its ACLs); a handler for another topic stops the start. */
  subscriptions?: readonly TopicName[];
};

/**
 * A Nest microservice transport over the platform's inbox consumer. Controllers declare
 * `@EventPattern(ReferralReceived.type)` handlers; the transport subscribes to the topics of those
 * events and runs each handler inside the inbox transaction (see InboundEvent.manager).
 */
export class KafkaEventTransport extends Server implements CustomTransportStrategy {
  private consumer?: EventConsumer;

  constructor(private readonly options: KafkaEventTransportOptions) {
    super();
  }

  get isHealthy(): boolean {
    // A service without event handlers has no consumer to be unhealthy.
    return this.consumer ? this.consumer.isHealthy : true;
  }

  async listen(callback: (...optionalParams: unknown[]) => void): Promise<void> {
    const handlers = new Map<string, InboundEventHandler>();
    const topics = new Set<TopicName>();
    for (const [pattern, handler] of this.getHandlers()) {
      const definition = findEventDefinitionByType(pattern);
      if (!definition) throw new Error(`@EventPattern('${pattern}') names no event in the catalogue`);
      if (this.options.subscriptions && !this.options.subscriptions.includes(definition.topic)) {
        throw new Error(
          `@EventPattern('${pattern}') reads ${definition.topic}, which is not among the service's subscriptions (ServiceSubscriptions in @nrm/contracts)`,
        );
      }
      topics.add(definition.topic);
      handlers.set(pattern, async (event: InboundEvent<object>) => {
        const result = this.transformToObservable(await handler(event));
        await lastValueFrom(result, { defaultValue: undefined });
      });
    }
    if (handlers.size > 0) {
      this.consumer = new EventConsumer({ ...this.options, topics: [...topics], handlers });
      await this.consumer.start();
    }
    callback();
  }

  async close(): Promise<void> {
    await this.consumer?.stop();
  }

  on(): never {
    throw new Error('KafkaEventTransport does not emit transport events');
  }

  unwrap<T>(): T {
    return this.consumer as T;
  }
}
