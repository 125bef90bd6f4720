import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ExchangeEvidenceResponse } from '@nrm/api-contracts';
import { Routes } from '@nrm/api-contracts';
import { sqlOf } from '@nrm/persistence';
import { DataKeyring, PersonalDataErasedError } from '@nrm/security';
import type { Actor } from '@nrm/security';
import { ProblemException, permit } from '@nrm/service-kit';
import type { DB as Tables } from '../../database/tables.generated';
import { OwnKeys } from '../../wire/own-keys';
import { signJson } from '../../wire/wire-format';
import { IntakeClient } from '../intake-client';
import { sealingOwner } from '../message-queue';

export const EVIDENCE_TYPE = 'nrm-exchange-evidence+jws';

/**
 * The signed message log of a case, as evidence: every message sent and received, each as it was
 * signed by its sender, with the receipt or refusal the other side signed, the whole signed by this
 * deployment. For a supervisor who sees the person's full details (the messages carry them).
 */
@Injectable()
export class CaseEvidence {
  constructor(
    private readonly dataSource: DataSource,
    private readonly keyring: DataKeyring,
    private readonly ownKeys: OwnKeys,
    private readonly intake: IntakeClient,
  ) {}

  async execute(caseId: string, actor: Actor, now = new Date()): Promise<ExchangeEvidenceResponse> {
    permit(actor, Routes.caseExchangeEvidence);
    const { view } = await this.intake.personalData(caseId, actor);
    if (view !== 'full')
      throw new ProblemException(
        'forbidden',
        "the evidence carries the person's details: a full view is needed",
      );
    const db = sqlOf<Tables>(this.dataSource);
    const [sent, received] = await Promise.all([
      db
        .selectFrom('outgoing_message as o')
        .innerJoin('agreement as a', 'a.agreement_id', 'o.agreement_id')
        .select([
          'o.message_id',
          'o.case_id',
          'o.type',
          'o.purpose',
          'o.partner',
          'o.signed_sealed',
          'o.answer',
          'o.settled_at',
          'a.reference',
          'a.legal_basis',
        ])
        .where('o.case_id', '=', caseId)
        .where('o.status', '=', 'delivered')
        .orderBy('o.settled_at')
        .execute(),
      db
        .selectFrom('incoming_message as i')
        .innerJoin('agreement as a', 'a.agreement_id', 'i.agreement_id')
        .select([
          'i.message_id',
          'i.case_id',
          'i.type',
          'i.purpose',
          'i.partner',
          'i.signed_sealed',
          'i.receipt',
          'i.received_at',
          'a.reference',
          'a.legal_basis',
        ])
        .where('i.case_id', '=', caseId)
        .orderBy('i.received_at')
        .execute(),
    ]);
    const open = async (owner: string, sealed: string | null) => {
      if (!sealed) return null;
      try {
        const sealer = await this.dataSource.transaction((m) => this.keyring.sealerFor(m, owner));
        return sealer.open(sealed);
      } catch (error) {
        if (error instanceof PersonalDataErasedError) return null;
        throw error;
      }
    };
    const messages = [
      ...(await Promise.all(
        sent.map(async (r) => ({
          direction: 'outgoing',
          messageId: r.message_id,
          partner: r.partner,
          type: r.type,
          purpose: r.purpose,
          agreementReference: r.reference,
          legalBasis: r.legal_basis,
          at: (r.settled_at ?? now).toISOString(),
          signedMessage: await open(sealingOwner(r), r.signed_sealed),
          answer: r.answer,
        })),
      )),
      ...(await Promise.all(
        received.map(async (r) => ({
          direction: 'incoming',
          messageId: r.message_id,
          partner: r.partner,
          type: r.type,
          purpose: r.purpose,
          agreementReference: r.reference,
          legalBasis: r.legal_basis,
          at: r.received_at.toISOString(),
          signedMessage: await open(r.case_id ?? r.message_id, r.signed_sealed),
          answer: r.receipt,
        })),
      )),
    ].sort((a, b) => a.at.localeCompare(b.at));
    const log = {
      caseId,
      deployment: this.ownKeys.country,
      exportedAt: now.toISOString(),
      exportedBy: actor.userId,
      messages,
    };
    return { ...log, signature: await signJson(log, this.ownKeys.signing.current, EVIDENCE_TYPE) };
  }
}
