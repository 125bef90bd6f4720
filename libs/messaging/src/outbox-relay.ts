import type { Selectable } from 'kysely';
import { Client } from 'pg';
import type { Logger, PlatformMetrics } from '@nrm/observability';
import { describeError } from '@nrm/observability';
import type { PlatformTables } from '@nrm/persistence';
import { outboxChannel } from './outbox';
import type { PlatformProducer } from './producer';

/** How long sent rows may wait to be marked published (a crash in between publishes them again). */
const MARK_EVERY_MS = 1000;

export interface OutboxRelayOptions {
  databaseUrl: string;
  schema: string;
  producer: PlatformProducer;
  logger: Logger;
  metrics?: PlatformMetrics;
  batchSize?: number;
  /** How often to look for work when no notification arrives (a fallback: commits wake the relay). */
  pollIntervalMs?: number;
}

/** An outbox row as the relay reads it (the generated table type), its headers as text. */
type OutboxRow = Pick<Selectable<PlatformTables['outbox']>, 'seq' | 'topic' | 'message_key' | 'payload'> & {
  headers: Record<string, string>;
};

/**
 * Publishes committed outbox rows to Kafka in commit order. One relay per service schema holds an
 * advisory lock and publishes; other replicas stand by. A row is marked published only after the
 * broker acknowledged it (acks=all), so a crash in between republishes it and consumers' inboxes
 * absorb the duplicate.
 */
export class OutboxRelay {
  private client?: Client;
  private running = false;
  private leader = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  /** A commit was notified while the relay was busy: look again before sleeping. */
  private woken = false;
  /** Sent but not yet marked published: marked together, at most once a second (see markIfDue). */
  private sent: string[] = [];
  private lastMarked = 0;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;

  constructor(private readonly options: OutboxRelayOptions) {
    this.batchSize = options.batchSize ?? 500;
    this.pollIntervalMs = options.pollIntervalMs ?? 5000;
  }

  get isLeader(): boolean {
    return this.leader;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Stops after the batch in flight; what is left stays in the outbox for the next start. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    // What was sent is marked now, so a restart does not send it again.
    if (this.sent.length > 0 && this.client) await this.markSent(this.client).catch(() => undefined);
    await this.disconnect();
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      try {
        // Nothing is sent before the producer has its id: see PlatformProducer.
        if (!this.options.producer.isReady()) {
          await this.sleep(200);
          continue;
        }
        await this.connect();
        if (!this.leader) {
          await this.sleep(2000);
          continue;
        }
        const published = await this.publishBatch();
        await this.markIfDue();
        failures = 0;
        // A full batch: more is waiting. Otherwise wait for the next commit, or for the second after
        // which what was sent is marked.
        if (published < this.batchSize)
          await this.sleep(
            this.sent.length > 0 ? Math.min(MARK_EVERY_MS, this.pollIntervalMs) : this.pollIntervalMs,
          );
      } catch (error) {
        failures += 1;
        this.options.logger.warn(
          { ...describeError(error), failures },
          'outbox relay: publish failed, will retry',
        );
        if (this.client && !(await this.clientAlive())) await this.disconnect();
        await this.sleep(Math.min(10_000, 250 * 2 ** Math.min(failures, 6)));
      }
    }
  }

  /**
   * Publishes one batch of pending rows; returns how many. It only reads the database here:
   * rows sent are marked published later, many batches at once, so a busy relay spends one read and
   * one produce request a batch and one write a second, not a write (and a WAL flush) per batch.
   */
  async publishBatch(): Promise<number> {
    const client = await this.connect();
    this.woken = false;
    const { rows } = await client.query<OutboxRow>(
      `SELECT seq, topic, message_key, headers, payload FROM outbox
        WHERE published_at IS NULL AND NOT (seq = ANY($2::bigint[])) ORDER BY seq LIMIT $1`,
      [this.batchSize, this.sent],
    );
    if (rows.length === 0) {
      this.options.metrics?.outboxBacklog.set(0);
      return 0;
    }
    const byTopic = new Map<string, { key: string; value: string; headers: Record<string, string> }[]>();
    for (const row of rows) {
      const list = byTopic.get(row.topic) ?? [];
      list.push({ key: row.message_key, value: row.payload, headers: row.headers });
      byTopic.set(row.topic, list);
    }
    await this.options.producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
    });
    // A crash before they are marked publishes them again; inboxes absorb the copy.
    this.sent.push(...rows.map((r) => r.seq));
    for (const [topic, messages] of byTopic)
      this.options.metrics?.messagesPublished.inc({ topic }, messages.length);
    // A short batch drained the outbox; only after a full one is it worth counting what is left.
    if (rows.length < this.batchSize) this.options.metrics?.outboxBacklog.set(0);
    else {
      const backlog = await client.query<{ n: string }>(
        `SELECT count(*) AS n FROM outbox WHERE published_at IS NULL`,
      );
      this.options.metrics?.outboxBacklog.set(Math.max(0, Number(backlog.rows[0].n) - this.sent.length));
    }
    return rows.length;
  }

  /** Marks what was sent once a second has passed since the last marking, or a batch's worth waits. */
  private async markIfDue(): Promise<void> {
    if (this.sent.length === 0) return;
    if (this.sent.length < this.batchSize && Date.now() - this.lastMarked < MARK_EVERY_MS) return;
    await this.markSent(await this.connect());
  }

  private async markSent(client: Client): Promise<void> {
    const marking = [...this.sent];
    await client.query(`UPDATE outbox SET published_at = now() WHERE seq = ANY($1::bigint[])`, [marking]);
    this.sent = this.sent.slice(marking.length);
    this.lastMarked = Date.now();
  }

  private async connect(): Promise<Client> {
    if (this.client) {
      if (!this.leader) this.leader = await this.tryLead(this.client);
      return this.client;
    }
    const client = new Client({
      connectionString: this.options.databaseUrl,
      application_name: 'outbox-relay',
    });
    client.on('error', () => undefined); // surfaced by the next query; the loop reconnects
    client.on('notification', () => {
      this.woken = true;
      this.wake?.();
    });
    await client.connect();
    await client.query(`SET search_path TO "${this.options.schema}"`);
    await client.query(`LISTEN ${outboxChannel(this.options.schema)}`);
    this.client = client;
    this.leader = await this.tryLead(client);
    return client;
  }

  private async tryLead(client: Client): Promise<boolean> {
    const { rows } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS ok', [
      `nrm-outbox-relay:${this.options.schema}`,
    ]);
    return rows[0].ok;
  }

  private async clientAlive(): Promise<boolean> {
    try {
      await this.client?.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  private async disconnect(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.leader = false;
    await client?.end().catch(() => undefined);
  }

  private sleep(ms: number): Promise<void> {
    if (this.woken) {
      this.woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}
