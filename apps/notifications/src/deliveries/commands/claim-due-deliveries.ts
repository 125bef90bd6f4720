import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SERVICE_CONFIG } from '@nrm/service-kit';
import type { NotificationsConfig } from '../../notifications.config';
import { DeliveryRepository } from '../delivery.repository';
import type { ClaimedDelivery } from '../delivery.repository';

/**
 * Claims due deliveries for one attempt each: at most one per agency endpoint, none to the endpoints
 * in flight here. A claim is a lease, well past a send's timeout: a delivery whose process died is
 * due again when it runs out, and two pollers never attempt the same delivery at once.
 */
@Injectable()
export class ClaimDueDeliveries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly deliveries: DeliveryRepository,
    @Inject(SERVICE_CONFIG) private readonly config: NotificationsConfig,
  ) {}

  execute(inFlight: Iterable<string>, limit: number): Promise<ClaimedDelivery[]> {
    const leaseMs = 2 * this.config.WEBHOOK_TIMEOUT_MS + 5000;
    return this.deliveries.claimDue(this.dataSource, { inFlight: [...inFlight], limit, leaseMs });
  }
}
