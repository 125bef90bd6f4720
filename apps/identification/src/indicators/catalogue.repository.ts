import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { DataSource, EntityManager } from 'typeorm';
import { sqlOf } from '@nrm/persistence';
import type { Actor } from '@nrm/security';
import type { DB as Tables } from '../database/tables.generated';
import type { SummaryRow } from './catalogue-summary';
import type { IndicatorCatalogue } from './indicator-catalogue';

/** The columns of a catalogue's summary: the rule version and the indicators counted from its content. */
const SUMMARY = [
  'version',
  'jurisdiction',
  sql<string>`content->'rule'->>'version'`.as('rule_version'),
  'status',
  'digest',
  sql<number>`(SELECT count(*)::int FROM jsonb_array_elements(content->'lists') l, jsonb_array_elements(l->'indicators'))`.as(
    'indicators',
  ),
  'loaded_by_user',
  'loaded_at',
  'adopted_by_user',
  'adopted_at',
] as const;

/** The indicator catalogues loaded, adopted and retired; a version's content never changes. */
@Injectable()
export class CatalogueRepository {
  async activeVersion(manager: EntityManager, jurisdiction: string): Promise<string | undefined> {
    const row = await sqlOf<Tables>(manager)
      .selectFrom('indicator_catalogue')
      .select('version')
      .where('jurisdiction', '=', jurisdiction)
      .where('status', '=', 'active')
      .executeTakeFirst();
    return row?.version;
  }

  async content(manager: EntityManager, version: string): Promise<IndicatorCatalogue | undefined> {
    const row = await sqlOf<Tables>(manager)
      .selectFrom('indicator_catalogue')
      .select('content')
      .where('version', '=', version)
      .executeTakeFirst();
    return row?.content as unknown as IndicatorCatalogue | undefined;
  }

  async summaries(source: DataSource): Promise<SummaryRow[]> {
    return sqlOf<Tables>(source)
      .selectFrom('indicator_catalogue')
      .select(SUMMARY)
      .orderBy('loaded_at', 'desc')
      .execute();
  }

  async summaryWithContent(source: DataSource, version: string) {
    return sqlOf<Tables>(source)
      .selectFrom('indicator_catalogue')
      .select([...SUMMARY, 'content'])
      .where('version', '=', version)
      .executeTakeFirst();
  }

  /** Loads a version as proposed; undefined when the version was loaded before. */
  async propose(
    manager: EntityManager,
    catalogue: IndicatorCatalogue,
    digest: string,
    loader: Pick<Actor, 'userId' | 'agencyId'>,
    now: Date,
  ): Promise<SummaryRow | undefined> {
    return sqlOf<Tables>(manager)
      .insertInto('indicator_catalogue')
      .values({
        version: catalogue.version,
        jurisdiction: catalogue.jurisdiction,
        content: JSON.stringify(catalogue),
        digest,
        status: 'proposed',
        loaded_by_user: loader.userId,
        loaded_by_agency: loader.agencyId,
        loaded_at: now,
      })
      .onConflict((c) => c.column('version').doNothing())
      .returning(SUMMARY)
      .executeTakeFirst();
  }

  async digest(manager: EntityManager, version: string): Promise<string | undefined> {
    const row = await sqlOf<Tables>(manager)
      .selectFrom('indicator_catalogue')
      .select('digest')
      .where('version', '=', version)
      .executeTakeFirst();
    return row?.digest;
  }

  async lockSummary(manager: EntityManager, version: string): Promise<SummaryRow | undefined> {
    return sqlOf<Tables>(manager)
      .selectFrom('indicator_catalogue')
      .select(SUMMARY)
      .where('version', '=', version)
      .forUpdate()
      .executeTakeFirst();
  }

  /** Locks the version in force (one adoption at a time per jurisdiction); undefined when none is. */
  async lockActive(manager: EntityManager, jurisdiction: string): Promise<string | undefined> {
    const row = await sqlOf<Tables>(manager)
      .selectFrom('indicator_catalogue')
      .select('version')
      .where('jurisdiction', '=', jurisdiction)
      .where('status', '=', 'active')
      .forUpdate()
      .executeTakeFirst();
    return row?.version;
  }

  async retireActive(manager: EntityManager, jurisdiction: string, now: Date): Promise<void> {
    await sqlOf<Tables>(manager)
      .updateTable('indicator_catalogue')
      .set({ status: 'retired', retired_at: now })
      .where('jurisdiction', '=', jurisdiction)
      .where('status', '=', 'active')
      .execute();
  }

  async adopt(manager: EntityManager, version: string, userId: string, now: Date): Promise<SummaryRow> {
    return sqlOf<Tables>(manager)
      .updateTable('indicator_catalogue')
      .set({ status: 'active', adopted_by_user: userId, adopted_at: now })
      .where('version', '=', version)
      .returning(SUMMARY)
      .executeTakeFirstOrThrow();
  }

  /** Puts a proposed version in force when its jurisdiction has none in force; true when it did. */
  async adoptFirst(
    manager: EntityManager,
    version: string,
    jurisdiction: string,
    userId: string,
  ): Promise<boolean> {
    const done = await sqlOf<Tables>(manager)
      .updateTable('indicator_catalogue')
      .set({ status: 'active', adopted_by_user: userId, adopted_at: sql`now()` })
      .where('version', '=', version)
      .where('status', '=', 'proposed')
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('indicator_catalogue')
              .select(sql`1`.as('one'))
              .where('jurisdiction', '=', jurisdiction)
              .where('status', '=', 'active'),
          ),
        ),
      )
      .returning('version')
      .execute();
    return done.length > 0;
  }
}
