import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HearingHeld } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import type { Actor } from '@nrm/security';
import { permit } from '@nrm/service-kit';
import { nextHearingStatus } from '../../proceedings/proceedings-rules';
import { asProblem } from '../../proceedings/refusals';
import { HearingAccess, hearingEvent } from '../hearing-access';
import { HearingRepository } from '../hearing.repository';
import { Routes } from '@nrm/api-contracts';
import type { HearingStatusResponse } from '@nrm/api-contracts';

/** Records that a scheduled hearing was held. */
@Injectable()
export class HoldHearing {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly access: HearingAccess,
    private readonly hearings: HearingRepository,
  ) {}

  execute(hearingId: string, actor: Actor, now = new Date()): Promise<HearingStatusResponse> {
    permit(actor, Routes.holdHearing);
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        const { hearing, investigation } = await this.access.lockFor(manager, hearingId, actor);
        const status = nextHearingStatus(hearing.status, 'held');
        await this.hearings.markHeld(manager, hearingId, status, now);
        await this.outbox.append(manager, HearingHeld, {
          subject: hearing.investigation_id,
          time: now,
          data: hearingEvent(hearing, investigation.agency_ids),
        });
        return { hearingId, status };
      }),
    );
  }
}
