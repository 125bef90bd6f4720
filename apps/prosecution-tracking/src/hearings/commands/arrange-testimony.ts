import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TestimonyArrangedResponse, TestimonyRequest } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { permit } from '@nrm/service-kit';
import { ProceedingsRefused } from '../../proceedings/proceedings-rules';
import { asProblem } from '../../proceedings/refusals';
import { HearingAccess } from '../hearing-access';
import { TestimonyAnnouncements } from '../testimony-announcements';
import { TestimonyRepository } from '../testimony.repository';
import { Routes } from '@nrm/api-contracts';

/** The victim of a linked case testifies at a scheduled hearing, with the protective measures it needs. */
@Injectable()
export class ArrangeTestimony {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: HearingAccess,
    private readonly testimonies: TestimonyRepository,
    private readonly announcements: TestimonyAnnouncements,
  ) {}

  execute(
    hearingId: string,
    request: TestimonyRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<TestimonyArrangedResponse> {
    permit(actor, Routes.arrangeTestimony);
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        const { hearing, investigation } = await this.access.lockFor(manager, hearingId, actor);
        if (hearing.status !== 'scheduled') throw new ProceedingsRefused(`the hearing is ${hearing.status}`);
        if (!investigation.case_ids.includes(request.caseId))
          throw new ProceedingsRefused('the case is not linked to this investigation');
        const measures = [...new Set(request.measures)];
        await this.testimonies.arrange(manager, hearingId, request.caseId, measures, actor.userId, now);
        await this.announcements.announce(
          manager,
          { hearingId, investigationId: hearing.investigation_id, hearingDate: hearing.scheduled_on },
          now,
          request.caseId,
        );
        return { hearingId, caseId: request.caseId, measures };
      }),
    );
  }
}
