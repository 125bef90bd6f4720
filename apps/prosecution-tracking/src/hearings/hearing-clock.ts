import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LocalDate } from '@nrm/calendar';
import { HearingApproaching } from '@nrm/contracts';
import type { HearingType } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import type { Logger } from '@nrm/observability';
import { LOGGER, PeriodicTask, SERVICE_CONFIG } from '@nrm/service-kit';
import type { ProsecutionConfig } from '../prosecution.config';

/**
 * Reminds the agencies of an investigation of a hearing `HEARING_REMINDER_DAYS` ahead, once per
 * hearing date (a postponed hearing is reminded of again). Durable: the mark is a column written
 * with the event, so a reminder owed while the service was down is raised when it is back.
 */
@Injectable()
export class HearingClock extends PeriodicTask {
  protected readonly taskName = 'hearing clock';

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    @Inject(SERVICE_CONFIG) private readonly config: ProsecutionConfig,
    @Inject(LOGGER) protected readonly logger: Logger,
  ) {
    super();
  }

  protected intervalMs(): number {
    return this.config.HEARING_CHECK_INTERVAL_MS;
  }

  protected pass(): Promise<number> {
    return this.remind(new Date());
  }

  remind(now: Date): Promise<number> {
    const today = LocalDate.of(now, this.config.JURISDICTION_TIME_ZONE);
    const horizon = today.plusDays(this.config.HEARING_REMINDER_DAYS).toString();
    return this.dataSource.transaction(async (manager) => {
      const due: {
        hearing_id: string;
        investigation_id: string;
        hearing_type: HearingType;
        court: string;
        scheduled_on: string;
        agency_ids: string[];
      }[] = await manager.query(
        `SELECT h.hearing_id, h.investigation_id, h.hearing_type, h.court, h.scheduled_on::text,
                array(SELECT agency_id FROM investigation_agency a WHERE a.investigation_id = h.investigation_id ORDER BY agency_id) AS agency_ids
           FROM hearing h
          WHERE h.status = 'scheduled' AND h.scheduled_on BETWEEN $1 AND $2
            AND (h.reminded_for IS NULL OR h.reminded_for <> h.scheduled_on)
          ORDER BY h.scheduled_on LIMIT 200 FOR UPDATE OF h SKIP LOCKED`,
        [today.toString(), horizon],
      );
      for (const h of due) {
        await manager.query(`UPDATE hearing SET reminded_for = scheduled_on WHERE hearing_id = $1`, [
          h.hearing_id,
        ]);
        await this.outbox.append(manager, HearingApproaching, {
          subject: h.investigation_id,
          time: now,
          data: {
            investigationId: h.investigation_id,
            hearingId: h.hearing_id,
            hearingType: h.hearing_type,
            court: h.court,
            scheduledOn: h.scheduled_on,
            agencyIds: h.agency_ids,
          },
        });
      }
      return due.length;
    });
  }
}
