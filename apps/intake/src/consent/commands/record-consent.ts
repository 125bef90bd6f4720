import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ConsentChangeRequest } from '@nrm/api-contracts';
import { ConsentChanged } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import { DataKeyring } from '@nrm/security';
import type { Actor } from '@nrm/security';
import { ProblemException, permit } from '@nrm/service-kit';
import { ReferralAccess } from '../../referrals/referral-access';
import { consentChangeRefusal } from '../consent-rules';
import { ConsentRepository } from '../consent.repository';
import type { ConsentState } from '../consent.repository';
import { Routes } from '@nrm/api-contracts';

/**
 * Records consent given or withdrawn for one purpose, and tells the other services: a withdrawal
 * must reach every agency that already received data.
 */
@Injectable()
export class RecordConsent {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly keyring: DataKeyring,
    private readonly access: ReferralAccess,
    private readonly consents: ConsentRepository,
  ) {}

  async execute(
    caseId: string,
    request: ConsentChangeRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<ConsentState[]> {
    permit(actor, Routes.changeConsent);
    const sharing = request.sharingAgencyTypes ?? [];
    const refusal = consentChangeRefusal(request);
    if (refusal) throw new ProblemException('validation', refusal.detail, [refusal.violation]);
    return this.dataSource.transaction(async (manager) => {
      const record = await this.access.lockForChange(manager, caseId, actor, {
        referrerOnly: actor.role === 'first_responder',
      });
      if (!(await this.access.mayRecordConsent(manager, record, actor))) {
        throw new ProblemException(
          'forbidden',
          'only the referring agency, the competent authority or a provider or shelter the person was referred to records consent',
        );
      }
      await this.consents.append(
        manager,
        await this.keyring.sealerFor(manager, caseId),
        caseId,
        [
          {
            purpose: request.purpose,
            granted: request.granted,
            sharingAgencyTypes: request.granted ? sharing : [],
            language: request.language,
            interpreter: request.interpreter,
          },
        ],
        actor,
        now,
      );
      await this.outbox.append(manager, ConsentChanged, {
        subject: record.case_id,
        time: now,
        data: {
          caseId: record.case_id,
          purpose: request.purpose,
          granted: request.granted,
          sharingAgencyTypes: request.granted ? sharing : [],
          recordedByAgencyId: actor.agencyId,
          changedAt: now.toISOString(),
        },
      });
      return this.consents.current(manager, caseId);
    });
  }
}
