import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { UrgentRiskRaised } from '@nrm/contracts';
import type { UrgentRiskRaisedV1 } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import { JurisdictionSettingRepository } from '../settings/jurisdiction-setting.repository';

/**
 * Urgent risks a referral raises (when registered, or newly when amended) are announced to the agencies
 * the jurisdiction's settings name for urgent-risk alerts, in the referral's transaction.
 */
@Injectable()
export class UrgentRiskAlerts {
  constructor(
    private readonly outbox: OutboxWriter,
    private readonly settings: JurisdictionSettingRepository,
  ) {}

  async raise(
    manager: EntityManager,
    alert: Omit<UrgentRiskRaisedV1, 'alertAgencyIds' | 'raisedAt'>,
    now: Date,
  ): Promise<void> {
    if (alert.risks.length === 0) return;
    const settings = await this.settings.defaultSettings(manager);
    await this.outbox.append(manager, UrgentRiskRaised, {
      subject: alert.caseId,
      time: now,
      data: { ...alert, alertAgencyIds: settings.urgentRiskAlertAgencyIds, raisedAt: now.toISOString() },
    });
  }
}
