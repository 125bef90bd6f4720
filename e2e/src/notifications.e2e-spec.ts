import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebhookHeaders } from '@nrm/security';
import { eventually } from '@nrm/testing';
import { TestPlatform } from './support/test-platform';

interface Receiver {
  server: Server;
  url: string;
  ids: string[];
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
  const platform = new TestPlatform('e2e_notify', 4400);
  let slow: Receiver;
  let fast: Receiver;

  beforeAll(async () => {
    slow = await receiver(1500);
    fast = await receiver(0);
    await platform.start();
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
    await platform.stop();
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
});
