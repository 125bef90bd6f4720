import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ExchangeMessageContentResponse } from '@nrm/api-contracts';
import { Routes } from '@nrm/api-contracts';
import { DataKeyring } from '@nrm/security';
import type { Actor } from '@nrm/security';
import { ProblemException, permit } from '@nrm/service-kit';
import { IncomingRepository } from '../../incoming/incoming.repository';
import { IntakeClient } from '../intake-client';
import { sealingOwner } from '../message-queue';
import type { MessageContent } from '../message-queue';
import { signedPayload } from '../../wire/wire-format';
import { OutgoingRepository } from '../outgoing.repository';

/**
 * What one message of a case said (a partner's request, what was sent), for a user intake lets read
 * the person's details: the person's fields their view withholds are left out, as intake leaves them out.
 */
@Injectable()
export class CaseMessage {
  constructor(
    private readonly dataSource: DataSource,
    private readonly keyring: DataKeyring,
    private readonly outgoing: OutgoingRepository,
    private readonly incoming: IncomingRepository,
    private readonly intake: IntakeClient,
  ) {}

  async execute(caseId: string, messageId: string, actor: Actor): Promise<ExchangeMessageContentResponse> {
    permit(actor, Routes.caseExchangeMessage);
    const { withheld } = await this.intake.personalData(caseId, actor);
    const received = await this.incoming.ofCase(this.dataSource, caseId, messageId);
    const sent = received ? undefined : await this.outgoing.ofCase(this.dataSource, caseId, messageId);
    const row = received ?? sent;
    if (!row) throw new ProblemException('notFound', 'no such message of this case');
    // A partner's message as it signed it; ours as it was queued (what every attempt signed).
    const [owner, sealed] = received
      ? [received.case_id ?? received.message_id, received.signed_sealed]
      : [sealingOwner(sent!), sent!.content_sealed];
    const text = await this.dataSource.transaction(async (m) =>
      (await this.keyring.sealerFor(m, owner)).open(sealed),
    );
    const { body } = received ? signedPayload<MessageContent>(text) : (JSON.parse(text) as MessageContent);
    const person = body['person'];
    const shown =
      person && typeof person === 'object'
        ? {
            ...body,
            person: Object.fromEntries(Object.entries(person).filter(([field]) => !withheld.includes(field))),
          }
        : body;
    return {
      messageId: row.message_id,
      direction: received ? 'incoming' : 'outgoing',
      partner: row.partner,
      type: row.type,
      purpose: row.purpose,
      body: shown,
      withheld:
        person && typeof person === 'object' ? Object.keys(person).filter((f) => withheld.includes(f)) : [],
    };
  }
}
