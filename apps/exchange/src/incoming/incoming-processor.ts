import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LocalDate } from '@nrm/calendar';
import type { CreateReferralRequest } from '@nrm/api-contracts';
import type { Logger } from '@nrm/observability';
import { describeError } from '@nrm/observability';
import { ErasureLegalBases } from '@nrm/contracts';
import type { ErasureLegalBasis } from '@nrm/contracts';
import { DataKeyring, PersonalDataErasedError } from '@nrm/security';
import { LOGGER, PeriodicTask, ProblemException, SERVICE_CONFIG } from '@nrm/service-kit';
import type { ExchangeConfig } from '../exchange.config';
import { retryDelayMs } from '../outgoing/message-sender';
import { IntakeClient } from '../outgoing/intake-client';
import { PartnerRepository } from '../partners/partner.repository';
import { signedPayload } from '../wire/wire-format';
import type { ExchangeEnvelope } from '../wire/wire-format';
import { IncomingRepository } from './incoming.repository';
import type { IncomingRow } from './incoming.repository';

type Body = Record<string, unknown> & { person?: Record<string, unknown> };

/** A partner's transfer referral as intake takes it: channel cross_border, from the partner's agency. */
export function crossBorderReferral(
  e: ExchangeEnvelope,
  partnerName: string,
  receivedOn: string,
): CreateReferralRequest {
  const body = e.body as Body;
  const person = body.person ?? {};
  const exploitation = Array.isArray(body['exploitationTypes']) ? body['exploitationTypes'] : [];
  return {
    channel: 'cross_border',
    encounter: { date: receivedOn, place: `Transferred by ${partnerName}` },
    person: {
      names: person['names'],
      ...(person['aliases'] ? { aliases: person['aliases'] } : {}),
      ...(person['dateOfBirth'] ? { dateOfBirth: person['dateOfBirth'] } : {}),
      ...(person['estimatedAge'] !== undefined ? { estimatedAge: person['estimatedAge'] } : {}),
      sex: person['sex'] ?? 'unknown',
      nationalities: person['nationalities'] ?? [],
      ...(person['languages'] ? { languages: person['languages'] } : {}),
    },
    exploitationTypes: exploitation.length > 0 ? exploitation : ['other'],
    immediateRisks: Array.isArray(body['immediateRisks']) ? body['immediateRisks'] : [],
    interpreter: { needed: false },
    // The sender checked the person's consent to their data going to us (or the child rule).
    consent: { referral: true, language: 'en' },
  } as CreateReferralRequest;
}

/**
 * Passes accepted messages on to intake: a transfer referral as a case whose id was drawn when the
 * message was accepted (intake registers a case id once, so passing it on again after a crash changes
 * nothing), a notice to stop processing as the erasure of the case's personal data (crypto-shredding;
 * erasing again changes nothing). Refusals by intake are kept on the message and tried again with backoff.
 */
@Injectable()
export class IncomingProcessor extends PeriodicTask {
  protected readonly taskName = 'incoming processor';

  constructor(
    private readonly dataSource: DataSource,
    private readonly inbox: IncomingRepository,
    private readonly partners: PartnerRepository,
    private readonly keyring: DataKeyring,
    private readonly intake: IntakeClient,
    @Inject(SERVICE_CONFIG) private readonly config: ExchangeConfig,
    @Inject(LOGGER) protected readonly logger: Logger,
  ) {
    super();
  }

  protected intervalMs(): number {
    return this.config.EXCHANGE_POLL_INTERVAL_MS;
  }

  /** The partner's signed message as it was received. */
  private async envelope(row: IncomingRow): Promise<ExchangeEnvelope> {
    const sealer = await this.dataSource.transaction((m) =>
      this.keyring.sealerFor(m, row.case_id ?? row.message_id),
    );
    return signedPayload<ExchangeEnvelope>(sealer.open(row.signed_sealed));
  }

  protected async pass(): Promise<number> {
    const due = await this.inbox.dueToForward(this.dataSource, 20);
    for (const row of due) await this.forward(row);
    return due.length;
  }

  async forward(row: IncomingRow): Promise<void> {
    if (!row.case_id) return;
    const caseId = row.case_id;
    try {
      const partner = await this.partners.find(this.dataSource, row.partner);
      const actor = {
        userId: `exchange:${row.partner}`,
        agencyId: partner?.agencies[0]?.agencyId ?? `${row.partner}-partner`,
        role: 'first_responder' as const,
      };
      if (row.type === 'cease_processing') {
        // The referral it answers is passed on first, or the notice would find no case to erase.
        const referral = await this.inbox.transferInto(this.dataSource, caseId);
        if (referral?.status === 'accepted') throw new Error('the referral is not passed on yet');
        const envelope = await this.envelope(row).catch((error: unknown) => {
          // Erased already (a notice passed on before a crash): nothing left to read, nothing to change.
          if (error instanceof PersonalDataErasedError) return undefined;
          throw error;
        });
        const reason = envelope?.body['reason'];
        await this.intake.ceaseCrossBorder(
          caseId,
          ErasureLegalBases.includes(reason as ErasureLegalBasis)
            ? (reason as ErasureLegalBasis)
            : 'consent_withdrawn',
          actor,
        );
      } else {
        const envelope = await this.envelope(row);
        await this.intake.registerCrossBorder(
          caseId,
          crossBorderReferral(
            envelope as ExchangeEnvelope,
            partner?.name ?? row.partner,
            LocalDate.of(row.received_at, this.config.JURISDICTION_TIME_ZONE).toString(),
          ),
          actor,
        );
      }
      await this.inbox.forwarded(this.dataSource, row.partner, row.message_id);
    } catch (error) {
      const reason =
        error instanceof ProblemException ? `intake: ${error.getStatus()}` : describeError(error).errorName;
      this.logger.warn({ messageId: row.message_id, reason }, 'referral forwarder: not passed on yet');
      await this.inbox.forwardFailed(
        this.dataSource,
        row.partner,
        row.message_id,
        reason,
        retryDelayMs(row.attempts + 1, this.config.EXCHANGE_RETRY_BASE_MS, this.config.EXCHANGE_RETRY_MAX_MS),
      );
    }
  }
}
