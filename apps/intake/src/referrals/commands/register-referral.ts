import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { LocalDate } from '@nrm/calendar';
import type { CreateReferralRequest, ReferralAcceptedResponse } from '@nrm/api-contracts';
import { ReferralReceived } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import { DataKeyring } from '@nrm/security';
import type { Actor } from '@nrm/security';
import { ProblemException, SERVICE_CONFIG, permit } from '@nrm/service-kit';
import { AnonymousNoticeRepository } from '../../anonymous-notices/anonymous-notice.repository';
import { initialConsentEntries } from '../../consent/consent-rules';
import { ConsentRepository } from '../../consent/consent.repository';
import { DuplicateDetector } from '../../duplicates/duplicate-detector';
import { linkFingerprints } from '../../duplicates/fingerprints';
import type { IntakeConfig } from '../../intake.config';
import { newCaseReference } from '../case-reference';
import { contentColumns, deriveFacts } from '../referral-content';
import type { ReferralContent } from '../referral-content';
import { checkReferralRules } from '../referral-rules';
import { ReferralRepository } from '../referral.repository';
import { UrgentRiskAlerts } from '../urgent-risk-alerts';
import { Routes } from '@nrm/api-contracts';

/**
 * Registers a first responder's referral: checks the rules, seals the personal data, records consent,
 * looks for earlier referrals and anonymous notices of the same person, and records "referral
 * received" (and "urgent risk raised" when it applies) in the outbox, all in one transaction.
 */
@Injectable()
export class RegisterReferral {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly keyring: DataKeyring,
    private readonly duplicates: DuplicateDetector,
    private readonly referrals: ReferralRepository,
    private readonly consents: ConsentRepository,
    private readonly notices: AnonymousNoticeRepository,
    private readonly urgentRisks: UrgentRiskAlerts,
    @Inject(SERVICE_CONFIG) private readonly config: IntakeConfig,
  ) {}

  async execute(
    request: CreateReferralRequest,
    actor: Actor,
    now = new Date(),
    crossBorder?: { caseId: string },
  ): Promise<ReferralAcceptedResponse> {
    permit(actor, Routes.createReferral);
    // A partner state's referral comes only through the exchange, which draws its case id.
    if ((request.channel === 'cross_border') !== (crossBorder !== undefined))
      throw new ProblemException('validation', 'the referral breaks one or more rules', [
        {
          field: 'channel',
          message: 'channel cross_border is for referrals from partner states, through the exchange',
        },
      ]);
    const content: ReferralContent = {
      encounter: request.encounter,
      person: request.person,
      exploitationTypes: request.exploitationTypes,
      immediateRisks: request.immediateRisks,
      meansOfControl: request.meansOfControl ?? [],
      recruitmentMethod: request.recruitmentMethod ?? 'unknown',
      interpreter: request.interpreter,
      account: request.account,
      attachments: request.attachments ?? [],
    };
    const violations = checkReferralRules(
      {
        encounterDate: request.encounter.date,
        person: request.person,
        consentToReferral: request.consent.referral,
      },
      LocalDate.of(now, this.config.JURISDICTION_TIME_ZONE),
    );
    if (violations.length > 0) {
      throw new ProblemException('validation', 'the referral breaks one or more rules', violations);
    }
    const facts = deriveFacts(content);

    for (let attempt = 1; ; attempt += 1) {
      const caseId = crossBorder?.caseId ?? randomUUID();
      const caseReference = newCaseReference(this.config.JURISDICTION, now.getUTCFullYear());
      try {
        await this.dataSource.transaction((manager) =>
          this.register(manager, { caseId, caseReference, request, content, actor, now }),
        );
        return {
          caseId,
          caseReference,
          status: 'received',
          handledAsChild: facts.handledAsChild,
          requiresImmediateProtection: facts.requiresImmediateProtection,
        };
      } catch (error) {
        // A case reference collision is rare; draw another.
        const unique =
          error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';
        // The exchange passing the same partner's referral on again: the case is there already.
        if (unique && crossBorder) {
          const existing = await this.referrals.find(this.dataSource, crossBorder.caseId);
          if (existing?.channel === 'cross_border')
            return {
              caseId: existing.case_id,
              caseReference: existing.case_reference,
              status: 'received',
              handledAsChild: existing.handled_as_child,
              requiresImmediateProtection: existing.requires_immediate_protection,
            };
        }
        if (!unique || attempt >= 3) throw error;
      }
    }
  }

  private async register(
    manager: EntityManager,
    r: {
      caseId: string;
      caseReference: string;
      request: CreateReferralRequest;
      content: ReferralContent;
      actor: Actor;
      now: Date;
    },
  ): Promise<void> {
    const { caseId, caseReference, request, content, actor, now } = r;
    const facts = deriveFacts(content);
    const sealer = await this.keyring.sealerForNewOwner(manager, caseId);
    await this.referrals.insert(manager, {
      case_id: caseId,
      case_reference: caseReference,
      status: 'received',
      version: 1,
      referring_agency_id: actor.agencyId,
      referring_user_id: actor.userId,
      channel: request.channel,
      referred_at: now,
      consent_to_referral: request.consent.referral,
      consent_language: request.consent.language,
      consent_interpreter_sealed: request.consent.interpreter
        ? sealer.seal(request.consent.interpreter)
        : null,
      ...contentColumns(content, sealer),
    });
    await this.consents.append(manager, sealer, caseId, initialConsentEntries(request.consent), actor, now);
    const prints = await this.duplicates.examine(manager, caseId, content.person, { newCase: true });
    const joinedAnonymousNoticeIds = await this.notices.joinTo(
      manager,
      caseId,
      linkFingerprints(prints).map((p) => p.hash),
    );
    await this.outbox.append(manager, ReferralReceived, {
      subject: caseId,
      time: now,
      data: {
        caseId,
        caseReference,
        referringAgencyId: actor.agencyId,
        referralChannel: request.channel,
        referredAt: now.toISOString(),
        personIsChild: facts.handledAsChild,
        dataSharingAgencyTypes: request.consent.dataSharingAgencyTypes ?? [],
        statisticsConsent: request.consent.statistics ?? false,
        sex: content.person.sex,
        nationalities: content.person.nationalities,
        exploitationTypes: content.exploitationTypes,
        immediateRisks: content.immediateRisks,
        interpreterNeeded: content.interpreter.needed,
        ageBand: facts.ageBand,
        meansOfControl: content.meansOfControl,
        recruitmentMethod: content.recruitmentMethod,
        requiresImmediateProtection: facts.requiresImmediateProtection,
        joinedAnonymousNoticeIds,
      },
    });
    await this.urgentRisks.raise(
      manager,
      {
        caseId,
        caseReference,
        risks: facts.urgentRisks,
        personIsChild: facts.handledAsChild,
        referringAgencyId: actor.agencyId,
      },
      now,
    );
  }
}
