import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LocalDate } from '@nrm/calendar';
import { ExchangeDecisions, ExchangeMessageQuarantined, ExchangeMessageReceived } from '@nrm/contracts';
import type { ExchangeDecision, ExchangeRefusalReason } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import { DataKeyring, PersonalDataErasedError } from '@nrm/security';
import { appendAudit } from '@nrm/audit';
import type { Logger } from '@nrm/observability';
import { describeError } from '@nrm/observability';
import { LOGGER, PROBLEM_CONTENT_TYPE, SERVICE_CONFIG } from '@nrm/service-kit';
import {
  CARRIES_PERSONAL_DATA,
  agreementRefusal,
  fieldsBeyond,
  insideTimeWindow,
} from '../../agreements/agreement-rules';
import type { ExchangeConfig } from '../../exchange.config';
import { PROTOCOL_BODIES } from '../../outgoing/message-queue';
import { OutgoingRepository } from '../../outgoing/outgoing.repository';
import { PublishedStatisticsRepository } from '../../statistics/published-statistics.repository';
import { publishedBodyProblem } from '../../statistics/statistics-rules';
import type { PublishedStatisticsBody } from '../../statistics/statistics-rules';
import { PartnerRepository } from '../../partners/partner.repository';
import { OwnKeys } from '../../wire/own-keys';
import { KeySetUnavailableError, PartnerKeySets } from '../../wire/partner-key-sets';
import { RECEIPT_TYPE, REFUSAL_TYPE, contentDigest, openMessage, signJson } from '../../wire/wire-format';
import type { ExchangeEnvelope, Receipt, Refusal } from '../../wire/wire-format';
import { IncomingRepository } from '../incoming.repository';
import { envelopeProblem, refusalStatus } from '../inbox-rules';

export interface ListenerAnswer {
  status: number;
  contentType: string;
  body: Record<string, unknown>;
}

/**
 * A message from a partner, as it arrived: decrypted with our key, its signature checked against the
 * sender's published keys, its shape, addressee, time window and agreement checked, then kept once in
 * the inbox (by sender and message id) with our signed receipt. The same message again gets the same
 * receipt and changes nothing; a different message under a used id, and everything refused, is kept
 * in the quarantine for review and answered with our signed refusal. Nothing that arrived is lost.
 */
