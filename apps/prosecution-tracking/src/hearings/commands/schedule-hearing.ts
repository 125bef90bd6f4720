import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { HearingRequest, HearingStatusResponse } from '@nrm/api-contracts';
import { HearingScheduled } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import type { Actor } from '@nrm/security';
import { permit } from '@nrm/service-kit';
import { InvestigationRepository } from '../../investigations/investigation.repository';
import { requireOpenInvestigation } from '../../proceedings/proceedings-rules';
import { asProblem } from '../../proceedings/refusals';
import { HearingRepository } from '../hearing.repository';
import { Routes } from '@nrm/api-contracts';

/** Schedules a hearing of an open investigation, and tells its agencies. */
@Injectable()
export class ScheduleHearing {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly investigations: InvestigationRepository,
    private readonly hearings: HearingRepository,
  ) {}

  execute(
    investigationId: string,
    request: HearingRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<HearingStatusResponse> {
    permit(actor, Routes.scheduleHearing);
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        const row = await this.investigations.findFor(manager, investigationId, actor, { lock: true });
        requireOpenInvestigation(row.status);
        const hearingId = randomUUID();
        await this.hearings.insert(manager, {
          hearing_id: hearingId,
          investigation_id: investigationId,
          hearing_type: request.hearingType,
          court: request.court,
          scheduled_on: request.scheduledOn,
          status: 'scheduled',
          closed_session: request.closedSession ?? false,
        });
        await this.outbox.append(manager, HearingScheduled, {
          subject: investigationId,
          time: now,
          data: {
            investigationId,
            hearingId,
            hearingType: request.hearingType,
            court: request.court,
            scheduledOn: request.scheduledOn,
            agencyIds: row.agency_ids,
          },
        });
        return { hearingId, status: 'scheduled' as const };
      }),
    );
  }
}
