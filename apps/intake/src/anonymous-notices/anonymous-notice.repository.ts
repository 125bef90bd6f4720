import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { Insertable } from 'kysely';
import type { EntityManager } from 'typeorm';
import { sqlOf } from '@nrm/persistence';
import type { DB as Tables } from '../database/tables.generated';

/** Anonymous notices: statistical facts and pseudonymous link hashes, never the identifiers. */
@Injectable()
export class AnonymousNoticeRepository {
  /** Records a notice and its link hashes (none when the person gave nothing to link by). */
  async insert(
    manager: EntityManager,
    notice: Insertable<Tables['anonymous_notice']>,
    linkHashes: string[],
  ): Promise<void> {
    const db = sqlOf<Tables>(manager);
    await db.insertInto('anonymous_notice').values(notice).execute();
    if (linkHashes.length > 0) {
      await db
        .insertInto('anonymous_notice_link')
        .values(linkHashes.map((hash) => ({ notice_id: notice.notice_id, hash })))
        .execute();
    }
  }

  /** Joins a consented referral to the earlier notices its link hashes meet; returns their ids. */
  async joinTo(manager: EntityManager, caseId: string, linkHashes: string[]): Promise<string[]> {
    if (linkHashes.length === 0) return [];
    const rows = await sqlOf<Tables>(manager)
      .updateTable('anonymous_notice')
      .set({ linked_case_id: caseId })
      .where('linked_case_id', 'is', null)
      .where('notice_id', 'in', (eb) =>
        eb
          .selectFrom('anonymous_notice_link')
          .select('notice_id')
          .where('hash', '=', sql<string>`ANY(${linkHashes}::text[])`),
      )
      .returning('notice_id')
      .execute();
    return rows.map((r) => r.notice_id);
  }
}
