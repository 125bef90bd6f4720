import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LocalDate } from '@nrm/calendar';
import { FollowUpDue } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import { SERVICE_CONFIG } from '@nrm/service-kit';
import type { ProtectionConfig } from '../../protection.config';
import { FollowUpRepository } from '../follow-up.repository';

/** Raises every follow-up due by `now` on the jurisdiction's calendar, each once; answers how many. */
@Injectable()
export class RaiseDueFollowUps {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly followUps: FollowUpRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ProtectionConfig,
  ) {}

  execute(now: Date): Promise<number> {
    const today = LocalDate.of(now, this.config.JURISDICTION_TIME_ZONE).toString();
    return this.dataSource.transaction(async (manager) => {
      const due = await this.followUps.lockDue(manager, today);
      for (const f of due) {
        await this.followUps.markRaised(manager, f.follow_up_id, now);
        await this.outbox.append(manager, FollowUpDue, {
          subject: f.case_id,
          time: now,
          data: {
            caseId: f.case_id,
            caseReference: f.case_reference,
            kind: f.kind,
            dueOn: f.due_on,
            aboutDate: f.about_date,
            sequence: f.sequence,
            recipientAgencyId: f.recipient_agency_id,
          },
        });
      }
      return due.length;
    });
  }
}
