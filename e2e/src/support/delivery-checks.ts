import { Client } from 'pg';
import { DataServiceNames, EnvelopeHeaders } from '@nrm/contracts';
import { eventually } from '@nrm/testing';
import type { TestPlatform } from './test-platform';

/** The case id of each distinct event (by id) of a type on a topic: a redelivered copy counts once. */
export function caseIdsOfEvents(platform: TestPlatform, topic: string, type: string): string[] {
  const byId = new Map<string, string>();
  for (const m of platform.observer.on(platform.topic(topic))) {
    if (m.headers[EnvelopeHeaders.type] === type)
      byId.set(m.headers[EnvelopeHeaders.id] as string, m.key as string);
  }
  return [...byId.values()];
}

/** Waits until the outbox of each data service holds nothing unpublished. */
export async function expectOutboxesDrained(platform: TestPlatform, databaseUrl: string): Promise<void> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await eventually(async () => {
      const schemas: { table_schema: string }[] = (
        await db.query(
          `SELECT table_schema FROM information_schema.tables WHERE table_name = 'outbox' AND table_schema LIKE $1`,
          [`${platform.schemaPrefix.replace(/_/g, '\\_')}%`],
        )
      ).rows;
      expect(schemas.length).toBe(DataServiceNames.length);
      for (const { table_schema } of schemas) {
        const [{ n }] = (
          await db.query(`SELECT count(*)::int AS n FROM "${table_schema}".outbox WHERE published_at IS NULL`)
        ).rows as [{ n: number }];
        expect({ table_schema, unpublished: n }).toEqual({ table_schema, unpublished: 0 });
      }
    }, 60_000);
  } finally {
    await db.end();
  }
}
