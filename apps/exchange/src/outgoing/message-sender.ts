import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { appendAudit } from '@nrm/audit';
import { ExchangeMessageDelivered, ExchangeMessageRefused } from '@nrm/contracts';
import type { ExchangeMessageType, ExchangePurpose } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import type { Logger } from '@nrm/observability';
import { describeError } from '@nrm/observability';
import { DataKeyring, PersonalDataErasedError } from '@nrm/security';
import { LOGGER, SERVICE_CONFIG } from '@nrm/service-kit';
import type { ExchangeConfig } from '../exchange.config';
import { PartnerRepository } from '../partners/partner.repository';
import type { PartnerRecord } from '../partners/partner.repository';
import { OwnKeys } from '../wire/own-keys';
import { PartnerKeySets } from '../wire/partner-key-sets';
import { RECEIPT_TYPE, REFUSAL_TYPE, sealMessage, verifySigned } from '../wire/wire-format';
import type { ExchangeEnvelope, Receipt, Refusal } from '../wire/wire-format';
import { sealingOwner } from './message-queue';
import { OutgoingRepository } from './outgoing.repository';
import type { OutgoingRow } from './outgoing.repository';

/** Refusals that say nothing of the message itself: it is sent again, with backoff. */
const RETRYABLE_REFUSALS: readonly string[] = ['unknown_key', 'outside_time_window'];

/** Messages attempted at once per process. */
const IN_FLIGHT = 16;

type Outcome =
  | { status: 'delivered'; answer: string; jws: string }
  | { status: 'refused'; answer: string | null; reason: string }
  | { status: 'queued'; error: string };

/** Exponential backoff with jitter, from `baseMs`, capped. */
export function retryDelayMs(attempt: number, baseMs: number, maxMs: number, random = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(Math.min(ceiling, baseMs / 2 + random() * Math.max(0, ceiling - baseMs / 2)));
}

/**
 * Sends queued messages to partners until each is settled: delivered, with the partner's signed
 * receipt kept, or refused, with its signed refusal kept. Each attempt is signed afresh (the time of
 * signing is the receiver's replay window) with the same message id and content, so a partner that
 * received an attempt whose answer was lost answers the next with the same receipt: delivered once.
 * A partner down, slow or answering without a valid signature is tried again with backoff; the queue
 * is a table, so nothing waits in memory across a restart.
 */
