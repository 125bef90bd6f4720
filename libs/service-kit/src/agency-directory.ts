import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { sqlOf } from '@nrm/persistence';
import type { PlatformTables } from '@nrm/persistence';
import type { SeedContext } from './service-definition';

/** A service's copy of the agency directory: ids and types, to check who an agency is. */
export class AgencyDirectory1764400000020 implements MigrationInterface {
  name = 'AgencyDirectory1764400000020';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE agency_directory (agency_id text PRIMARY KEY, agency_type text NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE agency_directory`);
  }
}

/** Loads the ids and types of `seeds/agencies.json`; running it again updates them. */
export async function seedAgencyDirectory({ dataSource, seedsDir }: SeedContext): Promise<string> {
  const agencies = JSON.parse(readFileSync(join(seedsDir, 'agencies.json'), 'utf8')) as {
    id: string;
    type: string;
  }[];
  await dataSource.transaction(async (m) => {
    for (const a of agencies) {
      await sqlOf<PlatformTables>(m)
        .insertInto('agency_directory')
        .values({ agency_id: a.id, agency_type: a.type })
        .onConflict((c) => c.column('agency_id').doUpdateSet({ agency_type: a.type }))
        .execute();
    }
  });
  return `${agencies.length} agencies in the directory`;
}

/** The type of an agency, from the service's directory, cached for a minute. */
export class AgencyTypes {
  private cache = new Map<string, string>();
  private loadedAt = 0;

  constructor(private readonly dataSource: DataSource) {}

  async typeOf(agencyId: string, now = Date.now()): Promise<string | undefined> {
    // Reloaded when a minute old, or for an agency not yet known if the last load is a few seconds old:
    // a new agency is seen soon, and a stream of unknown ids never reloads on every request.
    const stale = now - this.loadedAt > 60_000 || (!this.cache.has(agencyId) && now - this.loadedAt > 5_000);
    if (stale) {
      const rows = await sqlOf<PlatformTables>(this.dataSource)
        .selectFrom('agency_directory')
        .select(['agency_id', 'agency_type'])
        .execute();
      this.cache = new Map(rows.map((r) => [r.agency_id, r.agency_type]));
      this.loadedAt = now;
    }
    return this.cache.get(agencyId);
  }
}
