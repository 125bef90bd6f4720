import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { Selectable } from 'kysely';
import type { DataSource, EntityManager } from 'typeorm';
import type { Language } from '@nrm/contracts';
import { sqlOf } from '@nrm/persistence';
import type { DB as Tables } from '../database/tables.generated';

/** An agency's webhook with its signing secret and the language its test delivery is written in. */
export type WebhookEndpointForPing = Pick<Selectable<Tables['webhook_endpoint']>, 'url' | 'secret'> & {
  language: Language;
};

/** Each agency's webhook endpoint and its signing secret. */
@Injectable()
export class WebhookEndpointRepository {
  async save(db: DataSource | EntityManager, agencyId: string, url: string, secret: string): Promise<void> {
    await sqlOf<Tables>(db)
      .insertInto('webhook_endpoint')
      .values({ agency_id: agencyId, url, secret })
      .onConflict((oc) => oc.column('agency_id').doUpdateSet({ url, secret, updated_at: sql`now()` }))
      .execute();
  }

  async urlOf(db: DataSource | EntityManager, agencyId: string): Promise<string | undefined> {
    const row = await sqlOf<Tables>(db)
      .selectFrom('webhook_endpoint')
      .select('url')
      .where('agency_id', '=', agencyId)
      .executeTakeFirst();
    return row?.url;
  }

  async forPing(
    db: DataSource | EntityManager,
    agencyId: string,
  ): Promise<WebhookEndpointForPing | undefined> {
    const row = await sqlOf<Tables>(db)
      .selectFrom('webhook_endpoint as w')
      .innerJoin('agency as a', 'a.agency_id', 'w.agency_id')
      .select(['w.url', 'w.secret', 'a.language'])
      .where('w.agency_id', '=', agencyId)
      .executeTakeFirst();
    return row && { ...row, language: row.language as Language };
  }
}
