import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ExchangeMessagePage, ExchangeMessageResponse } from '@nrm/api-contracts';
import { Routes } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { permit } from '@nrm/service-kit';
import { IncomingRepository } from '../../incoming/incoming.repository';
import { IntakeClient } from '../intake-client';
import { OutgoingRepository } from '../outgoing.repository';

/**
 * A case's messages with partner states, oldest first: what left, to whom, when, under which agreement
 * and purpose, and what came back. Only for users intake lets read the case.
 */
@Injectable()
export class CaseMessages {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outgoing: OutgoingRepository,
    private readonly incoming: IncomingRepository,
    private readonly intake: IntakeClient,
  ) {}

  async execute(caseId: string, actor: Actor): Promise<ExchangeMessagePage> {
    permit(actor, Routes.caseExchangeMessages);
    await this.intake.referral(caseId, actor);
    const sent = (await this.outgoing.forCase(this.dataSource, caseId)).map((r): ExchangeMessageResponse => ({
      messageId: r.message_id,
      direction: 'outgoing',
      partner: r.partner,
      type: r.type,
      purpose: r.purpose,
      status: r.status,
      agreementReference: r.reference,
      legalBasis: r.legal_basis,
      at: r.created_at.toISOString(),
      settledAt: r.settled_at?.toISOString() ?? null,
      attempts: r.attempts,
      ...(r.refusal_reason ? { refusalReason: r.refusal_reason } : {}),
      ...(r.in_reply_to ? { inReplyTo: r.in_reply_to } : {}),
      ...(r.answer ? { answer: r.answer } : {}),
    }));
    const received = (await this.incoming.forCase(this.dataSource, caseId)).map(
      (r): ExchangeMessageResponse => ({
        messageId: r.message_id,
        direction: 'incoming',
        partner: r.partner,
        type: r.type,
        purpose: r.purpose,
        status: r.status,
        agreementReference: r.reference,
        legalBasis: r.legal_basis,
        at: r.received_at.toISOString(),
        settledAt: r.forwarded_at?.toISOString() ?? null,
        attempts: 1,
        ...(r.in_reply_to ? { inReplyTo: r.in_reply_to } : {}),
        ...(r.decision ? { decision: r.decision } : {}),
        answer: r.receipt,
      }),
    );
    return { items: [...sent, ...received].sort((a, b) => a.at.localeCompare(b.at)) };
  }
}
