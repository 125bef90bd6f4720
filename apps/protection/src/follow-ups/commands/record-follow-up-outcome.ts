import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { FollowUpOutcomeRequest, FollowUpRecordedResponse } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { DataKeyring } from '@nrm/security';
import { ProblemException } from '@nrm/service-kit';
import { ProtectionRuleRefused } from '../../cases/case-rules';
import { ProtectionAccess } from '../../cases/protection-access';
import { asProblem } from '../../cases/refusals';
import { FollowUpRepository } from '../follow-up.repository';
import { Routes } from '@nrm/api-contracts';

const OUTCOMES: Record<string, readonly string[]> = {
  return_follow_up: ['reached', 'not_reached'],
  residence_expiry: ['renewed', 'not_renewed'],
};

/** Records what a follow-up found: by case workers, or by the agency it was addressed to. */
@Injectable()
export class RecordFollowUpOutcome {
  constructor(
    private readonly access: ProtectionAccess,
    private readonly dataSource: DataSource,
    private readonly keyring: DataKeyring,
    private readonly followUps: FollowUpRepository,
  ) {}

  async execute(
    caseId: string,
    followUpId: string,
    request: FollowUpOutcomeRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<FollowUpRecordedResponse> {
    // The agency a follow-up is addressed to records it (checked below); otherwise a case worker.
    if (actor.role !== 'service_provider')
      await this.access.requireCaseManager(this.dataSource.manager, caseId, actor, Routes.recordFollowUp);
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        const f = await this.followUps.lock(manager, caseId, followUpId);
        if (!f || (actor.role === 'service_provider' && f.recipient_agency_id !== actor.agencyId)) {
          throw new ProblemException('notFound', 'no such follow-up');
        }
        const outcomes = OUTCOMES[f.kind];
        if (!outcomes.includes(request.outcome)) {
          const message = `a ${f.kind} follow-up is ${outcomes.join(' or ')}`;
          throw new ProblemException('validation', message, [{ field: 'outcome', message }]);
        }
        if (f.cancelled_at) throw new ProtectionRuleRefused('the follow-up was cancelled');
        if (f.outcome) throw new ProtectionRuleRefused('the follow-up is already recorded');
        await this.followUps.recordOutcome(manager, followUpId, {
          outcome: request.outcome,
          noteSealed: request.note
            ? (await this.keyring.sealerFor(manager, caseId)).seal(request.note)
            : null,
          by: actor.userId,
          at: now,
        });
        return { followUpId, outcome: request.outcome };
      }),
    );
  }
}
