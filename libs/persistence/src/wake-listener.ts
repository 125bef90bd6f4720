import { Client } from 'pg';
import type { EntityManager } from 'typeorm';

/** The notification channel of a piece of work in a schema (one per schema, so tenants never mix). */
export const wakeChannel = (work: string, schema: string): string => `nrm_${work}_${schema}`;

/** Inside the caller's transaction: wakes the listeners of `work` in this connection's schema on commit. */
export async function wakeOnCommit(manager: EntityManager, work: string): Promise<void> {
  await manager.query(`SELECT pg_notify('nrm_' || $1 || '_' || current_schema(), '')`, [work]);
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
