import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';
import {
  EnvelopeHeaders,
  NotificationDispatched,
  NotificationFailed,
  ScreeningOpened,
  Topics,
} from '@nrm/contracts';
import { createIdempotentProducer, createKafka } from '@nrm/messaging';
import { WebhookHeaders } from '@nrm/security';
import { eventually, testInfrastructure } from '@nrm/testing';
import { TestPlatform } from './support/test-platform';
import { payload } from './support/events';

interface Receiver {
  server: Server;
  url: string;
  ids: string[];
}

/** The base64 bodies of a MIME message, decoded. */
function decodeBodies(raw: string): string {
  const parts = [...raw.matchAll(/Content-Transfer-Encoding: base64\r?\n\r?\n([A-Za-z0-9+/=\r\n]+)/g)];
  return parts.map((m) => Buffer.from(m[1].replace(/\s+/g, ''), 'base64').toString('utf8')).join('\n');
}

/** A webhook receiver that answers 204 after `delayMs`. */
async function receiver(delayMs: number): Promise<Receiver> {
  const ids: string[] = [];
  const server = createServer((req, res) => {
    ids.push(String(req.headers[WebhookHeaders.notificationId]));
    req.resume();
    setTimeout(() => res.writeHead(204).end(), delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, ids, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook` };
}

const CA = 'kw-nrm-competent-authority';
const SHELTER = 'kw-shelter-gov';
const POLICE = 'kw-moi-police';

describe('notifications: channels, routing, read state and digests (end to end)', () => {
  const mails: { to: string[]; raw: string }[] = [];
  // A real SMTP server, in process: the service sends through it and the test reads what arrived.
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  let platform: TestPlatform;
  const db = new Client({ connectionString: testInfrastructure().databaseUrl });
  let slow: Receiver;
  let fast: Receiver;

  beforeAll(async () => {
    slow = await receiver(1500);
    fast = await receiver(0);
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const smtpPort = (smtp.server.address() as AddressInfo).port;
    platform = new TestPlatform(
      'e2e_notify',
      4400,
      {
        notifications: {
          SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
          WEBHOOK_MAX_ATTEMPTS: '3',
          // Digests are owed from local midnight; the test moves notifications into yesterday.
          DIGEST_LOCAL_TIME: '00:00',
          DIGEST_CHECK_INTERVAL_MS: '300',
        },
      },
      undefined,
      { ownProcesses: ['notifications'] },
    );
    await platform.start();
    await db.connect();
    const shelterAdmin = await platform.token('administrator', 'kw-shelter-gov');
    const email = await platform.api('PUT', '/api/v1/agency/email', {
      token: shelterAdmin,
      body: { address: 'desk@shelter.example' },
    });
    expect(email.status).toBe(200);
    const badEmail = await platform.api('PUT', '/api/v1/agency/email', {
      token: shelterAdmin,
      body: { address: 'not-an-address' },
    });
    expect(badEmail.status).toBe(400);
    for (const [agencyId, r] of [
      ['kw-nrm-competent-authority', slow],
      ['kw-shelter-gov', fast],
    ] as const) {
      const admin = await platform.token('administrator', agencyId);
      expect(
        (await platform.api('PUT', '/api/v1/agency/webhook', { token: admin, body: { url: r.url } })).status,
      ).toBe(200);
    }
  });

  afterAll(async () => {
    await db.end();
    await platform?.stop();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    for (const r of [slow, fast]) await new Promise((resolve) => r?.server.close(resolve));
  });

  it('delivers every alert to a fast endpoint while a slow one is still working through its queue', async () => {
    const police = await platform.token('first_responder', 'kw-moi-police');
    const today = new Date().toISOString().slice(0, 10);
    for (let i = 0; i < 10; i += 1) {
      const res = await platform.api('POST', '/api/v1/referrals', {
        token: police,
        body: {
          channel: 'police',
          encounter: { date: today, place: 'Sulaibiya' },
          person: {
            names: { latin: `Urgent Person ${'abcdefghij'[i]}` },
            sex: 'female',
            nationalities: ['ET'],
          },
          exploitationTypes: ['domestic_servitude'],
          immediateRisks: ['danger_to_life'],
          interpreter: { needed: false },
          consent: { referral: true, language: 'en' },
        },
      });
      expect(res.status).toBe(201);
    }
    // Both agencies are alerted of all ten urgent risks; the slow endpoint takes 1.5 s per delivery.
    await eventually(() => expect(new Set(fast.ids).size).toBe(10), 30_000);
    expect(slow.ids.length).toBeLessThan(10);
    await eventually(() => expect(new Set(slow.ids).size).toBe(10), 60_000);
    expect(slow.ids.length).toBe(10); // one attempt each: no retries, no doubles
  });

  it('e-mails the same alerts to the agency mailbox, one message per notification, without personal data', async () => {
    await eventually(() => expect(mails).toHaveLength(10), 30_000);
    const ids = mails.map((m) => /X-NRM-Notification-Id: (\S+)/i.exec(m.raw)?.[1]);
    expect(new Set(ids)).toEqual(new Set(fast.ids));
    for (const mail of mails) {
      expect(mail.to).toEqual(['desk@shelter.example']);
      expect(mail.raw).toMatch(/^Importance: High/m);
      const text = decodeBodies(mail.raw);
      expect(text).toContain('KW-'); // the case reference, in the agency's language (Arabic here)
      expect(text).not.toContain('Urgent Person');
    }
  });

  it('survives a redelivered event and a kill mid-send: one notification, every attempt with its id', async () => {
    // The police webhook hangs on its first call, long enough to kill the service during it.
    const calls: string[] = [];
    const hanging = createServer((req, res) => {
      calls.push(String(req.headers[WebhookHeaders.notificationId]));
      req.resume();
      setTimeout(() => res.writeHead(204).end(), calls.length === 1 ? 10_000 : 0);
    });
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    try {
      const admin = await platform.token('administrator', 'kw-moi-police');
      const url = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}/hook`;
      expect(
        (await platform.api('PUT', '/api/v1/agency/webhook', { token: admin, body: { url } })).status,
      ).toBe(200);

      const police = await platform.token('first_responder', 'kw-moi-police');
      const created = await platform.api('POST', '/api/v1/referrals', {
        token: police,
        body: {
          channel: 'police',
          encounter: { date: new Date().toISOString().slice(0, 10), place: 'Shuwaikh' },
          person: {
            names: { latin: 'Killed Midsend' },
            sex: 'male',
            nationalities: ['IN'],
            dateOfBirth: '1980-01-01',
          },
          exploitationTypes: ['forced_labour'],
          immediateRisks: [],
          interpreter: { needed: false },
          consent: { referral: true, language: 'en' },
        },
      });
      const { caseId } = created.body;
      await eventually(() => expect(calls).toHaveLength(1), 30_000);
      // Killed while the webhook call is in flight; its transaction never commits.
      await platform.restart('notifications', async () => undefined, 'SIGKILL');
      await eventually(() => expect(calls.length).toBeGreaterThanOrEqual(2), 30_000);

      // The same event delivered again changes nothing.
      const original = platform.observer
        .on(platform.topic(Topics.identificationScreening))
        .find((m) => m.key === caseId && m.headers[EnvelopeHeaders.type] === ScreeningOpened.type);
      expect(original).toBeDefined();
      const kafka = createKafka({
        brokers: testInfrastructure().brokers.split(','),
        clientId: 'e2e-redeliver',
        topicPrefix: '',
      });
      const producer = createIdempotentProducer(kafka);
      await producer.connect();
      await producer.send({
        topic: platform.topic(Topics.identificationScreening),
        messages: [
          { key: original?.key ?? null, value: original?.value ?? null, headers: original?.headers },
        ],
      });
      await producer.disconnect();
      await new Promise((resolve) => setTimeout(resolve, 1500));

      const inbox = await platform.api('GET', '/api/v1/inbox', { token: police });
      const items = inbox.body.items.filter(
        (i: { caseId: string; eventType: string }) => i.caseId === caseId,
      );
      expect(items).toHaveLength(1);
      expect(new Set(calls)).toEqual(new Set([items[0].notificationId]));
    } finally {
      await new Promise((resolve) => hanging.close(resolve));
    }
  });

  const dispatched = () =>
    platform.observer
      .on(platform.topic(Topics.notificationsDelivery))
      .filter((m) => m.headers[EnvelopeHeaders.type] === NotificationDispatched.type)
      .map(payload);
  const reasons = 'Account consistent; indicators of deception documented by the referring officer.';

  async function refer(name: string): Promise<string> {
    const police = await platform.token('first_responder', POLICE);
    const created = await platform.api('POST', '/api/v1/referrals', {
      token: police,
      body: {
        channel: 'police',
        encounter: { date: new Date().toISOString().slice(0, 10), place: 'Farwaniya' },
        person: { names: { latin: name }, sex: 'female', nationalities: ['NP'], dateOfBirth: '1994-03-03' },
        exploitationTypes: ['domestic_servitude'],
        immediateRisks: [],
        interpreter: { needed: false },
        consent: { referral: true, language: 'en' },
      },
    });
    expect(created.status).toBe(201);
    const caseId = created.body.caseId as string;
    await eventually(() =>
      expect(
        platform.observer
          .on(platform.topic(Topics.identificationScreening))
          .some((m) => m.key === caseId && m.headers[EnvelopeHeaders.type] === ScreeningOpened.type),
      ).toBe(true),
    );
    return caseId;
  }

  async function inbox(token: string, query: string) {
    const res = await platform.api('GET', `/api/v1/inbox${query}`, { token });
    expect(res.status).toBe(200);
    return res.body as {
      unreadCount: number;
      items: {
        notificationId: string;
        kind: string;
        body: string;
        title: string;
        readAt: string | null;
        urgent: boolean;
      }[];
    };
  }

  describe('a screening deadline approaching, then breached, in the agency calendar; each user reads alone', () => {
    type InboxItem = Awaited<ReturnType<typeof inbox>>['items'][number];
    let caseId: string;
    let deadlines: string;
    let officer: string;
    let supervisor: string;
    let approaching: InboxItem;
    let breached: InboxItem;

    it('refuses unknown agency preferences field by field, and keeps a language and a calendar', async () => {
      const admin = await platform.token('administrator', CA);
      const badPreferences = await platform.api('PUT', '/api/v1/agency/preferences', {
        token: admin,
        body: { language: 'fr', calendar: 'julian' },
      });
      expect(badPreferences.status).toBe(400);
      expect(badPreferences.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'calendar',
        'language',
      ]);
      const preferences = await platform.api('PUT', '/api/v1/agency/preferences', {
        token: admin,
        body: { language: 'en', calendar: 'islamic-umalqura' },
      });
      expect(preferences.body).toEqual({ agencyId: CA, language: 'en', calendar: 'islamic-umalqura' });
    });

    it("tells the officer of an approaching deadline in the agency's Hijri calendar, not yet the supervisor", async () => {
      caseId = await refer('Deadline Testperson');
      deadlines = `"${platform.schemaPrefix}identification".deadline`;
      officer = await platform.token('identification_officer', CA);
      supervisor = await platform.token('supervisor', CA);
      await db.query(
        `UPDATE ${deadlines} SET due_on = current_date + 1 WHERE case_id = $1 AND kind = 'preliminary_decision'`,
        [caseId],
      );
      approaching = await eventually(async () => {
        const item = (await inbox(officer, `?caseId=${caseId}`)).items.find(
          (i) => i.kind === 'deadline_approaching',
        );
        expect(item).toBeDefined();
        return item!;
      }, 30_000);
      expect(approaching.body).toMatch(/ is due on \d{1,2} .+ \d{4} AH\.$/); // the Hijri calendar, in English
      expect((await inbox(supervisor, `?caseId=${caseId}`)).items.map((i) => i.kind)).not.toContain(
        'deadline_approaching',
      );
    });

    it('tells the supervisor too once the deadline is breached, as urgent', async () => {
      await db.query(
        `UPDATE ${deadlines} SET due_on = current_date - 2 WHERE case_id = $1 AND kind = 'preliminary_decision'`,
        [caseId],
      );
      breached = await eventually(async () => {
        const item = (await inbox(supervisor, `?caseId=${caseId}`)).items.find(
          (i) => i.kind === 'deadline_breached',
        );
        expect(item).toBeDefined();
        return item!;
      }, 30_000);
      expect(breached.urgent).toBe(true);
      const officerView = await inbox(officer, `?caseId=${caseId}`);
      expect(officerView.items.map((i) => i.kind).sort()).toEqual([
        'deadline_approaching',
        'deadline_breached',
      ]);
      expect(officerView.unreadCount).toBe(2);
    });

    it('keeps read state per user, and only for notifications addressed to them', async () => {
      // Read state is per user: the officer reads the breach; the supervisor and a second officer have not.
      const read = await platform.api('POST', `/api/v1/inbox/${breached.notificationId}/read`, {
        token: officer,
      });
      expect(read.status).toBe(204);
      const unread = await inbox(officer, `?caseId=${caseId}&unread=true`);
      expect(unread.items.map((i) => i.kind)).toEqual(['deadline_approaching']);
      expect(unread.unreadCount).toBe(1);
      expect((await inbox(supervisor, `?caseId=${caseId}`)).items[0].readAt).toBeNull();
      const secondOfficer = await platform.token('identification_officer', CA, `${CA}.officer-2`);
      expect((await inbox(secondOfficer, `?caseId=${caseId}&unread=true`)).items).toHaveLength(2);
      // Not addressed to the supervisor: not in their inbox, so not theirs to mark.
      const notTheirs = await platform.api('POST', `/api/v1/inbox/${approaching.notificationId}/read`, {
        token: supervisor,
      });
      expect(notTheirs.status).toBe(404);
      expect((await platform.api('GET', '/api/v1/inbox?unread=maybe', { token: officer })).status).toBe(400);
    });

    it('dispatches the breach to the inbox and webhook of the roles it concerns', async () => {
      await eventually(() =>
        expect(dispatched().find((d) => d.notificationId === breached.notificationId)).toEqual({
          notificationId: breached.notificationId,
          caseId,
          recipientAgencyId: CA,
          kind: 'deadline_breached',
          audienceRoles: ['identification_officer', 'supervisor'],
          channels: ['inbox', 'webhook'],
          urgent: true,
        }),
      );
    });
  });

  describe('an agency choosing who hears what, never silencing urgent risks or breached deadlines', () => {
    let admin: string;
    let supervisor: string;
    let responder: string;
    const quiet = { enabled: true, roles: ['supervisor'], channels: [] };
    beforeAll(async () => {
      admin = await platform.token('administrator', POLICE);
      supervisor = await platform.token('supervisor', POLICE);
      responder = await platform.token('first_responder', POLICE);
    });

    it("shows the agency's subscriptions to its supervisor, and lets only its administrator change one", async () => {
      const listed = await platform.api('GET', '/api/v1/agency/subscriptions', { token: supervisor });
      expect(listed.status).toBe(200);
      expect(listed.body.subscriptions.find((s: { kind: string }) => s.kind === 'referral_received')).toEqual(
        {
          kind: 'referral_received',
          mandatory: false,
          customised: false,
          enabled: true,
          roles: ['first_responder', 'supervisor'],
          channels: ['webhook', 'email'],
        },
      );
      expect((await platform.api('GET', '/api/v1/agency/subscriptions', { token: responder })).status).toBe(
        403,
      );
      expect(
        (
          await platform.api('PUT', '/api/v1/agency/subscriptions/referral_received', {
            token: supervisor,
            body: quiet,
          })
        ).status,
      ).toBe(403);
      const changed = await platform.api('PUT', '/api/v1/agency/subscriptions/referral_received', {
        token: admin,
        body: quiet,
      });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({ customised: true, roles: ['supervisor'], channels: [] });
    });

    it('refuses to silence breached deadlines, an unknown kind, and settings that make no sense, field by field', async () => {
      const silenced = await platform.api('PUT', '/api/v1/agency/subscriptions/deadline_breached', {
        token: admin,
        body: { enabled: false, roles: [], channels: [] },
      });
      expect(silenced.status).toBe(400);
      expect(silenced.body.errors).toEqual([
        { field: 'enabled', message: 'deadline_breached notifications cannot be switched off' },
      ]);
      const unknownKind = await platform.api('PUT', '/api/v1/agency/subscriptions/gossip', {
        token: admin,
        body: quiet,
      });
      expect(unknownKind.status).toBe(404);
      expect(unknownKind.contentType).toContain('application/problem+json');
      const nonsense = await platform.api('PUT', '/api/v1/agency/subscriptions/referral_received', {
        token: admin,
        body: { enabled: 'yes', roles: ['wizard'], channels: ['fax'] },
      });
      expect(nonsense.status).toBe(400);
      expect(nonsense.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'channels',
        'enabled',
        'roles',
      ]);
    });

    it('announces a referral to supervisors only now, while its outcome still reaches the first responder', async () => {
      // The referral is announced to supervisors only now; its outcome still reaches the first responder.
      const caseId = await refer('Routing Testperson');
      const officer = await platform.token('identification_officer', CA);
      const decided = await platform.api('POST', `/api/v1/screenings/${caseId}/preliminary-decision`, {
        token: officer,
        body: { outcome: 'negative', reasons },
      });
      expect(decided.status).toBe(201);
      // Both events share the case's partition: once the outcome is in, the announcement was handled.
      await eventually(async () =>
        expect((await inbox(responder, `?caseId=${caseId}`)).items.map((i) => i.kind)).toEqual([
          'referral_outcome',
        ]),
      );
      expect((await inbox(supervisor, `?caseId=${caseId}`)).items.map((i) => i.kind).sort()).toEqual([
        'referral_outcome',
        'referral_received',
      ]);
    });

    it('resets a subscription to the default', async () => {
      const reset = await platform.api('DELETE', '/api/v1/agency/subscriptions/referral_received', {
        token: admin,
      });
      expect(reset.status).toBe(200);
      expect(reset.body).toMatchObject({ customised: false, roles: ['first_responder', 'supervisor'] });
    });
  });

  it('tests a webhook on demand and shows each agency its deliveries with every attempt', async () => {
    const shelterAdmin = await platform.token('administrator', SHELTER);
    const ping = await platform.api('POST', '/api/v1/agency/webhook/test', { token: shelterAdmin });
    expect(ping.status).toBe(200);
    expect(ping.body).toMatchObject({ url: fast.url, delivered: true });
    expect(fast.ids).toContain(ping.body.notificationId);

    // The police endpoint from the kill test is gone: the ping says so, and deliveries dead-letter.
    const policeAdmin = await platform.token('administrator', POLICE);
    const failedPing = await platform.api('POST', '/api/v1/agency/webhook/test', { token: policeAdmin });
    expect(failedPing.body).toMatchObject({ delivered: false, error: 'connection failed' });
    const iomAdmin = await platform.token('administrator', 'iom-kuwait');
    expect((await platform.api('POST', '/api/v1/agency/webhook/test', { token: iomAdmin })).status).toBe(404);
    const responder = await platform.token('first_responder', POLICE);
    expect((await platform.api('POST', '/api/v1/agency/webhook/test', { token: responder })).status).toBe(
      403,
    );

    const shelterSupervisor = await platform.token('supervisor', SHELTER);
    const history = await platform.api('GET', '/api/v1/agency/deliveries?channel=webhook&limit=200', {
      token: shelterSupervisor,
    });
    expect(history.status).toBe(200);
    expect(history.body.items).toHaveLength(10);
    for (const item of history.body.items) {
      expect(item).toMatchObject({
        channel: 'webhook',
        status: 'delivered',
        kind: 'urgent_risk',
        urgent: true,
      });
      expect(item.attempts).toEqual([
        expect.objectContaining({ attempt: 1, outcome: 'delivered', error: null }),
      ]);
    }

    const policeSupervisor = await platform.token('supervisor', POLICE);
    const dead = await eventually(async () => {
      const res = await platform.api('GET', '/api/v1/agency/deliveries?status=dead_lettered', {
        token: policeSupervisor,
      });
      expect(res.body.items.length).toBeGreaterThan(0);
      return res.body.items[0];
    }, 30_000);
    expect(dead.attempts.map((a: { outcome: string; error: string }) => [a.outcome, a.error])).toEqual([
      ['failed', 'connection failed'],
      ['failed', 'connection failed'],
      ['failed', 'connection failed'],
    ]);
    await eventually(() =>
      expect(
        platform.observer
          .on(platform.topic(Topics.notificationsDelivery))
          .filter((m) => m.headers[EnvelopeHeaders.type] === NotificationFailed.type)
          .map(payload)
          .some((f) => f.notificationId === dead.notificationId && f.attempts === 3),
      ).toBe(true),
    );
    for (const bad of ['status=lost', 'channel=pigeon', 'limit=0']) {
      const res = await platform.api('GET', `/api/v1/agency/deliveries?${bad}`, { token: policeSupervisor });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].field).toBe(bad.split('=')[0]);
    }
  });

  it('composes one daily digest per agency for the day before, in its language, also across a restart', async () => {
    await db.query(
      `UPDATE "${platform.schemaPrefix}notifications".notification SET created_at = created_at - interval '1 day'
        WHERE recipient_agency_id = $1`,
      [SHELTER],
    );
    const supervisor = await platform.token('supervisor', SHELTER);
    const digest = await eventually(async () => {
      const item = (await inbox(supervisor, '')).items.find((i) => i.kind === 'daily_digest');
      expect(item).toBeDefined();
      return item!;
    }, 30_000);
    expect(digest.title).toMatch(/^الملخص اليومي: /); // the shelter reads Arabic
    expect(digest.body).toContain('تنبيهات خطر عاجل: 10');
    const caseWorker = await platform.token('protection_case_worker', SHELTER);
    expect((await inbox(caseWorker, '')).items.map((i) => i.kind)).not.toContain('daily_digest');
    const digestMails = () => mails.filter((m) => m.raw.includes(digest.notificationId));
    await eventually(() => expect(digestMails()).toHaveLength(1), 30_000);

    await platform.restart('notifications');
    await new Promise((resolve) => setTimeout(resolve, 1500)); // several digest passes
    const rows = await db.query(
      `SELECT count(*)::int AS n FROM "${platform.schemaPrefix}notifications".digest WHERE agency_id = $1`,
      [SHELTER],
    );
    expect(rows.rows[0].n).toBe(1);
    expect((await inbox(supervisor, '')).items.filter((i) => i.kind === 'daily_digest')).toHaveLength(1);
    expect(digestMails()).toHaveLength(1);
  });

  // Last in this file: the alert is a notification of its own, which the counts above do not expect.
  it("tells an agency's administrators and supervisors when one of its users is refused again and again", async () => {
    const userId = `iom-kuwait.analyst-${randomUUID().slice(0, 8)}`;
    const analyst = await platform.token('analyst', 'iom-kuwait', userId);
    // Analysts read statistics, not cases: more refusals in a minute than SECURITY_ALERT_DENIALS_PER_MINUTE (20).
    // The gateway counts in clock minutes: the burst starts early enough in one to fit in it whole.
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 40_000) await new Promise((resolve) => setTimeout(resolve, 60_100 - intoMinute));
    for (let i = 0; i < 25; i += 1) {
      expect((await platform.api('GET', `/api/v1/cases/${randomUUID()}`, { token: analyst })).status).toBe(
        403,
      );
    }
    const alertsFor = async (role: 'administrator' | 'supervisor' | 'analyst') => {
      const token = await platform.token(role, 'iom-kuwait');
      const answer = await platform.api('GET', '/api/v1/inbox', { token });
      return (answer.body.items as { kind: string; body: string; urgent: boolean }[]).filter(
        (i) => i.kind === 'security_alert',
      );
    };
    const [alert] = await eventually(async () => {
      const found = await alertsFor('administrator');
      expect(found).toHaveLength(1); // one per user and minute, however many refusals follow
      return found;
    }, 20_000);
    expect(alert).toMatchObject({ urgent: true });
    expect(alert?.body).toContain(userId);
    expect(await alertsFor('supervisor')).toHaveLength(1);
    expect(await alertsFor('analyst')).toHaveLength(0);
  });
});
