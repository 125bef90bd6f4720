import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LocalDate } from '@nrm/calendar';
import type { ExchangeRequest, ExchangeRequestAccepted } from '@nrm/api-contracts';
import { Routes } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { ProblemException, SERVICE_CONFIG, permit } from '@nrm/service-kit';
import { agreementRefusal, consentRefusal } from '../../agreements/agreement-rules';
import type { ExchangeConfig } from '../../exchange.config';
import { PartnerRepository } from '../../partners/partner.repository';
import { IntakeClient } from '../intake-client';
import { MessageQueue } from '../message-queue';

/** The person's details a message may carry, as intake holds them (the agreement picks among them). */
const PERSON_FIELDS = [
  'names',
  'aliases',
  'dateOfBirth',
  'estimatedAge',
  'sex',
  'nationalities',
  'languages',
  'interpreter',
  'documents',
  'contact',
] as const;

/**
 * A case worker's or supervisor's request to send a message about a case to a partner: the agreement
 * in force must cover its type and purpose, the person's consent (or the child rule) must allow it,
 * and its body is cut down to the agreement's fields. The message is sealed with the case's data key
 * and queued; the sender signs, encrypts and sends it until the partner answers.
 */
@Injectable()
export class RequestExchange {
  constructor(
    private readonly dataSource: DataSource,
    private readonly partners: PartnerRepository,
    private readonly queue: MessageQueue,
    private readonly intake: IntakeClient,
    @Inject(SERVICE_CONFIG) private readonly config: ExchangeConfig,
  ) {}

  async execute(request: ExchangeRequest, actor: Actor, now = new Date()): Promise<ExchangeRequestAccepted> {
    permit(actor, Routes.requestExchange);
    // Notices to stop and published statistics are sent by the platform itself, never asked for.
    if (request.type === 'cease_processing' || request.type === 'regional_statistics')
      throw new ProblemException('validation', 'this message type is sent by the platform itself', [
        { field: 'type', message: `${request.type} is sent by the platform itself, not on request` },
      ]);
    const partner = await this.partners.find(this.dataSource, request.partner);
    if (!partner || partner.status !== 'active')
      throw new ProblemException('notFound', `no active partner ${request.partner}`);
    const agreement = await this.partners.agreementWith(this.dataSource, partner.country);
    const day = LocalDate.of(now, this.config.JURISDICTION_TIME_ZONE).toString();
    const refused = agreementRefusal(agreement, request, day);
    if (refused || !agreement) throw new ProblemException('forbidden', refused?.detail);

    // Intake decides whether this user may read the case, as it does for the details themselves.
    const referral = await this.intake.referral(request.caseId, actor);
    const noConsent = consentRefusal(request.type, referral);
    if (noConsent) throw new ProblemException(referral.personalDataErased ? 'gone' : 'forbidden', noConsent);

    const body: Record<string, unknown> = { note: request.note };
    if (request.type !== 'status_follow_up') {
      const { details } = await this.intake.personalData(request.caseId, actor);
      body['person'] = Object.fromEntries(
        PERSON_FIELDS.filter((f) => f in details).map((f) => [f, details[f]]),
      );
      body['handledAsChild'] = referral.handledAsChild;
      body['immediateRisks'] = referral.immediateRisks;
      body['exploitationTypes'] = request.exploitationTypes;
    }
    const queued = await this.dataSource.transaction((m) =>
      this.queue.enqueue(m, {
        partner: partner.country,
        caseId: request.caseId,
        type: request.type,
        purpose: request.purpose,
        agreement,
        body,
        requestedBy: actor.userId,
        requestedAgency: actor.agencyId,
        requestedRole: actor.role,
        ...(actor.purpose ? { requestedPurpose: actor.purpose } : {}),
      }),
    );
    return { ...queued, status: 'queued', agreementReference: agreement.reference };
  }
}
