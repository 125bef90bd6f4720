import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import type { InboundEvent } from '@nrm/messaging';
import { AnalyticsStream } from './analytics-stream';
import { SourceEventTypes } from './derive-records';

/** Every lifecycle event the analytics stream is derived from, handled in its inbox transaction. */
@Controller()
export class AnalyticsSourceEvents {
  constructor(private readonly stream: AnalyticsStream) {}

  @EventPattern([...SourceEventTypes])
  async onLifecycleEvent(@Payload() { envelope, manager }: InboundEvent<object>): Promise<void> {
    await this.stream.derive(manager, envelope);
  }
}
