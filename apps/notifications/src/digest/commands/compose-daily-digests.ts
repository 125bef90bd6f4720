import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SERVICE_CONFIG } from '@nrm/service-kit';
import type { NotificationsConfig } from '../../notifications.config';
import { RecordNotification } from '../../inbox/commands/record-notification';
import { stableUuid } from '../../inbox/notification-id';
import { digestText } from '../../inbox/templates';
import type { DigestSummary } from '../../inbox/templates';
import { digestDue, digestSummaries } from '../daily-digest';
import { DigestRepository } from '../digest.repository';

const DIGEST_EVENT_TYPE = 'nrm.notifications.daily-digest';

/**
 * Composes the daily digests owed at an instant: once the jurisdiction's clock reaches the digest
 * time, every agency that was notified of something the day before gets one summary. The `digest`
 * row, written in the transaction that records the notification, makes it once per agency and day,
 * also across restarts and replicas; a digest missed while the service was down is composed when it
 * is back.
 */
@Injectable()
export class ComposeDailyDigests {
  constructor(
    private readonly dataSource: DataSource,
    private readonly digests: DigestRepository,
    private readonly recordNotification: RecordNotification,
    @Inject(SERVICE_CONFIG) private readonly config: NotificationsConfig,
  ) {}

  /** Returns how many were composed. */
  async execute(now: Date): Promise<number> {
    const due = digestDue(now, this.config.JURISDICTION_TIME_ZONE, this.config.DIGEST_LOCAL_TIME);
    if (!due) return 0;
    const coveredDay = due.coveredDay.toString();
    const digestDate = due.digestDate.toString();
    const counts = await this.digests.dayCounts(this.dataSource, {
      coveredDay,
      digestDate,
      timeZone: this.config.JURISDICTION_TIME_ZONE,
    });
    let composed = 0;
    for (const [agencyId, summary] of digestSummaries(coveredDay, counts)) {
      if (await this.compose(agencyId, digestDate, summary)) composed += 1;
    }
    return composed;
  }

  private compose(agencyId: string, digestDate: string, summary: DigestSummary): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const covered = Object.values(summary.countsByKind).reduce((sum, n) => sum + (n ?? 0), 0);
      // Composed already, here or by another replica.
      if (!(await this.digests.claim(manager, agencyId, digestDate, covered))) return false;
      const id = await this.recordNotification.execute(manager, {
        eventId: stableUuid('daily-digest', agencyId, digestDate),
        eventType: DIGEST_EVENT_TYPE,
        kind: 'daily_digest',
        recipientAgencyId: agencyId,
        render: (locale) => digestText(locale, summary),
      });
      if (id) await this.digests.linkNotification(manager, agencyId, digestDate, id);
      return true;
    });
  }
}
