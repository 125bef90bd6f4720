import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { NotificationKind } from '@nrm/contracts';
import type { Logger } from '@nrm/observability';
import { LOGGER, PeriodicTask, SERVICE_CONFIG } from '@nrm/service-kit';
import type { NotificationsConfig } from '../notifications.config';
import { RecordNotification } from '../inbox/record-notification.usecase';
import { stableUuid } from '../inbox/notification-id';
import { digestText } from '../inbox/templates';
import type { DigestSummary } from '../inbox/templates';
import { digestDue } from './daily-digest';

const DIGEST_EVENT_TYPE = 'nrm.notifications.daily-digest';

interface DayCount {
  agency_id: string;
  kind: NotificationKind;
  n: string;
  breached: string[] | null;
}

/**
 * Composes each agency's daily digest: once the jurisdiction's clock reaches the digest time, every
 * agency that was notified of something the day before gets one summary. The `digest` row, written
 * in the transaction that records the notification, makes it once per agency and day, also across
 * restarts and replicas; a digest missed while the service was down is composed when it is back.
 */
@Injectable()
export class DigestScheduler extends PeriodicTask {
  protected readonly taskName = 'daily digest';

  constructor(
    private readonly dataSource: DataSource,
    private readonly recordNotification: RecordNotification,
    @Inject(SERVICE_CONFIG) private readonly config: NotificationsConfig,
    @Inject(LOGGER) protected readonly logger: Logger,
  ) {
    super();
  }

  protected intervalMs(): number {
    return this.config.DIGEST_CHECK_INTERVAL_MS;
  }

  protected pass(): Promise<number> {
    return this.composeDue(new Date());
  }

  /** Composes the digests owed at `now`; returns how many were composed. */
  async composeDue(now: Date): Promise<number> {
    const due = digestDue(now, this.config.JURISDICTION_TIME_ZONE, this.config.DIGEST_LOCAL_TIME);
    if (!due) return 0;
    const coveredDay = due.coveredDay.toString();
    const digestDate = due.digestDate.toString();
    const counts: DayCount[] = await this.dataSource.query(
      `SELECT n.recipient_agency_id AS agency_id, n.kind, count(*) AS n,
              array_agg(DISTINCT n.case_reference) FILTER (WHERE n.kind = 'deadline_breached') AS breached
         FROM notification n
        WHERE n.created_at >= ($1::date::timestamp AT TIME ZONE $3)
          AND n.created_at < ($2::date::timestamp AT TIME ZONE $3)
          AND n.kind IS NOT NULL AND n.kind <> 'daily_digest'
          AND NOT EXISTS (SELECT 1 FROM digest g WHERE g.agency_id = n.recipient_agency_id AND g.digest_date = $2::date)
        GROUP BY n.recipient_agency_id, n.kind`,
      [coveredDay, digestDate, this.config.JURISDICTION_TIME_ZONE],
    );
    const byAgency = new Map<string, DigestSummary>();
    for (const row of counts) {
      const summary = byAgency.get(row.agency_id) ?? {
        coveredDay,
        countsByKind: {},
        breachedCaseReferences: [],
      };
      summary.countsByKind[row.kind] = Number(row.n);
      summary.breachedCaseReferences.push(...(row.breached ?? []).filter((r) => r !== null).sort());
      byAgency.set(row.agency_id, summary);
    }
    let composed = 0;
    for (const [agencyId, summary] of byAgency) {
      if (await this.compose(agencyId, digestDate, summary)) composed += 1;
    }
    return composed;
  }

  private compose(agencyId: string, digestDate: string, summary: DigestSummary): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const covered = Object.values(summary.countsByKind).reduce((sum, n) => sum + (n ?? 0), 0);
      const claimed: unknown[] = await manager.query(
        `INSERT INTO digest (agency_id, digest_date, notifications_covered) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING RETURNING 1`,
        [agencyId, digestDate, covered],
      );
      if (claimed.length === 0) return false; // composed already, here or by another replica
      const id = await this.recordNotification.execute(manager, {
        eventId: stableUuid('daily-digest', agencyId, digestDate),
        eventType: DIGEST_EVENT_TYPE,
        kind: 'daily_digest',
        recipientAgencyId: agencyId,
        render: (locale) => digestText(locale, summary),
      });
      if (id) {
        await manager.query(
          `UPDATE digest SET notification_id = $3 WHERE agency_id = $1 AND digest_date = $2`,
          [agencyId, digestDate, id],
        );
      }
      return true;
    });
  }
}