@Injectable()
export class MessageSender implements OnApplicationBootstrap, OnApplicationShutdown {
  private running = false;
  private loop?: Promise<void>;
  private wakeUp?: () => void;
  private woken = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outgoing: OutgoingRepository,
    private readonly partners: PartnerRepository,
    private readonly keyring: DataKeyring,
    private readonly ownKeys: OwnKeys,
    private readonly keySets: PartnerKeySets,
    private readonly outbox: OutboxWriter,
    @Inject(SERVICE_CONFIG) private readonly config: ExchangeConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.running = true;
    this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake();
    await this.loop;
  }

  /** Something was queued: look now rather than at the next poll. */
  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      let claimed = 0;
      try {
        claimed = await this.pass();
        failures = 0;
      } catch (error) {
        failures += 1;
        if (failures === 1 || failures % 20 === 0)
          this.logger.warn({ ...describeError(error), failures }, 'exchange sender: pass failed');
      }
      if (!this.running) break;
      if (claimed < IN_FLIGHT) await this.sleep(await this.pause(failures));
    }
  }

  /** Until the next message falls due, at most the poll interval. */
  private async pause(failures: number): Promise<number> {
    const poll = this.config.EXCHANGE_POLL_INTERVAL_MS * Math.min(2 ** Math.min(failures, 5), 20);
    if (failures > 0) return poll;
    const due = await this.outgoing.nextDue(this.dataSource).catch(() => undefined);
    return due ? Math.max(10, Math.min(poll, due.getTime() - Date.now())) : poll;
  }

  private async pass(): Promise<number> {
    const lease = randomUUID();
    const leaseMs = 2 * this.config.EXCHANGE_SEND_TIMEOUT_MS + 5000;
    const due = await this.outgoing.claimDue(this.dataSource, lease, IN_FLIGHT, leaseMs);
    if (due.length === 0) return 0;
    const partners = new Map((await this.partners.all(this.dataSource)).map((p) => [p.country, p]));
    await Promise.all(due.map((row) => this.attempt(row, lease, partners.get(row.partner))));
    return due.length;
  }

  private async attempt(row: OutgoingRow, lease: string, partner: PartnerRecord | undefined): Promise<void> {
    let outcome: Outcome;
    let jws = '';
    try {
      if (!partner || partner.status !== 'active') {
        outcome = { status: 'refused', answer: null, reason: 'revoked_partner' };
      } else {
        const content = await this.content(row);
        const sealed = await sealMessage(
          { ...content, iat: Math.floor(Date.now() / 1000) },
          this.ownKeys.signing.current,
          await this.keySets.encryptionKey(partner),
        );
        jws = sealed.jws;
        outcome = await this.post(row, partner, sealed.jwe);
      }
    } catch (error) {
      outcome =
        error instanceof PersonalDataErasedError
          ? { status: 'refused', answer: null, reason: 'erased' }
          : { status: 'queued', error: describeError(error).errorName };
    }
    await this.record(row, lease, outcome.status === 'delivered' ? { ...outcome, jws } : outcome);
  }

  private async content(row: OutgoingRow): Promise<Omit<ExchangeEnvelope, 'iat'>> {
    const sealer = await this.dataSource.transaction((m) => this.keyring.sealerFor(m, sealingOwner(row)));
    return JSON.parse(sealer.open(row.content_sealed)) as Omit<ExchangeEnvelope, 'iat'>;
  }

  /** One attempt: the partner's signed receipt or refusal, else a reason to try again. */
  private async post(row: OutgoingRow, partner: PartnerRecord, jwe: string): Promise<Outcome> {
    let response: Response;
    try {
      response = await fetch(`${partner.endpoint}/exchange/v1/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/jose', 'idempotency-key': row.message_id },
        body: jwe,
        signal: AbortSignal.timeout(this.config.EXCHANGE_SEND_TIMEOUT_MS),
      });
    } catch (error) {
      return { status: 'queued', error: describeError(error).errorName };
    }
    let answer: { receipt?: unknown; signedRefusal?: unknown };
    try {
      answer = (await response.json()) as typeof answer;
    } catch {
      return { status: 'queued', error: `answered ${response.status} without a document` };
    }
    const keys = this.keySets.verifierFor(partner);
    if (response.ok && typeof answer.receipt === 'string') {
      const receipt = await verifySigned<Receipt>(answer.receipt, keys, RECEIPT_TYPE).catch(() => undefined);
      if (receipt?.receiptFor === row.message_id && receipt.digest === row.digest)
        return { status: 'delivered', answer: answer.receipt, jws: '' };
      return { status: 'queued', error: 'the receipt did not verify' };
    }
    if (response.status >= 400 && response.status < 500 && typeof answer.signedRefusal === 'string') {
      const refusal = await verifySigned<Refusal>(answer.signedRefusal, keys, REFUSAL_TYPE).catch(
        () => undefined,
      );
      // A key the partner has not read yet (a rotation) or a clock out of step passes: try again.
      if (refusal?.refusalOf === row.message_id && RETRYABLE_REFUSALS.includes(refusal.reason))
        return { status: 'queued', error: `refused for now: ${refusal.reason}` };
      if (refusal?.refusalOf === row.message_id)
        return { status: 'refused', answer: answer.signedRefusal, reason: refusal.reason };
      return { status: 'queued', error: 'the refusal did not verify' };
    }
    return { status: 'queued', error: `answered ${response.status}` };
  }

  private async record(row: OutgoingRow, lease: string, outcome: Outcome & { jws?: string }): Promise<void> {
    const retryInMs = retryDelayMs(
      row.attempts,
      this.config.EXCHANGE_RETRY_BASE_MS,
      this.config.EXCHANGE_RETRY_MAX_MS,
    );
    const event = {
      messageId: row.message_id,
      ...(row.case_id ? { caseId: row.case_id } : {}),
      partner: row.partner,
      type: row.type as ExchangeMessageType,
      purpose: row.purpose as ExchangePurpose,
    };
    const settled = await this.dataSource.transaction(async (m) => {
      if (outcome.status === 'queued')
        return this.outgoing.settle(m, row.message_id, lease, { ...outcome, retryInMs });
      if (outcome.status === 'refused') {
        const ok = await this.outgoing.settle(m, row.message_id, lease, outcome);
        if (ok)
          await this.outbox.append(m, ExchangeMessageRefused, {
            subject: row.case_id ?? row.message_id,
            data: { ...event, reason: outcome.reason },
          });
        return ok;
      }
      const sealer = await this.keyring.sealerFor(m, sealingOwner(row));
      const ok = await this.outgoing.settle(m, row.message_id, lease, {
        status: 'delivered',
        answer: outcome.answer,
        signedSealed: sealer.seal(outcome.jws ?? ''),
      });
      if (ok)
        await this.outbox.append(m, ExchangeMessageDelivered, {
          subject: row.case_id ?? row.message_id,
          data: { ...event, agreementId: row.agreement_id, attempts: row.attempts },
        });
      return ok;
    });
    if (settled && outcome.status === 'delivered' && row.requested_role) {
      // The disclosure, in the tamper-evident chain and the case's access log: whose act sent what, to
      // whom, under which agreement and purpose.
      await appendAudit(this.dataSource, {
        at: new Date().toISOString(),
        actorUserId: row.requested_by,
        actorAgencyId: row.requested_agency,
        actorRole: row.requested_role,
        action: 'write',
        what: `disclosure of ${row.type} to ${row.partner} for ${row.purpose} under agreement ${row.agreement_id}`,
        target: { messageId: row.message_id, partner: row.partner, agreementId: row.agreement_id },
        caseId: row.case_id,
        outcome: 200,
        ...(row.requested_purpose ? { purpose: row.requested_purpose } : {}),
      }).catch((error: unknown) =>
        this.logger.warn(describeError(error), 'exchange sender: audit append failed'),
      );
    }
  }

  /** Waits until woken or `ms` passed. */
  private sleep(ms: number): Promise<void> {
    if (this.woken) {
      this.woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeUp = () => {
        this.wakeUp = undefined;
        this.woken = false;
        done();
      };
    });
  }
}