@Injectable()
export class ReceiveMessage {
  constructor(
    private readonly dataSource: DataSource,
    private readonly partners: PartnerRepository,
    private readonly inbox: IncomingRepository,
    private readonly outgoing: OutgoingRepository,
    private readonly statistics: PublishedStatisticsRepository,
    private readonly keyring: DataKeyring,
    private readonly ownKeys: OwnKeys,
    private readonly keySets: PartnerKeySets,
    private readonly outbox: OutboxWriter,
    @Inject(SERVICE_CONFIG) private readonly config: ExchangeConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async execute(raw: string, now = new Date()): Promise<ListenerAnswer & { accepted?: ExchangeEnvelope }> {
    const partners = new Map((await this.partners.all(this.dataSource)).map((p) => [p.country, p]));
    let opened;
    try {
      opened = await openMessage(raw, this.ownKeys.encryption, (country) => {
        const partner = partners.get(country);
        return partner?.status === 'active' ? this.keySets.verifierFor(partner) : undefined;
      });
    } catch (error) {
      if (error instanceof KeySetUnavailableError)
        return problem(503, "The sender's keys cannot be read now; send again later");
      throw error;
    }
    if (!opened.ok) {
      const revoked =
        opened.reason === 'unknown_partner' && partners.get(opened.claimedFrom ?? '')?.status === 'revoked';
      return this.refuse(
        raw,
        revoked ? 'revoked_partner' : opened.reason,
        'the message could not be verified',
        opened,
      );
    }
    const e = opened.envelope;
    const claimed = { claimedFrom: e.from, id: typeof e.id === 'string' ? e.id : undefined };
    const shape = envelopeProblem(e);
    if (shape) return this.refuse(raw, 'malformed', shape, claimed);
    if (e.to !== this.ownKeys.country)
      return this.refuse(raw, 'not_addressed_here', `addressed to ${e.to}`, claimed);
    if (!insideTimeWindow(e.iat, now, this.config.EXCHANGE_TIME_WINDOW_SECONDS))
      return this.refuse(
        raw,
        'outside_time_window',
        'signed outside the time window: a replay or a wrong clock',
        claimed,
      );
    // A message received before is answered as it was, whatever changed since (an agreement
    // superseded): its sender only lost our answer.
    const digest = contentDigest(e);
    const earlier = await this.inbox.find(this.dataSource, e.from, e.id);
    if (earlier) {
      if (earlier.digest === digest) return receiptAnswer(earlier.receipt);
      return this.refuse(raw, 'replayed', 'a different message under an id already received', claimed);
    }
    const agreement = await this.partners.agreementWith(this.dataSource, e.from);
    // A notice to stop is honoured under any agreement the parties had, whatever reference it names.
    const covered = e.type === 'cease_processing' || agreement?.reference === e.agreement;
    if (!agreement || !covered)
      return this.refuse(raw, 'no_agreement', `no agreement ${e.agreement} is in force here`, claimed);
    const refused = agreementRefusal(
      agreement,
      e,
      LocalDate.of(now, this.config.JURISDICTION_TIME_ZONE).toString(),
    );
    if (refused) return this.refuse(raw, refused.reason, refused.detail, claimed);
    // A notice to stop or published counts: the protocol fixes their body, the agreement their type.
    const beyond = PROTOCOL_BODIES.includes(e.type) ? [] : fieldsBeyond(e.body, agreement.fields);
    const statistics = e.type === 'regional_statistics' ? publishedBodyProblem(e.body) : undefined;
    if (statistics) return this.refuse(raw, 'malformed', statistics, claimed);
    if (beyond.length > 0)
      return this.refuse(
        raw,
        'beyond_agreement',
        `fields beyond the agreement: ${beyond.join(', ')}`,
        claimed,
      );

    const caseId = e.type === 'transfer_referral' ? randomUUID() : await this.caseOf(e);
    // A notice to stop answering one of our messages: it may stop only what it was sent itself.
    if (e.type === 'cease_processing' && e.inReplyTo && caseId === undefined) {
      if (await this.outgoing.find(this.dataSource, e.from, e.inReplyTo))
        return this.refuse(
          raw,
          'unprocessable',
          'a notice to stop answers a message of yours, not of ours',
          claimed,
        );
    }
    // A notice to stop that overtook the referral it answers: not now; its sender tries again.
    if (e.type === 'cease_processing' && e.inReplyTo && caseId === undefined)
      return problem(503, 'the message this notice answers has not arrived here yet; send it again later');
    const decision =
      e.type === 'status_follow_up' && ExchangeDecisions.includes(e.body['decision'] as ExchangeDecision)
        ? (e.body['decision'] as string)
        : null;
    // What is passed on after the answer: a referral to intake, a notice to stop to intake's erasure.
    const toPassOn =
      e.type === 'transfer_referral' || (e.type === 'cease_processing' && caseId !== undefined);
    const receipt = await signJson(
      {
        receiptFor: e.id,
        from: this.ownKeys.country,
        to: e.from,
        digest,
        receivedAt: now.toISOString(),
      } satisfies Receipt,
      this.ownKeys.signing.current,
      RECEIPT_TYPE,
    );
    let erased = false;
    const inserted = await this.dataSource.transaction(async (m) => {
      // A case whose personal data was erased here: the message is kept under a key of its own, and
      // nothing is passed on (a notice to stop has nothing left to stop).
      const sealer = await this.keyring.sealerFor(m, caseId ?? e.id).catch(async (error: unknown) => {
        if (!(error instanceof PersonalDataErasedError)) throw error;
        erased = true;
        return this.keyring.sealerFor(m, e.id);
      });
      const ok = await this.inbox.insert(m, {
        partner: e.from,
        message_id: e.id,
        type: e.type,
        purpose: e.purpose,
        agreement_id: agreement.agreementId,
        partner_case_ref: e.caseRef ?? null,
        in_reply_to: e.inReplyTo ?? null,
        case_id: caseId ?? null,
        digest,
        signed_sealed: sealer.seal(opened.jws),
        receipt,
        status: toPassOn && !erased ? 'accepted' : 'forwarded',
        decision,
      });
      if (ok && e.type === 'regional_statistics')
        await this.statistics.save(m, e.from, e.body as unknown as PublishedStatisticsBody, e.id);
      if (ok)
        await this.outbox.append(m, ExchangeMessageReceived, {
          subject: caseId ?? e.id,
          data: {
            messageId: e.id,
            ...(caseId ? { caseId } : {}),
            partner: e.from,
            type: e.type,
            purpose: e.purpose,
            agreementId: agreement.agreementId,
          },
        });
      return ok;
    });
    // Two deliveries of one message at once: the other one's row stands; answer as it did.
    if (!inserted) return this.execute(raw, now);
    if (CARRIES_PERSONAL_DATA.includes(e.type)) {
      // The receipt, in the tamper-evident chain and the case's access log: the partner's agency wrote
      // the person's details into a case here, as intake records its referral (a first responder).
      await appendAudit(this.dataSource, {
        at: now.toISOString(),
        actorUserId: `exchange:${e.from}`,
        actorAgencyId: partners.get(e.from)?.agencies[0]?.agencyId ?? `${e.from}-partner`,
        actorRole: 'first_responder',
        action: 'write',
        what: `receipt of ${e.type} from ${e.from} for ${e.purpose} under agreement ${agreement.agreementId}`,
        target: { messageId: e.id, partner: e.from, agreementId: agreement.agreementId },
        caseId: caseId ?? null,
        outcome: 200,
      }).catch((error: unknown) =>
        this.logger.warn(describeError(error), 'exchange inbox: audit append failed'),
      );
    }
    return { ...receiptAnswer(receipt), ...(toPassOn && !erased ? { accepted: e } : {}) };
  }

  /**
   * The case here a partner's message concerns: the one our message it answers was about, the one its
   * earlier message made or concerned (a notice answering its referral), or by its case id.
   */
  private async caseOf(e: ExchangeEnvelope): Promise<string | undefined> {
    if (e.inReplyTo) {
      // A notice to stop reaches only a case this partner referred here, never one we told it about.
      const theirs = await this.inbox.find(this.dataSource, e.from, e.inReplyTo);
      if (e.type === 'cease_processing')
        return theirs?.type === 'transfer_referral' ? (theirs.case_id ?? undefined) : undefined;
      if (theirs?.case_id) return theirs.case_id;
      const ours = await this.outgoing.find(this.dataSource, e.from, e.inReplyTo);
      if (ours?.case_id) return ours.case_id;
    }
    if (e.type === 'cease_processing') return undefined;
    return e.caseRef ? this.inbox.caseOfPartnerCase(this.dataSource, e.from, e.caseRef) : undefined;
  }

  private async refuse(
    raw: string,
    reason: ExchangeRefusalReason,
    detail: string,
    claimed: { claimedFrom?: string; id?: string },
  ): Promise<ListenerAnswer> {
    const quarantineId = randomUUID();
    await this.dataSource.transaction(async (m) => {
      const sealer = await this.keyring.sealerForNewOwner(m, quarantineId);
      await this.inbox.quarantine(m, {
        quarantine_id: quarantineId,
        claimed_partner: claimed.claimedFrom ?? null,
        message_id: claimed.id && UUID.test(claimed.id) ? claimed.id : null,
        reason,
        detail,
        raw_sealed: sealer.seal(raw),
      });
      await this.outbox.append(m, ExchangeMessageQuarantined, {
        subject: quarantineId,
        data: {
          quarantineId,
          ...(claimed.claimedFrom ? { claimedPartner: claimed.claimedFrom } : {}),
          reason,
        },
      });
    });
    const signedRefusal = await signJson(
      {
        refusalOf: claimed.id ?? null,
        from: this.ownKeys.country,
        to: claimed.claimedFrom ?? null,
        reason,
        refusedAt: new Date().toISOString(),
      } satisfies Refusal,
      this.ownKeys.signing.current,
      REFUSAL_TYPE,
    );
    return {
      ...problem(refusalStatus(reason), detail),
      body: { ...problem(refusalStatus(reason), detail).body, reason, quarantineId, signedRefusal },
    };
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function receiptAnswer(receipt: string): ListenerAnswer {
  return { status: 200, contentType: 'application/json', body: { receipt } };
}

function problem(status: number, detail: string): ListenerAnswer {
  return {
    status,
    contentType: PROBLEM_CONTENT_TYPE,
    body: {
      type: '/problems/exchange-message-refused',
      title: status === 503 ? 'The message cannot be taken now' : 'The message is refused',
      status,
      detail,
    },
  };
}
