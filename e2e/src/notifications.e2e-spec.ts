import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { EnvelopeHeaders, ScreeningOpened, Topics } from '@nrm/contracts';
import { createIdempotentProducer, createKafka } from '@nrm/messaging';
import { WebhookHeaders } from '@nrm/security';
import { eventually, testInfrastructure } from '@nrm/testing';
import { TestPlatform } from './support/test-platform';

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

describe('notifications: one slow endpoint never holds up another (end to end)', () => {
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
  let slow: Receiver;
  let fast: Receiver;

  beforeAll(async () => {
    slow = await receiver(1500);
    fast = await receiver(0);
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const smtpPort = (smtp.server.address() as AddressInfo).port;
    platform = new TestPlatform('e2e_notify', 4400, {
      notifications: { SMTP_URL: `smtp://127.0.0.1:${smtpPort}` },
    });
    await platform.start();
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
});
