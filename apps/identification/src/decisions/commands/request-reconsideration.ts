import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { ReconsiderationRequest, ScreeningStatusResponse } from '@nrm/api-contracts';
import { CaseInvolvement } from '@nrm/case-involvement';
import { ReconsiderationRequested } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import { DataKeyring } from '@nrm/security';
import type { Actor } from '@nrm/security';
import { ProblemException, permit } from '@nrm/service-kit';
import { DeadlineRepository } from '../../deadlines/deadline.repository';
import { ScreeningRepository, lifecycleState } from '../../screening/screening.repository';
import { DecisionRepository } from '../decision.repository';
import { ScreeningChange } from '../screening-change';
import { requestReconsideration } from '../screening-lifecycle';
import { Routes } from '@nrm/api-contracts';

/** The referrer or a support provider asks for a negative decision to be reconsidered. */
@Injectable()
export class RequestReconsideration {
  constructor(
    private readonly change: ScreeningChange,
    private readonly screenings: ScreeningRepository,
    private readonly decisions: DecisionRepository,
    private readonly deadlines: DeadlineRepository,
    private readonly involvement: CaseInvolvement,
    private readonly outbox: OutboxWriter,
    private readonly keyring: DataKeyring,
  ) {}

  execute(
    caseId: string,
    request: ReconsiderationRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<ScreeningStatusResponse> {
    permit(actor, Routes.requestReconsideration);
    return this.change.run(caseId, actor, now, false, async ({ manager, row, policy, today }) => {
      // The referrer, or a support provider: the protection lead, or a provider or shelter the case was
      // referred to, while it is.
      const entitled =
        actor.role === 'first_responder'
          ? actor.agencyId === row.referring_agency_id
          : (await this.involvement.of(manager, row.case_id, actor.agencyId)).some(
              (b) => b !== 'investigation',
            );
      if (!entitled) throw new ProblemException('notFound', 'no screening for this case');
      const { next, stage } = requestReconsideration(lifecycleState(row));
      const dueOn = policy.calendar.addWorkingDays(today, policy.reconsiderationWorkingDays).toString();
      await this.decisions.recordReconsideration(manager, {
        reconsideration_id: randomUUID(),
        case_id: row.case_id,
        stage,
        requested_by_user: actor.userId,
        requested_by_agency: actor.agencyId,
        requested_at: now,
        new_information_sealed: (await this.keyring.sealerFor(manager, row.case_id)).seal(
          request.newInformation,
        ),
        due_on: dueOn,
      });
      await this.deadlines.add(
        manager,
        row.case_id,
        'reconsideration',
        dueOn,
        policy.reconsiderationWorkingDays,
      );
      await this.screenings.change(manager, row.case_id, { status: next, updated_at: now });
      await this.outbox.append(manager, ReconsiderationRequested, {
        subject: row.case_id,
        time: now,
        data: { caseId: row.case_id, stage, requestedByAgencyId: actor.agencyId, dueOn },
      });
      return next;
    });
  }
}
