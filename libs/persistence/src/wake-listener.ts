import { Client } from 'pg';
import type { QueryRunner } from 'typeorm';

/** The notification channel of a piece of work in a schema (one per schema, so tenants never mix). */
export const wakeChannel = (work: string, schema: string): string => `nrm_${work}_${schema}`;

const WORK_NAME = /^[a-z_]{1,30}$/;

/**
 * For a migration: a trigger that wakes the listeners of `work` whenever a statement inserts rows into
 * `table`, delivered at commit (PostgreSQL folds repeats within a transaction), so the writer spends no
 * round trip on it. The channel is `wakeChannel(work, <the table's schema>)`.
 */
export async function createWakeTrigger(q: QueryRunner, table: string, work: string): Promise<void> {
  if (!WORK_NAME.test(table) || !WORK_NAME.test(work)) throw new RangeError('invalid table or work name');
  // Only a statement that inserted something wakes anyone (an INSERT ... SELECT may insert nothing).
  await q.query(`
    CREATE FUNCTION ${work}_wake() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF EXISTS (SELECT 1 FROM inserted) THEN
        PERFORM pg_notify('nrm_${work}_' || TG_TABLE_SCHEMA, '');
      END IF;
      RETURN NULL;
    END $$`);
  await q.query(
    `CREATE TRIGGER ${work}_wake AFTER INSERT ON ${table} REFERENCING NEW TABLE AS inserted
       FOR EACH STATEMENT EXECUTE FUNCTION ${work}_wake()`,
  );
}

export async function dropWakeTrigger(q: QueryRunner, table: string, work: string): Promise<void> {
  if (!WORK_NAME.test(table) || !WORK_NAME.test(work)) throw new RangeError('invalid table or work name');
  await q.query(`DROP TRIGGER ${work}_wake ON ${table}`);
  await q.query(`DROP FUNCTION ${work}_wake()`);
}

/**
 * Listens for a wake-up on a dedicated connection and calls `onWake`, so a worker polling a table
 * starts as soon as work is committed instead of at its next poll. Polling stays the fallback: a
 * lost connection is opened again in the background and nothing depends on a notification arriving.
 */
export class DatabaseWakeListener {
  private client?: Client;
  private stopped = false;
  private retry?: NodeJS.Timeout;

  constructor(
    private readonly databaseUrl: string,
    private readonly channel: string,
    private readonly onWake: () => void,
  ) {}

  start(): void {
    void this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    await this.client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.databaseUrl, application_name: 'wake-listener' });
    const again = () => {
      if (this.client !== client) return;
      this.client = undefined;
      void client.end().catch(() => undefined);
      if (!this.stopped) this.retry = setTimeout(() => void this.connect(), 2000);
    };
    this.client = client;
    client.on('error', again);
    client.on('end', again);
    client.on('notification', () => this.onWake());
    try {
      await client.connect();
      await client.query(`LISTEN "${this.channel.replace(/"/g, '')}"`);
      this.onWake(); // work committed while no one listened
    } catch {
      again();
    }
  }
}
