import { randomUUID } from 'node:crypto';
import { NotificationDelivered, NotificationFailed } from '@nrm/contracts';
import { serviceSchemaForTest } from '@nrm/service-testing';
import type { ServiceSchema } from '@nrm/service-testing';
import { queueWebhookDelivery, testAgency, testConfig, testLogger } from '../notifications.test-fixture';
import { service } from '../service';
import { ClaimDueDeliveries } from './commands/claim-due-deliveries';
import { RecordDeliveryOutcomes } from './commands/record-delivery-outcomes';
import type { ClaimedDelivery } from './delivery.repository';
import { DeliveryRepository } from './delivery.repository';

describe('the delivery queue against real PostgreSQL', () => {
  let db: ServiceSchema;
  let claim: ClaimDueDeliveries;
  let recordOutcomes: RecordDeliveryOutcomes;
  const config = testConfig({ WEBHOOK_MAX_ATTEMPTS: 2, WEBHOOK_RETRY_BASE_MS: 100 });

  const queue = (agencyId: string, urgent = false) => queueWebhookDelivery(db.dataSource, agencyId, urgent);
  const delivery = async (id: string) =>
    (
      await db.dataSource.query(
        `SELECT status, attempts, last_error, lease FROM delivery WHERE notification_id = $1`,
        [id],
      )
    )[0];
  const attempts = (id: string) =>
    db.dataSource.query(
      `SELECT attempt, outcome, error FROM delivery_attempt WHERE notification_id = $1 ORDER BY attempt`,
      [id],
    );
  const claimOf = async (agencyId: string): Promise<ClaimedDelivery> => {
    const claimed = (await claim.execute([], 100)).filter((d) => d.agency_id === agencyId);
    expect(claimed).toHaveLength(1);
    return claimed[0];
  };

  beforeAll(async () => {
    db = await serviceSchemaForTest(service, 'notify_deliveries');
    const deliveries = new DeliveryRepository();
    claim = new ClaimDueDeliveries(db.dataSource, deliveries, config);
    recordOutcomes = new RecordDeliveryOutcomes(db.dataSource, deliveries, db.outbox, config, testLogger);
  });

  afterAll(() => db.close());

  describe('ClaimDueDeliveries', () => {
    it('leases one due delivery per endpoint, urgent first, with the endpoint, and none to endpoints in flight', async () => {
      const agencyId = await testAgency(db.dataSource, { webhook: true });
      const first = await queue(agencyId);
      const urgent = await queue(agencyId, true);
      const busy = await testAgency(db.dataSource, { webhook: true });
      await queue(busy);
      const claimed = await claim.execute([`webhook:${busy}`], 100);
      expect(claimed.filter((d) => d.agency_id === busy)).toEqual([]);
      const mine = claimed.filter((d) => d.agency_id === agencyId);
      expect(mine).toEqual([
        expect.objectContaining({
          notification_id: urgent,
          channel: 'webhook',
          url: 'http://127.0.0.1:9/hook',
          secret: 's',
          address: null,
          attempts: 0,
          urgent: true,
          more: true,
        }),
      ]);
      expect((await delivery(urgent)).lease).toBe(mine[0].lease);
      expect((await delivery(first)).lease).toBeNull();
      // Leased, it is not due again until the lease runs out.
      expect((await claim.execute([], 100)).filter((d) => d.notification_id === urgent)).toEqual([]);
    });
  });

  describe('RecordDeliveryOutcomes', () => {
    it('records a delivered attempt and appends NotificationDelivered', async () => {
      const agencyId = await testAgency(db.dataSource, { webhook: true });
      const id = await queue(agencyId);
      const d = await claimOf(agencyId);
      expect(
        await recordOutcomes.execute([{ delivery: d, attempt: 1, error: undefined, durationMs: 12 }]),
      ).toBe(undefined);
      expect(await delivery(id)).toEqual({ status: 'delivered', attempts: 1, last_error: null, lease: null });
      expect(await attempts(id)).toEqual([{ attempt: 1, outcome: 'delivered', error: null }]);
      expect(await db.published(NotificationDelivered.type)).toContain(d.case_id);
    });

    it('schedules a retry after a failure, then dead-letters after the last attempt and appends NotificationFailed', async () => {
      const agencyId = await testAgency(db.dataSource, { webhook: true });
      const id = await queue(agencyId);
      const first = await claimOf(agencyId);
      const retryInMs = await recordOutcomes.execute([
        { delivery: first, attempt: 1, error: 'HTTP 503', durationMs: 5 },
      ]);
      expect(retryInMs).toBeGreaterThan(0);
      expect(await delivery(id)).toEqual({
        status: 'pending',
        attempts: 1,
        last_error: 'HTTP 503',
        lease: null,
      });
      await db.dataSource.query(`UPDATE delivery SET next_attempt_at = now() WHERE notification_id = $1`, [
        id,
      ]);
      const second = await claimOf(agencyId);
      await recordOutcomes.execute([{ delivery: second, attempt: 2, error: 'timed out', durationMs: 5 }]);
      expect(await delivery(id)).toMatchObject({
        status: 'dead_lettered',
        attempts: 2,
        last_error: 'timed out',
      });
      expect(await attempts(id)).toEqual([
        { attempt: 1, outcome: 'failed', error: 'HTTP 503' },
        { attempt: 2, outcome: 'failed', error: 'timed out' },
      ]);
      expect(await db.published(NotificationFailed.type)).toContain(first.case_id);
    });

    it('records nothing for an attempt whose lease is no longer held', async () => {
      const agencyId = await testAgency(db.dataSource, { webhook: true });
      const id = await queue(agencyId);
      const d = await claimOf(agencyId);
      await recordOutcomes.execute([
        { delivery: { ...d, lease: randomUUID() }, attempt: 1, error: undefined, durationMs: 1 },
      ]);
      expect(await delivery(id)).toMatchObject({ status: 'pending', attempts: 0, lease: d.lease });
      expect(await attempts(id)).toEqual([]);
      expect(await db.published(NotificationDelivered.type)).not.toContain(d.case_id);
    });
  });
});
