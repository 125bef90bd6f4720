import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '@nrm/security';
import { ProblemException } from '@nrm/service-kit';
import { InvestigationRepository } from '../investigations/investigation.repository';
import type { InvestigationRow } from '../investigations/investigation.repository';
import { requireOpenInvestigation } from '../proceedings/proceedings-rules';
import { HearingRepository } from './hearing.repository';
import type { HearingRow } from './hearing.repository';

/** A hearing of an open investigation the actor may see, both locked for a change. */
@Injectable()
export class HearingAccess {
  constructor(
    private readonly investigations: InvestigationRepository,
    private readonly hearings: HearingRepository,
  ) {}

  async lockFor(
    manager: EntityManager,
    hearingId: string,
    actor: Actor,
  ): Promise<{ hearing: HearingRow; investigation: InvestigationRow }> {
    const investigationId = await this.hearings.investigationOf(manager, hearingId);
    if (!investigationId) throw new ProblemException('notFound', 'no such hearing');
    const investigation = await this.investigations.findFor(manager, investigationId, actor, { lock: true });
    requireOpenInvestigation(investigation.status);
    return { hearing: await this.hearings.lock(manager, hearingId), investigation };
  }
}

/** What the hearing events say of a hearing, for the agencies of its investigation. */
export function hearingEvent(h: Omit<HearingRow, 'status'>, agencyIds: string[]) {
  return {
    investigationId: h.investigation_id,
    hearingId: h.hearing_id,
    hearingType: h.hearing_type,
    court: h.court,
    scheduledOn: h.scheduled_on,
    agencyIds,
  };
}
