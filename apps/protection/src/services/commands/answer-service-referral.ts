import type { ServiceReferralStatusResponse } from '@nrm/api-contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ServiceReferralAccepted, ServiceReferralCompleted, ServiceReferralDeclined } from '@nrm/contracts';
import type { ServiceDeclineReason } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import type { Actor } from '@nrm/security';
import { ProblemException, permit } from '@nrm/service-kit';
import { CaseRepository } from '../../cases/case.repository';
import { asProblem } from '../../cases/refusals';
import { NeedRepository } from '../../plans/need.repository';
import { answerServiceReferral } from '../service-referral-rules';
import type { ProviderAnswer } from '../service-referral-rules';
import { ServiceReferralRepository, referralEvent } from '../service-referral.repository';
import { Routes } from '@nrm/api-contracts';

const ANSWER_EVENTS = {
  accept: ServiceReferralAccepted,
  decline: ServiceReferralDeclined,
  complete: ServiceReferralCompleted,
} as const;

const NO_REFERRAL = 'no such service referral to your agency';

/** The provider's answer to a referral (accept, decline, complete); only the provider it went to gives it. */
/** The route of each answer (the same roles for all three). */
const ANSWER_ROUTES = {
  accept: Routes.acceptServiceReferral,
  decline: Routes.declineServiceReferral,
  complete: Routes.completeServiceReferral,
} satisfies Record<ProviderAnswer, unknown>;

@Injectable()
export class AnswerServiceReferral {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly cases: CaseRepository,
    private readonly needs: NeedRepository,
    private readonly referrals: ServiceReferralRepository,
  ) {}

  execute(
    serviceReferralId: string,
    answer: ProviderAnswer,
    actor: Actor,
    declineReason?: ServiceDeclineReason,
    now = new Date(),
  ): Promise<ServiceReferralStatusResponse> {
    permit(actor, ANSWER_ROUTES[answer]);
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        // The case is locked before its referral, as closure does, so the two never deadlock.
        const caseId = await this.referrals.caseOf(manager, serviceReferralId, actor.agencyId);
        if (!caseId) throw new ProblemException('notFound', NO_REFERRAL);
        await this.cases.lock(manager, caseId);
        const row = await this.referrals.lockFor(manager, serviceReferralId, actor.agencyId);
        if (!row) throw new ProblemException('notFound', NO_REFERRAL);
        const next = answerServiceReferral(row.status, answer);
        await this.referrals.answer(manager, serviceReferralId, {
          status: next,
          declineReason: declineReason ?? null,
          by: actor.userId,
          at: now,
          completed: answer === 'complete',
        });
        if (answer === 'complete') await this.needs.markMet(manager, row.case_id, row.need_type);
        await this.outbox.append(manager, ANSWER_EVENTS[answer], {
          subject: row.case_id,
          time: now,
          data: {
            ...referralEvent(row),
            ...(answer === 'decline' && declineReason ? { declineReason } : {}),
          },
        });
        return { serviceReferralId, status: next };
      }),
    );
  }
}
