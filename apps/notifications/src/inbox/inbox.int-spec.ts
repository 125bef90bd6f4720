import { randomUUID } from 'node:crypto';
import { NotificationDispatched } from '@nrm/contracts';
import { serviceSchemaForTest } from '@nrm/service-testing';
import type { ServiceSchema } from '@nrm/service-testing';
import { EmailSender } from '../email/email-sender';
import { actorOf, seedForTest, testAgency, testConfig, testLogger } from '../notifications.test-fixture';
import { RoutingRepository } from '../routing/routing.repository';
import { service } from '../service';
import { MarkNotificationRead } from './commands/mark-notification-read';
import { RecordNotification } from './commands/record-notification';
import type { NotificationRequest } from './commands/record-notification';
import { ReportSecurityAlert } from './commands/report-security-alert';
import { NotificationRepository } from './notification.repository';
import { InboxItems } from './queries/inbox-items';

describe('the inbox against real PostgreSQL', () => {
  let db: ServiceSchema;
  let record: RecordNotification;
  let reportAlert: ReportSecurityAlert;
  let markRead: MarkNotificationRead;
  let inbox: InboxItems;

  const request = (recipientAgencyId: string, eventId = randomUUID()): NotificationRequest => ({
    eventId,
    eventType: 'nrm.identification.screening-opened',
    kind: 'referral_received',
    caseId: randomUUID(),
    caseReference: 'KW-2026-INBOX1',
    recipientAgencyId,
    render: ({ language }) => ({ title: `title ${language}`, body: `body ${language}` }),
  });
  const notifications = (agencyId: string) =>
    db.dataSource.query(
      `SELECT notification_id, kind, audience_roles, language, title, urgent FROM notification WHERE recipient_agency_id = $1`,
      [agencyId],
    );
  const deliveries = (agencyId: string) =>
    db.dataSource.query(
      `SELECT channel, status, urgent FROM delivery WHERE agency_id = $1 ORDER BY channel`,
      [agencyId],
    );

  beforeAll(async () => {
    db = await serviceSchemaForTest(service, 'notify_inbox');
    await seedForTest(db.dataSource);
    const notificationRepository = new NotificationRepository();
    // E-mail is off (no SMTP_URL): only the webhook channel is queued.
    record = new RecordNotification(
      new EmailSender(testConfig()),
      new RoutingRepository(),
      notificationRepository,
      db.outbox,
      testLogger,
    );
    reportAlert = new ReportSecurityAlert(db.dataSource, record);
    markRead = new MarkNotificationRead(db.dataSource, notificationRepository);
    inbox = new InboxItems(db.dataSource, notificationRepository);
  });

  afterAll(() => db.close());

  describe('RecordNotification', () => {
    it('writes the notification in the agency language for the routed roles, queues it and appends the event, once', async () => {
      const agencyId = await testAgency(db.dataSource, { language: 'ar', webhook: true });
      const event = request(agencyId);
      const id = await db.dataSource.transaction((m) => record.execute(m, event));
      expect(await notifications(agencyId)).toEqual([
        {
          notification_id: id,
          kind: 'referral_received',
          audience_roles: ['first_responder', 'supervisor'],
          language: 'ar',
          title: 'title ar',
          urgent: false,
        },
      ]);
      expect(await deliveries(agencyId)).toEqual([{ channel: 'webhook', status: 'pending', urgent: false }]);
      expect(await db.published(NotificationDispatched.type)).toContain(event.caseId);
      // The same event again changes nothing and appends nothing.
      const before = (await db.published(NotificationDispatched.type)).length;
      expect(await db.dataSource.transaction((m) => record.execute(m, event))).toBeUndefined();
      expect(await notifications(agencyId)).toHaveLength(1);
      expect(await deliveries(agencyId)).toHaveLength(1);
      expect(await db.published(NotificationDispatched.type)).toHaveLength(before);
    });

    it('writes nothing for an agency not in the directory, or one that switched the kind off', async () => {
      expect(
        await db.dataSource.transaction((m) => record.execute(m, request('no-such-agency'))),
      ).toBeUndefined();
      const agencyId = await testAgency(db.dataSource);
      await db.dataSource.query(
        `INSERT INTO subscription (agency_id, kind, enabled, roles, channels, updated_by)
         VALUES ($1, 'referral_received', false, '{}', '{}', 'admin')`,
        [agencyId],
      );
      expect(await db.dataSource.transaction((m) => record.execute(m, request(agencyId)))).toBeUndefined();
      expect(await notifications(agencyId)).toEqual([]);
    });
  });

  describe('ReportSecurityAlert', () => {
    const alert = {
      kind: 'denied_burst' as const,
      userId: 'user-7',
      role: 'analyst' as const,
      refusedInMinute: 31,
      windowStartedAt: '2026-12-04T09:15:00.000Z',
    };

    it('writes one urgent alert per user and minute, queued on the webhook', async () => {
      const agencyId = await testAgency(db.dataSource, { webhook: true });
      const admin = actorOf(agencyId, 'administrator');
      const id = await reportAlert.execute(admin, alert);
      expect(id).toEqual(expect.any(String));
      expect(await reportAlert.execute(admin, alert)).toBeUndefined();
      expect(await notifications(agencyId)).toEqual([
        expect.objectContaining({ notification_id: id, kind: 'security_alert', urgent: true }),
      ]);
      expect(await deliveries(agencyId)).toEqual([{ channel: 'webhook', status: 'pending', urgent: true }]);
      expect(await db.published(NotificationDispatched.type)).toContain(id);
    });

    it('refuses any role but the administrator', async () => {
      const agencyId = await testAgency(db.dataSource);
      await expect(reportAlert.execute(actorOf(agencyId, 'supervisor'), alert)).rejects.toMatchObject({
        status: 403,
      });
      expect(await notifications(agencyId)).toEqual([]);
    });
  });

  describe('MarkNotificationRead', () => {
    it("writes the user's read state, once, and the inbox shows it", async () => {
      const agencyId = await testAgency(db.dataSource);
      const id = (await db.dataSource.transaction((m) => record.execute(m, request(agencyId)))) as string;
      const reader = actorOf(agencyId, 'supervisor');
      expect(await inbox.execute(reader, undefined, 'true')).toMatchObject({ unreadCount: 1 });
      await markRead.execute(reader, id);
      await markRead.execute(reader, id);
      expect(
        await db.dataSource.query(`SELECT user_id FROM notification_read WHERE notification_id = $1`, [id]),
      ).toEqual([{ user_id: reader.userId }]);
      const { items, unreadCount } = await inbox.execute(reader, undefined, undefined);
      expect(unreadCount).toBe(0);
      expect(items).toEqual([expect.objectContaining({ notificationId: id, readAt: expect.any(String) })]);
      // Read state is per user.
      expect(await inbox.execute(actorOf(agencyId, 'first_responder'), undefined, 'true')).toMatchObject({
        unreadCount: 1,
      });
    });

    it('refuses a notification not addressed to the reader, writing nothing', async () => {
      const agencyId = await testAgency(db.dataSource);
      const id = (await db.dataSource.transaction((m) => record.execute(m, request(agencyId)))) as string;
      // referral_received goes to first responders and supervisors, not to analysts, nor another agency.
      await expect(markRead.execute(actorOf(agencyId, 'analyst'), id)).rejects.toMatchObject({ status: 404 });
      await expect(markRead.execute(actorOf('kw-moi-police', 'supervisor'), id)).rejects.toMatchObject({
        status: 404,
      });
      expect(
        await db.dataSource.query(`SELECT user_id FROM notification_read WHERE notification_id = $1`, [id]),
      ).toEqual([]);
    });
  });
});
