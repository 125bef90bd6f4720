import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { DataSource, EntityManager } from 'typeorm';
import type { NotificationKind } from '@nrm/contracts';
import { sqlOf } from '@nrm/persistence';
import type { DB as Tables } from '../database/tables.generated';
import type { DayCount } from './daily-digest';

/** Daily digests: what each agency was notified of on a day, and the digest composed once per day. */
@Injectable()
export class DigestRepository {
  /**
   * Per agency and kind, the notifications of the local day `coveredDay` in `timeZone`, for the
   * agencies with no digest dated `digestDate` yet.
   */
  async dayCounts(
    db: DataSource | EntityManager,
    { coveredDay, digestDate, timeZone }: { coveredDay: string; digestDate: string; timeZone: string },
  ): Promise<DayCount[]> {
    const rows = await sqlOf<Tables>(db)
      .selectFrom('notification as n')
      .select(['n.recipient_agency_id', 'n.kind'])
      .select((eb) => [
        eb.fn.countAll<string>().as('n'),
        eb.fn
          .agg<(string | null)[] | null>('array_agg', ['n.case_reference'])
          .distinct()
          .filterWhere('n.kind', '=', 'deadline_breached')
          .as('breached'),
      ])
      .where('n.created_at', '>=', sql<Date>`(${coveredDay}::date::timestamp AT TIME ZONE ${timeZone})`)
      .where('n.created_at', '<', sql<Date>`(${digestDate}::date::timestamp AT TIME ZONE ${timeZone})`)
      .where('n.kind', 'is not', null)
      .where('n.kind', '<>', 'daily_digest')
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('digest as g')
              .select('g.agency_id')
              .whereRef('g.agency_id', '=', 'n.recipient_agency_id')
              .where('g.digest_date', '=', sql<Date>`${digestDate}::date`),
          ),
        ),
      )
      .groupBy(['n.recipient_agency_id', 'n.kind'])
      .execute();
    return rows.map((r) => ({
      agencyId: r.recipient_agency_id,
      kind: r.kind as NotificationKind,
      count: Number(r.n),
      breached: r.breached,
    }));
  }

  /** Claims the agency's digest of the day; false when it was composed already (here or elsewhere). */
  async claim(
    manager: EntityManager,
    agencyId: string,
    digestDate: string,
    covered: number,
  ): Promise<boolean> {
    const claimed = await sqlOf<Tables>(manager)
      .insertInto('digest')
      .values({ agency_id: agencyId, digest_date: digestDate, notifications_covered: covered })
      .onConflict((oc) => oc.doNothing())
      .returning('agency_id')
      .execute();
    return claimed.length > 0;
  }

  async linkNotification(
    manager: EntityManager,
    agencyId: string,
    digestDate: string,
    notificationId: string,
  ): Promise<void> {
    await sqlOf<Tables>(manager)
      .updateTable('digest')
      .set({ notification_id: notificationId })
      .where('agency_id', '=', agencyId)
      .where('digest_date', '=', sql<Date>`${digestDate}::date`)
      .execute();
  }
}
