import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import type { InboundEvent } from '@nrm/messaging';
import { AnalyticsStream } from './analytics-stream';
import { SourceEventTypes } from './derive-records';

const STREAM_BATCH = 'analytics-stream';

/**
 * Every lifecycle event the analytics stream is derived from, handled in its inbox transaction with
 * the rest of its batch: the first event reads what the stream remembers for the whole batch, and
 * what the batch changed is written once after its last event.
 */
@Controller()
export class AnalyticsSourceEvents {
  constructor(private readonly stream: AnalyticsStream) {}

  @EventPattern([...SourceEventTypes])
  async onLifecycleEvent(@Payload() { envelope, manager, batch }: InboundEvent<object>): Promise<void> {
    const derivation = await batch.once(STREAM_BATCH, async () => {
      const begun = await this.stream.begin(
        manager,
        batch.events.map((e) => e.envelope),
      );
      batch.atEnd(STREAM_BATCH, () => begun.finish());
      return begun;
    });
    await derivation.derive(envelope);
  }
}
