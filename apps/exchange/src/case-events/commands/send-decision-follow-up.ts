import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { LocalDate } from '@nrm/calendar';
import type { ExchangeDecision, ExchangePurpose } from '@nrm/contracts';
import type { Logger } from '@nrm/observability';
import { LOGGER, SERVICE_CONFIG } from '@nrm/service-kit';
import { agreementRefusal } from '../../agreements/agreement-rules';
import type { ExchangeConfig } from '../../exchange.config';
import { IncomingRepository } from '../../incoming/incoming.repository';
import { MessageQueue } from '../../outgoing/message-queue';
import { PartnerRepository } from '../../partners/partner.repository';

/**
 * A decision on a case a partner referred goes back to that partner as a status follow-up, answering
 * its referral, when the agreement in force covers follow-ups. Cases referred here are not touched.
 */
@Injectable()
export class SendDecisionFollowUp {
  constructor(
    private readonly inbox: IncomingRepository,
    private readonly partners: PartnerRepository,
    private readonly queue: MessageQueue,
    @Inject(SERVICE_CONFIG) private readonly config: ExchangeConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async execute(
    m: EntityManager,
    decided: { caseId: string; decision: ExchangeDecision; decidedByAgencyId: string; decidedAt: string },
  ): Promise<void> {
    const referral = await this.inbox.transferInto(m, decided.caseId);
    if (!referral) return;
    const partner = await this.partners.find(m, referral.partner);
    const agreement = await this.partners.agreementWith(m, referral.partner);
    const message = { type: 'status_follow_up', purpose: referral.purpose as ExchangePurpose } as const;
    const day = LocalDate.of(new Date(decided.decidedAt), this.config.JURISDICTION_TIME_ZONE).toString();
    const refused = agreementRefusal(agreement, message, day);
    if (!partner || partner.status !== 'active' || refused || !agreement) {
      this.logger.info(
        {
          caseId: decided.caseId,
          partner: referral.partner,
          reason: refused?.reason ?? 'partner not active',
        },
        'exchange: decision not sent back to the referring partner',
      );
      return;
    }
    await this.queue.enqueue(m, {
      ...message,
      partner: partner.country,
      caseId: decided.caseId,
      agreement,
      inReplyTo: referral.message_id,
      body: { decision: decided.decision },
      requestedBy: 'exchange',
      requestedAgency: decided.decidedByAgencyId,
      // Decisions are taken by the competent authority's identification officers.
      requestedRole: 'identification_officer',
      requestedPurpose: 'identification',
      decision: decided.decision,
    });
  }
}
