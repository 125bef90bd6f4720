import type { DataSource } from 'typeorm';
import { OutboxWriter } from '@nrm/messaging';
import { createServiceDataSource } from '@nrm/persistence';
import { serviceMigrations } from '@nrm/service-kit';
import { serviceSchemaForTest } from '@nrm/service-testing';
import type { ServiceSchema } from '@nrm/service-testing';
import { eventually, testInfrastructure } from '@nrm/testing';
import {
  queueWebhookDelivery,
  testAgency,
  testConfig,
  testLogger as logger,
} from '../notifications.test-fixture';
import { service } from '../service';
import type { ChannelSender, OutgoingNotification } from './channel-sender';
import { ClaimDueDeliveries } from './commands/claim-due-deliveries';
import { RecordDeliveryOutcomes } from './commands/record-delivery-outcomes';
import { DeliveryDispatcher } from './delivery-dispatcher';
import { DeliveryRepository } from './delivery.repository';

/** A webhook channel of the test's own: each call waits as long as `delayFor` says, and is recorded. */
class RecordingSender implements ChannelSender {
  readonly channel = 'webhook' as const;
  readonly started: { notificationId: string; agencyId: string }[] = [];
  readonly finished: { notificationId: string; agencyId: string }[] = [];

  constructor(private readonly delayFor: (agencyId: string) => number) {}

  async send(n: OutgoingNotification): Promise<string | undefined> {
    const call = { notificationId: n.notificationId, agencyId: n.agencyId };
    this.started.push(call);
    const delay = this.delayFor(n.agencyId);
    if (delay === Infinity) return new Promise(() => undefined); // a process that never finishes
    await new Promise((resolve) => setTimeout(resolve, delay));
    this.finished.push(call);
    return undefined;
  }
}

