import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { DataSource, EntityManager } from 'typeorm';
import { sqlOf } from '@nrm/persistence';
import type { DB as Tables } from '../database/tables.generated';
import type { PublishedStatisticsBody } from './statistics-rules';

/** The latest table each state published, by table, dimension and year. */
@Injectable()
export class PublishedStatisticsRepository {
  async save(
    m: EntityManager,
    state: string,
    body: PublishedStatisticsBody,
    messageId: string | null,
  ): Promise<void> {
    const values = {
      k: body.k,
      cells: JSON.stringify(body.cells),
      total: body.total,
      message_id: messageId,
    };
    await sqlOf<Tables>(m)
      .insertInto('published_statistics')
      .values({ state, table_name: body.table, dimension: body.by, year: body.year, ...values })
      .onConflict((oc) =>
        oc
          .columns(['state', 'table_name', 'dimension', 'year'])
          .doUpdateSet({ ...values, published_at: sql`now()` }),
      )
      .execute();
  }

  of(db: DataSource | EntityManager, table: string, by: string, year: number) {
    return sqlOf<Tables>(db)
      .selectFrom('published_statistics')
      .select(['state', 'k', 'cells', 'total', 'published_at'])
      .where('table_name', '=', table)
      .where('dimension', '=', by)
      .where('year', '=', year)
      .orderBy('state')
      .execute();
  }
}
