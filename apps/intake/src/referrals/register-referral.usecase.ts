import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import { LocalDate } from '@nrm/calendar';
import type { CreateReferralRequest, ReferralAcceptedResponse } from '@nrm/api-contracts';
import { ReferralReceived } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import { FieldCipher } from '@nrm/security';
import type { Actor } from '@nrm/security';
import { ProblemException, SERVICE_CONFIG } from '@nrm/service-kit';
import type { IntakeConfig } from '../intake.config';
import { newCaseReference } from './case-reference';
import { ReferralRecord } from './referral.entity';
import { checkReferralRules, isHandledAsChild } from './referral-rules';
import type { ReferralFacts } from './referral-rules';

/**
 * Registers a first responder's referral: checks the rules, seals the personal data, stores the
 * referral and records "referral received" in the outbox, all in one transaction.
 */
@Injectable()
export class RegisterReferral {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly cipher: FieldCipher,
    @Inject(SERVICE_CONFIG) private readonly config: IntakeConfig,
  ) {}

  async execute(
    request: CreateReferralRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<ReferralAcceptedResponse> {
    const facts: ReferralFacts = {
      encounterDate: request.encounter.date,
      person: request.person,
      consentToReferral: request.consent.referral,
    };
    const violations = checkReferralRules(facts, LocalDate.of(now, this.config.JURISDICTION_TIME_ZONE));
    if (violations.length > 0) {
      throw new ProblemException('validation', 'the referral breaks one or more rules', violations);
    }
    const handledAsChild = isHandledAsChild(facts);

    for (let attempt = 1; ; attempt += 1) {
      const caseId = randomUUID();
      const caseReference = newCaseReference(this.config.JURISDICTION, now.getUTCFullYear());
      try {
        await this.dataSource.transaction(async (manager) => {
          const record = manager.create(ReferralRecord, {
            caseId,
            caseReference,
            status: 'received',
            referringAgencyId: actor.agencyId,
            referringUserId: actor.userId,
            channel: request.channel,
            referredAt: now,
            encounteredOn: request.encounter.date,
            handledAsChild,
            sex: request.person.sex,
            nationalities: request.person.nationalities,
            exploitationTypes: request.exploitationTypes,
            immediateRisks: request.immediateRisks,
            interpreterNeeded: request.interpreter.needed,
            interpreterLanguage: request.interpreter.language ?? null,
            consentToReferral: request.consent.referral,
            consentLanguage: request.consent.language,
            personSealed: this.cipher.sealJson(request.person, caseId),
            encounterPlaceSealed: this.cipher.seal(request.encounter.place, caseId),
            accountSealed: request.account ? this.cipher.seal(request.account, caseId) : null,
            consentInterpreterSealed: request.consent.interpreter
              ? this.cipher.seal(request.consent.interpreter, caseId)
              : null,
          });
          await manager.insert(ReferralRecord, record);
          await this.outbox.append(manager, ReferralReceived, {
            subject: caseId,
            time: now,
            data: {
              caseId,
              caseReference,
              referringAgencyId: actor.agencyId,
              referralChannel: request.channel,
              referredAt: now.toISOString(),
              personIsChild: handledAsChild,
              sex: request.person.sex,
              nationalities: request.person.nationalities,
              exploitationTypes: request.exploitationTypes,
              immediateRisks: request.immediateRisks,
              interpreterNeeded: request.interpreter.needed,
            },
          });
        });
        return { caseId, caseReference, status: 'received', handledAsChild };
      } catch (error) {
        // A case reference collision is rare; draw another.
        const unique =
          error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';
        if (!unique || attempt >= 3) throw error;
      }
    }
  }
}