describe('the delivery dispatcher against real PostgreSQL', () => {
  let db: ServiceSchema;
  let dataSource: DataSource;
  const running: DeliveryDispatcher[] = [];
  const config = (timeoutMs = 5000) =>
    testConfig({
      DATABASE_URL: testInfrastructure().databaseUrl,
      WEBHOOK_TIMEOUT_MS: timeoutMs,
      WEBHOOK_MAX_ATTEMPTS: 3,
      WEBHOOK_RETRY_BASE_MS: 100,
      WEBHOOK_POLL_INTERVAL_MS: 200,
    });

  async function start(
    sender: ChannelSender,
    timeoutMs?: number,
    database: DataSource = dataSource,
  ): Promise<DeliveryDispatcher> {
    const deliveries = new DeliveryRepository();
    const dispatcher = new DeliveryDispatcher(
      database,
      new ClaimDueDeliveries(database, deliveries, config(timeoutMs)),
      new RecordDeliveryOutcomes(database, deliveries, new OutboxWriter(''), config(timeoutMs), logger),
      [sender],
      config(timeoutMs),
      logger,
    );
    await dispatcher.onApplicationBootstrap();
    running.push(dispatcher);
    return dispatcher;
  }

  const queue = (agencyId: string) => queueWebhookDelivery(dataSource, agencyId);
  const agency = () => testAgency(dataSource, { webhook: true });

  const delivered = async (id: string) =>
    (await dataSource.query(`SELECT status FROM delivery WHERE notification_id = $1`, [id]))[0]?.status;

  beforeAll(async () => {
    db = await serviceSchemaForTest(service, 'deliveries', { poolSize: 6 });
    dataSource = db.dataSource;
  });

  afterEach(async () => {
    for (const d of running.splice(0)) await d.onApplicationShutdown();
  });

  afterAll(() => db.close());

  it('sends each queued delivery once however many pollers run, and records it', async () => {
    const agencies = await Promise.all(Array.from({ length: 8 }, () => agency()));
    const a = new RecordingSender(() => 20);
    const b = new RecordingSender(() => 20);
    await Promise.all([start(a), start(b)]);
    const ids: string[] = [];
    for (const id of agencies) ids.push(await queue(id), await queue(id));
    await eventually(async () => {
      for (const id of ids) expect(await delivered(id)).toBe('delivered');
    });
    const sent = [...a.started, ...b.started].map((c) => c.notificationId);
    expect(sent.sort()).toEqual([...ids].sort());
    const attempts = await dataSource.query(
      `SELECT count(*)::int AS n FROM delivery_attempt WHERE notification_id = ANY($1::uuid[])`,
      [ids],
    );
    expect(attempts[0].n).toBe(ids.length);
  });

  it("keeps a slow endpoint's queue from holding up another agency", async () => {
    const [slow, fast] = [await agency(), await agency()];
    const sender = new RecordingSender((agencyId) => (agencyId === slow ? 1500 : 10));
    await start(sender);
    const slowIds = [await queue(slow), await queue(slow), await queue(slow)];
    const fastIds = [await queue(fast), await queue(fast), await queue(fast)];
    await eventually(async () => {
      for (const id of fastIds) expect(await delivered(id)).toBe('delivered');
    });
    // The fast agency's three are through while the slow one is still on its first or second.
    const slowDone = sender.finished.filter((c) => slowIds.includes(c.notificationId)).length;
    expect(slowDone).toBeLessThan(2);
    // One at a time to each endpoint: the slow one's calls never overlapped.
    expect(sender.started.filter((c) => c.agencyId === slow).length).toBeLessThanOrEqual(slowDone + 1);
  });

  it('drops the outcome of an attempt whose lease another poller took over, and goes on with other work', async () => {
    const [stalled, other] = [await agency(), await agency()];
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const sender = new RecordingSender(() => 10);
    const holding: ChannelSender = {
      channel: 'webhook',
      send: async (n) => {
        if (n.agencyId === stalled) await held;
        return sender.send(n);
      },
    };
    await start(holding);
    const id = await queue(stalled);
    await eventually(async () =>
      expect(
        (await dataSource.query(`SELECT lease FROM delivery WHERE notification_id = $1`, [id]))[0].lease,
      ).not.toBeNull(),
    );
    // Meanwhile (as after a stall past the lease) another poller claimed it, attempted and recorded it.
    await dataSource.query(
      `UPDATE delivery SET lease = NULL, status = 'delivered', attempts = 1, delivered_at = now() WHERE notification_id = $1`,
      [id],
    );
    await dataSource.query(
      `INSERT INTO delivery_attempt (notification_id, channel, attempt, outcome, duration_ms) VALUES ($1, 'webhook', 1, 'delivered', 5)`,
      [id],
    );
    release();
    // The stale outcome changes nothing, and this poller still delivers what comes next.
    const next = await queue(other);
    await eventually(async () => expect(await delivered(next)).toBe('delivered'));
    const attempts = await dataSource.query(
      `SELECT attempt FROM delivery_attempt WHERE notification_id = $1`,
      [id],
    );
    expect(attempts).toEqual([{ attempt: 1 }]);
  });

  it('attempts again, with the same notification id, a delivery whose poller died mid-send', async () => {
    const target = await agency();
    const dying = new RecordingSender(() => Infinity);
    // The dying poller's own connections, lost when it "dies"; a short timeout, so the lease (twice
    // the timeout and 5 s) runs out during the test.
    const ownDatabase = createServiceDataSource({
      url: testInfrastructure().databaseUrl,
      schema: db.schema,
      applicationName: 'deliveries-test',
      migrations: serviceMigrations(service),
      poolSize: 6,
    });
    await ownDatabase.initialize();
    await start(dying, 100, ownDatabase);
    const id = await queue(target);
    const to = (sender: RecordingSender) =>
      sender.started.filter((c) => c.agencyId === target).map((c) => c.notificationId);
    await eventually(() => expect(to(dying)).toEqual([id]));
    // Killed mid-send: it never records its attempt. Another poller takes over after the lease.
    await ownDatabase.destroy();
    const successor = new RecordingSender(() => 10);
    await start(successor, 100);
    await eventually(async () => expect(await delivered(id)).toBe('delivered'), 30_000);
    expect(to(successor)).toEqual([id]);
  });
});
