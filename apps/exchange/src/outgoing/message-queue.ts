import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AccessPurpose, ExchangeMessageType, ExchangePurpose, Role } from '@nrm/contracts';
import { DataKeyring } from '@nrm/security';
import { SERVICE_CONFIG } from '@nrm/service-kit';
import { fieldPaths, minimise } from '../agreements/agreement-rules';
import type { Agreement } from '../agreements/agreement-rules';
import type { ExchangeConfig } from '../exchange.config';
import { contentDigest } from '../wire/wire-format';
import type { ExchangeEnvelope } from '../wire/wire-format';
import { MessageSender } from './message-sender';
import { OutgoingRepository } from './outgoing.repository';

/**
 * Messages whose body the protocol fixes and which carry nothing of a person (a notice's reason,
 * published counts): the agreement covers their type; its fields are for a person's details.
 */
export const PROTOCOL_BODIES: readonly ExchangeMessageType[] = ['cease_processing', 'regional_statistics'];

/** What a message's content is, before it is signed: everything but the time of signing. */
export type MessageContent = Omit<ExchangeEnvelope, 'iat'>;

export interface MessageToQueue {
  partner: string;
  caseId: string | null;
  type: ExchangeMessageType;
  purpose: ExchangePurpose;
  agreement: Agreement;
  inReplyTo?: string;
  body: Record<string, unknown>;
  requestedBy: string;
  requestedAgency: string;
  /**
   * The role of the user whose act sends it (a request, a decision): its disclosure is then in the
   * case's access log. None for a notice to stop processing, which carries nothing of the person.
   */
  requestedRole: Role | null;
  /** Why they acted (their access purpose), for the access log. */
  requestedPurpose?: AccessPurpose;
  /** What a follow-up tells, shown with the case's messages. */
  decision?: string;
}

/**
 * Whose data key seals a message: its case's, so that erasing the case makes it unreadable; but a
 * notice to stop processing is sealed on its own, since it is sent because the case's data is going.
 */
export function sealingOwner(row: { type: string; case_id: string | null; message_id: string }): string {
  return row.type === 'cease_processing' || !row.case_id ? row.message_id : row.case_id;
}

/**
 * Queues a message for a partner in the caller's transaction: its body cut down to the agreement's
 * fields (a notice to stop processing carries only its reason), its content sealed and its digest fixed.
 */
@Injectable()
export class MessageQueue {
  constructor(
    private readonly keyring: DataKeyring,
    private readonly outgoing: OutgoingRepository,
    private readonly sender: MessageSender,
    @Inject(SERVICE_CONFIG) private readonly config: ExchangeConfig,
  ) {}

  async enqueue(m: EntityManager, q: MessageToQueue): Promise<{ messageId: string; fields: string[] }> {
    const messageId = randomUUID();
    const content: MessageContent = {
      id: messageId,
      from: this.config.EXCHANGE_COUNTRY,
      to: q.partner,
      type: q.type,
      purpose: q.purpose,
      agreement: q.agreement.reference,
      ...(q.caseId ? { caseRef: q.caseId } : {}),
      ...(q.inReplyTo ? { inReplyTo: q.inReplyTo } : {}),
      body: PROTOCOL_BODIES.includes(q.type) ? q.body : minimise(q.body, q.agreement.fields),
    };
    const row = { message_id: messageId, case_id: q.caseId, type: q.type };
    const sealer = await this.keyring.sealerFor(m, sealingOwner(row));
    await this.outgoing.insert(m, {
      ...row,
      partner: q.partner,
      purpose: q.purpose,
      agreement_id: q.agreement.agreementId,
      in_reply_to: q.inReplyTo ?? null,
      requested_by: q.requestedBy,
      requested_agency: q.requestedAgency,
      requested_role: q.requestedRole,
      requested_purpose: q.requestedPurpose ?? null,
      content_sealed: sealer.seal(JSON.stringify(content)),
      digest: contentDigest(content),
      decision: q.decision ?? null,
    });
    this.sender.wake();
    return { messageId, fields: fieldPaths(content.body) };
  }
}
