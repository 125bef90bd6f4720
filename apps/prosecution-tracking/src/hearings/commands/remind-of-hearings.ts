import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LocalDate } from '@nrm/calendar';
import { HearingApproaching } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import { SERVICE_CONFIG } from '@nrm/service-kit';
import type { ProsecutionConfig } from '../../prosecution.config';
import { hearingEvent } from '../hearing-access';
import { HearingRepository } from '../hearing.repository';

/**
 * Reminds the agencies of an investigation of a hearing `HEARING_REMINDER_DAYS` ahead, once per
 * hearing date (a postponed hearing is reminded of again); answers how many were reminded of.
 */
@Injectable()
export class RemindOfHearings {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly hearings: HearingRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ProsecutionConfig,
  ) {}

  execute(now: Date): Promise<number> {
    const today = LocalDate.of(now, this.config.JURISDICTION_TIME_ZONE);
    const horizon = today.plusDays(this.config.HEARING_REMINDER_DAYS).toString();
    return this.dataSource.transaction(async (manager) => {
      const due = await this.hearings.dueForReminder(manager, today.toString(), horizon);
      for (const h of due) {
        await this.hearings.markReminded(manager, h.hearing_id);
        await this.outbox.append(manager, HearingApproaching, {
          subject: h.investigation_id,
          time: now,
          data: hearingEvent(h, h.agency_ids),
        });
      }
      return due.length;
    });
  }
}
