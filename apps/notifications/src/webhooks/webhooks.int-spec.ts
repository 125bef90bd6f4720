import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebhookHeaders, signWebhook } from '@nrm/security';
import { serviceSchemaForTest } from '@nrm/service-testing';
import type { ServiceSchema } from '@nrm/service-testing';
import { AgencyRepository } from '../agencies/agency.repository';
import { actorOf, testAgency, testConfig } from '../notifications.test-fixture';
import { service } from '../service';
import { SetWebhookEndpoint } from './commands/set-webhook-endpoint';
import { TestWebhookEndpoint } from './commands/test-webhook-endpoint';
import { OwnWebhookEndpoint } from './queries/own-webhook-endpoint';
import { WebhookEndpointRepository } from './webhook-endpoint.repository';
import { WebhookSender } from './webhook-sender';

describe('webhook endpoints against real PostgreSQL', () => {
  let db: ServiceSchema;
  let setEndpoint: SetWebhookEndpoint;
  let endpoint: OwnWebhookEndpoint;
  let testEndpoint: TestWebhookEndpoint;
  let receiver: Server;
  let receiverUrl: string;
  const received: { headers: Record<string, unknown>; body: string }[] = [];
  const stored = (agencyId: string) =>
    db.dataSource.query(`SELECT url, secret FROM webhook_endpoint WHERE agency_id = $1`, [agencyId]);

  beforeAll(async () => {
    db = await serviceSchemaForTest(service, 'notify_webhooks');
    const endpoints = new WebhookEndpointRepository();
    setEndpoint = new SetWebhookEndpoint(db.dataSource, new AgencyRepository(), endpoints);
    endpoint = new OwnWebhookEndpoint(db.dataSource, endpoints);
    testEndpoint = new TestWebhookEndpoint(db.dataSource, endpoints, new WebhookSender(testConfig()));
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  });

  afterAll(async () => {
    await new Promise((resolve) => receiver.close(resolve));
    await db.close();
  });

  describe('SetWebhookEndpoint', () => {
    it('writes the URL with a new signing secret, shown once, and a new one each time', async () => {
      const agencyId = await testAgency(db.dataSource);
      const admin = actorOf(agencyId, 'administrator');
      const first = await setEndpoint.execute(admin, { url: 'https://hooks.agency.example/nrm' });
      expect(first).toEqual({
        agencyId,
        url: 'https://hooks.agency.example/nrm',
        secret: expect.any(String),
      });
      expect(await stored(agencyId)).toEqual([{ url: first.url, secret: first.secret }]);
      const second = await setEndpoint.execute(admin, { url: 'https://hooks.agency.example/v2' });
      expect(second.secret).not.toBe(first.secret);
      expect(await stored(agencyId)).toEqual([{ url: second.url, secret: second.secret }]);
      expect(await endpoint.execute(admin)).toEqual({ agencyId, url: second.url });
    });

    it('refuses other roles and agencies not in the directory', async () => {
      const agencyId = await testAgency(db.dataSource);
      await expect(
        setEndpoint.execute(actorOf(agencyId, 'supervisor'), { url: 'https://x.example' }),
      ).rejects.toMatchObject({ status: 403 });
      await expect(
        setEndpoint.execute(actorOf('no-such-agency', 'administrator'), { url: 'https://x.example' }),
      ).rejects.toMatchObject({ status: 404 });
      expect(await stored(agencyId)).toEqual([]);
      await expect(endpoint.execute(actorOf(agencyId, 'administrator'))).rejects.toMatchObject({
        status: 404,
      });
    });
  });

  describe('TestWebhookEndpoint', () => {
    it('sends a signed ping in the agency language and reports how the endpoint answered', async () => {
      const agencyId = await testAgency(db.dataSource, { language: 'ar' });
      const admin = actorOf(agencyId, 'administrator');
      const { secret } = await setEndpoint.execute(admin, { url: receiverUrl });
      const result = await testEndpoint.execute(admin);
      expect(result).toEqual({
        url: receiverUrl,
        notificationId: expect.any(String),
        delivered: true,
        durationMs: expect.any(Number),
      });
      const ping = received.find((r) => r.headers[WebhookHeaders.notificationId] === result.notificationId);
      expect(JSON.parse(ping!.body)).toMatchObject({ kind: 'ping', language: 'ar' });
      const timestamp = Number(ping!.headers[WebhookHeaders.timestamp]);
      expect(ping!.headers[WebhookHeaders.signature]).toBe(signWebhook(secret, timestamp, ping!.body));
    });

    it('refuses without an endpoint, and other roles', async () => {
      const agencyId = await testAgency(db.dataSource);
      await expect(testEndpoint.execute(actorOf(agencyId, 'administrator'))).rejects.toMatchObject({
        status: 404,
      });
      await expect(testEndpoint.execute(actorOf(agencyId, 'supervisor'))).rejects.toMatchObject({
        status: 403,
      });
    });
  });
});
