import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { HearingPostponedResponse, PostponementRequest } from '@nrm/api-contracts';
import { HearingPostponed } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import type { Actor } from '@nrm/security';
import { permit } from '@nrm/service-kit';
import { ProceedingsRefused, nextHearingStatus } from '../../proceedings/proceedings-rules';
import { asProblem } from '../../proceedings/refusals';
import { HearingAccess, hearingEvent } from '../hearing-access';
import { HearingRepository } from '../hearing.repository';
import { TestimonyAnnouncements } from '../testimony-announcements';
import { Routes } from '@nrm/api-contracts';

/** Postpones a scheduled hearing to a later date; the victims' testimony moves with it. */
@Injectable()
export class PostponeHearing {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly access: HearingAccess,
    private readonly hearings: HearingRepository,
    private readonly testimonies: TestimonyAnnouncements,
  ) {}

  execute(
    hearingId: string,
    request: PostponementRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<HearingPostponedResponse> {
    permit(actor, Routes.postponeHearing);
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        const { hearing, investigation } = await this.access.lockFor(manager, hearingId, actor);
        const status = nextHearingStatus(hearing.status, 'postponed');
        if (request.newDate <= hearing.scheduled_on)
          throw new ProceedingsRefused('a hearing is postponed to a later date');
        await this.hearings.reschedule(manager, hearingId, request.newDate, status);
        await this.outbox.append(manager, HearingPostponed, {
          subject: hearing.investigation_id,
          time: now,
          data: {
            ...hearingEvent(hearing, investigation.agency_ids),
            scheduledOn: request.newDate,
            previousDate: hearing.scheduled_on,
          },
        });
        // Testimony moves with the hearing: protection reschedules its tasks from the new date.
        await this.testimonies.announce(
          manager,
          { hearingId, investigationId: hearing.investigation_id, hearingDate: request.newDate },
          now,
        );
        return { hearingId, status, scheduledOn: request.newDate };
      }),
    );
  }
}
