import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { FollowUpOutcomeRequest } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { DataKeyring } from '@nrm/security';
import { ProblemException } from '@nrm/service-kit';
import { ProtectionRuleRefused } from '../cases/case-rules';
import { asProblem } from '../cases/case-store';
import { ProtectionAccess } from '../cases/protection-access';

const OUTCOMES = {
  return_follow_up: ['reached', 'not_reached'],
  residence_expiry: ['renewed', 'not_renewed'],
} as const;

/** Records what a follow-up found: by case workers, or by the agency it was addressed to. */
@Injectable()
export class FollowUps {
  constructor(
    private readonly access: ProtectionAccess,
    private readonly dataSource: DataSource,
    private readonly keyring: DataKeyring,
  ) {}

  async record(
    caseId: string,
    followUpId: string,
    request: FollowUpOutcomeRequest,
    actor: Actor,
    now = new Date(),
  ) {
    // The agency a follow-up is addressed to records it (checked below); otherwise a case worker.
    if (actor.role !== 'service_provider')
      await this.access.requireCaseManager(this.dataSource.manager, caseId, actor);
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        const [f]: {
          kind: keyof typeof OUTCOMES;
          recipient_agency_id: string;
          outcome: string | null;
          cancelled_at: Date | null;
        }[] = await manager.query(
          `SELECT kind, recipient_agency_id, outcome, cancelled_at FROM follow_up WHERE follow_up_id = $1 AND case_id = $2 FOR UPDATE`,
          [followUpId, caseId],
        );
        if (!f || (actor.role === 'service_provider' && f.recipient_agency_id !== actor.agencyId)) {
          throw new ProblemException('notFound', 'no such follow-up');
        }
        if (!(OUTCOMES[f.kind] as readonly string[]).includes(request.outcome)) {
          const message = `a ${f.kind} follow-up is ${OUTCOMES[f.kind].join(' or ')}`;
          throw new ProblemException('validation', message, [{ field: 'outcome', message }]);
        }
        if (f.cancelled_at) throw new ProtectionRuleRefused('the follow-up was cancelled');
        if (f.outcome) throw new ProtectionRuleRefused('the follow-up is already recorded');
        await manager.query(
          `UPDATE follow_up SET outcome = $2, outcome_note_sealed = $3, recorded_by = $4, recorded_at = $5 WHERE follow_up_id = $1`,
          [
            followUpId,
            request.outcome,
            request.note ? (await this.keyring.sealerFor(manager, caseId)).seal(request.note) : null,
            actor.userId,
            now,
          ],
        );
        return { followUpId, outcome: request.outcome };
      }),
    );
  }
}
