import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LocalDate } from '@nrm/calendar';
import type { AmendReferralRequest, ReferralAmendedResponse } from '@nrm/api-contracts';
import { ReferralAmended } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import { DataKeyring } from '@nrm/security';
import type { Actor } from '@nrm/security';
import { ProblemException, SERVICE_CONFIG, permit } from '@nrm/service-kit';
import { DuplicateDetector } from '../../duplicates/duplicate-detector';
import type { IntakeConfig } from '../../intake.config';
import { ReferralAccess } from '../referral-access';
import { AMENDABLE_SECTIONS, contentColumns, deriveFacts, openContent } from '../referral-content';
import type { ReferralContent } from '../referral-content';
import { checkReferralRules } from '../referral-rules';
import { ReferralRepository } from '../referral.repository';
import { UrgentRiskAlerts } from '../urgent-risk-alerts';
import { Routes } from '@nrm/api-contracts';

/**
 * Corrects a referral: each section given replaces the old one; the previous record is kept sealed
 * in a new version row with who changed what and why; other services learn the new facts.
 */
@Injectable()
export class AmendReferral {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly keyring: DataKeyring,
    private readonly duplicates: DuplicateDetector,
    private readonly access: ReferralAccess,
    private readonly referrals: ReferralRepository,
    private readonly urgentRisks: UrgentRiskAlerts,
    @Inject(SERVICE_CONFIG) private readonly config: IntakeConfig,
  ) {}

  async execute(
    caseId: string,
    request: AmendReferralRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<ReferralAmendedResponse> {
    permit(actor, Routes.amendReferral);
    const changed = AMENDABLE_SECTIONS.filter((s) => request[s] !== undefined);
    if (changed.length === 0) {
      throw new ProblemException('validation', 'an amendment changes at least one section', [
        { field: 'body', message: `give at least one of ${AMENDABLE_SECTIONS.join(', ')}` },
      ]);
    }
    return this.dataSource.transaction(async (manager) => {
      const record = await this.access.lockForChange(manager, caseId, actor, { referrerOnly: true });
      const sealer = await this.keyring.sealerFor(manager, caseId);
      const before = openContent(record, sealer);
      const after: ReferralContent = { ...before };
      for (const section of changed) Object.assign(after, { [section]: request[section] });
      const violations = checkReferralRules(
        {
          encounterDate: after.encounter.date,
          person: after.person,
          consentToReferral: record.consent_to_referral,
        },
        LocalDate.of(now, this.config.JURISDICTION_TIME_ZONE),
      );
      if (violations.length > 0) {
        throw new ProblemException('validation', 'the amended referral breaks one or more rules', violations);
      }
      const version = record.version + 1;
      await this.referrals.appendVersion(manager, {
        case_id: caseId,
        version,
        changed_by_user: actor.userId,
        changed_by_agency: actor.agencyId,
        changed_at: now,
        changed_sections: changed,
        reason_sealed: sealer.seal(request.reason),
        previous_sealed: sealer.sealJson(before),
      });
      const previousUrgent = deriveFacts(before).urgentRisks;
      await this.referrals.update(manager, caseId, {
        ...contentColumns(after, sealer),
        version,
        updated_at: now,
      });
      if (changed.includes('person')) await this.duplicates.examine(manager, caseId, after.person);
      const facts = deriveFacts(after);
      await this.outbox.append(manager, ReferralAmended, {
        subject: caseId,
        time: now,
        data: {
          caseId,
          version,
          changedSections: changed,
          amendedByAgencyId: actor.agencyId,
          amendedAt: now.toISOString(),
          personIsChild: facts.handledAsChild,
          sex: after.person.sex,
          nationalities: after.person.nationalities,
          ageBand: facts.ageBand,
          exploitationTypes: after.exploitationTypes,
          meansOfControl: after.meansOfControl,
          immediateRisks: after.immediateRisks,
          requiresImmediateProtection: facts.requiresImmediateProtection,
        },
      });
      await this.urgentRisks.raise(
        manager,
        {
          caseId,
          caseReference: record.case_reference,
          risks: facts.urgentRisks.filter((r) => !previousUrgent.includes(r)),
          personIsChild: facts.handledAsChild,
          referringAgencyId: record.referring_agency_id,
        },
        now,
      );
      return { version };
    });
  }
}
