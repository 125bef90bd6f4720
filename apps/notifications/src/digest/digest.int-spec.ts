import { randomUUID } from 'node:crypto';
import { NotificationDispatched } from '@nrm/contracts';
import { serviceSchemaForTest } from '@nrm/service-testing';
import type { ServiceSchema } from '@nrm/service-testing';
import { EmailSender } from '../email/email-sender';
import { RecordNotification } from '../inbox/commands/record-notification';
import { NotificationRepository } from '../inbox/notification.repository';
import { seedForTest, testAgency, testConfig, testLogger } from '../notifications.test-fixture';
import { RoutingRepository } from '../routing/routing.repository';
import { service } from '../service';
import { ComposeDailyDigests } from './commands/compose-daily-digests';
import { DigestRepository } from './digest.repository';

describe('daily digests against real PostgreSQL', () => {
  let db: ServiceSchema;
  let compose: ComposeDailyDigests;
  // 07:30 in Kuwait on 5 December: the digest dated the 5th, covering the 4th, is owed.
  const now = new Date('2026-12-05T04:30:00Z');

  /** A notification to the agency at `at`. */
  async function notified(
    agencyId: string,
    kind: string,
    at: string,
    caseReference = 'KW-2026-DIGEST',
  ): Promise<void> {
    await db.dataSource.query(
      `INSERT INTO notification (notification_id, event_id, event_type, kind, case_id, case_reference,
         recipient_agency_id, language, title, body, created_at)
       VALUES ($1, $2, 'test', $3, $4, $5, $6, 'en', 'title', 'body', $7)`,
      [randomUUID(), randomUUID(), kind, randomUUID(), caseReference, agencyId, at],
    );
  }

  beforeAll(async () => {
    db = await serviceSchemaForTest(service, 'notify_digest');
    await seedForTest(db.dataSource);
    const config = testConfig({ JURISDICTION_TIME_ZONE: 'Asia/Kuwait', DIGEST_LOCAL_TIME: '07:00' });
    const record = new RecordNotification(
      new EmailSender(config),
      new RoutingRepository(),
      new NotificationRepository(),
      db.outbox,
      testLogger,
    );
    compose = new ComposeDailyDigests(db.dataSource, new DigestRepository(), record, config);
  });

  afterAll(() => db.close());

  describe('ComposeDailyDigests', () => {
    it('writes one digest per agency notified the day before, with its notification, once', async () => {
      const agencyId = await testAgency(db.dataSource);
      await notified(agencyId, 'hearing', '2026-12-04T08:00:00+03:00');
      await notified(agencyId, 'deadline_breached', '2026-12-04T23:30:00+03:00', 'KW-2026-LATE02');
      await notified(agencyId, 'deadline_breached', '2026-12-04T00:10:00+03:00', 'KW-2026-LATE01');
      // Outside the covered local day.
      await notified(agencyId, 'hearing', '2026-12-03T23:59:00+03:00');
      await notified(agencyId, 'hearing', '2026-12-05T00:01:00+03:00');
      expect(await compose.execute(now)).toBeGreaterThanOrEqual(1);
      const [digest] = await db.dataSource.query(
        `SELECT to_char(digest_date, 'YYYY-MM-DD') AS day, notifications_covered, notification_id FROM digest WHERE agency_id = $1`,
        [agencyId],
      );
      expect(digest).toEqual({
        day: '2026-12-05',
        notifications_covered: 3,
        notification_id: expect.any(String),
      });
      const [notification] = await db.dataSource.query(
        `SELECT kind, body FROM notification WHERE notification_id = $1`,
        [digest.notification_id],
      );
      expect(notification.kind).toBe('daily_digest');
      expect(notification.body).toContain('KW-2026-LATE01, KW-2026-LATE02');
      expect(await db.published(NotificationDispatched.type)).toContain(digest.notification_id);
      // Composed once: a second pass finds nothing owed for the agency.
      expect(await compose.execute(now)).toBe(0);
    });

    it('composes nothing before the digest time', async () => {
      const agencyId = await testAgency(db.dataSource);
      await notified(agencyId, 'hearing', '2026-12-05T08:00:00+03:00');
      expect(await compose.execute(new Date('2026-12-06T03:59:00Z'))).toBe(0);
      expect(await db.dataSource.query(`SELECT 1 FROM digest WHERE agency_id = $1`, [agencyId])).toEqual([]);
    });
  });
});
