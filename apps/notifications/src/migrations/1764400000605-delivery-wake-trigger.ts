import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createWakeTrigger, dropWakeTrigger } from '@nrm/persistence';

/**
 * Wakes the delivery poller from the table itself: a statement that queues deliveries notifies the
 * poller's channel (`wakeChannel('delivery', schema)`) at commit, so queueing costs no round trip.
 */
export class DeliveryWakeTrigger1764400000605 implements MigrationInterface {
  name = 'DeliveryWakeTrigger1764400000605';

  async up(q: QueryRunner): Promise<void> {
    await createWakeTrigger(q, 'delivery', 'delivery');
  }

  async down(q: QueryRunner): Promise<void> {
    await dropWakeTrigger(q, 'delivery', 'delivery');
  }
}
