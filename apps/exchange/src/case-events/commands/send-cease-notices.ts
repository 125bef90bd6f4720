import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ErasureLegalBasis, ExchangePurpose } from '@nrm/contracts';
import { MessageQueue } from '../../outgoing/message-queue';
import { OutgoingRepository } from '../../outgoing/outgoing.repository';
import { PartnerRepository } from '../../partners/partner.repository';

/**
 * The person withdrew their consent to sharing, or their data was erased: every partner that received
 * their details (or was about to) is told to stop processing them, once per partner, answering the
 * first message it got; what was still queued does not leave.
 */
@Injectable()
export class SendCeaseNotices {
  constructor(
    private readonly outgoing: OutgoingRepository,
    private readonly partners: PartnerRepository,
    private readonly queue: MessageQueue,
  ) {}

  async execute(
    m: EntityManager,
    caseId: string,
    reason: ErasureLegalBasis,
    agencyId: string,
  ): Promise<void> {
    const sent = await this.outgoing.withPersonalData(m, caseId);
    const firstByPartner = new Map<string, (typeof sent)[number]>();
    for (const row of sent) {
      if (row.status === 'queued') await this.outgoing.withdraw(m, row.message_id, 'consent_withdrawn');
      if (!firstByPartner.has(row.partner)) firstByPartner.set(row.partner, row);
    }
    for (const [partner, first] of firstByPartner) {
      const agreement =
        (await this.partners.agreementWith(m, partner)) ??
        (await this.partners.agreementById(m, first.agreement_id));
      if (!agreement) continue;
      await this.queue.enqueue(m, {
        partner,
        caseId,
        type: 'cease_processing',
        purpose: first.purpose as ExchangePurpose,
        agreement,
        inReplyTo: first.message_id,
        body: { reason },
        requestedBy: 'exchange',
        requestedAgency: agencyId,
        requestedRole: null,
      });
    }
  }
}
