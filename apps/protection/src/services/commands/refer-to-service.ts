import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ServiceReferralRequest, ServiceReferralMadeResponse } from '@nrm/api-contracts';
import { ServiceReferred } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import type { Actor } from '@nrm/security';
import { DataKeyring } from '@nrm/security';
import { ProblemException } from '@nrm/service-kit';
import { CaseRepository } from '../../cases/case.repository';
import { ProtectionRuleRefused, requireOpen } from '../../cases/case-rules';
import { ProtectionAccess } from '../../cases/protection-access';
import { asProblem } from '../../cases/refusals';
import { NeedRepository } from '../../plans/need.repository';
import { ProviderRepository } from '../../providers/provider.repository';
import { requireDisclosureBasis } from '../disclosure-rules';
import { ServiceReferralRepository } from '../service-referral.repository';
import { Routes } from '@nrm/api-contracts';

/** Refers a case to a service provider for an open need of its plan, within the person's consent. */
@Injectable()
export class ReferToService {
  constructor(
    private readonly access: ProtectionAccess,
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly keyring: DataKeyring,
    private readonly cases: CaseRepository,
    private readonly providers: ProviderRepository,
    private readonly needs: NeedRepository,
    private readonly referrals: ServiceReferralRepository,
  ) {}

  async execute(
    caseId: string,
    request: ServiceReferralRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<ServiceReferralMadeResponse> {
    await this.access.requireCaseManager(this.dataSource.manager, caseId, actor, Routes.referToService);
    if (request.override && actor.role !== 'supervisor') {
      throw new ProblemException('forbidden', "only a supervisor may refer without the person's consent");
    }
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        const row = await this.cases.lock(manager, caseId);
        requireOpen(row.status);
        const provider = await this.providers.find(manager, request.providerAgencyId);
        if (!provider) {
          throw new ProblemException('validation', `there is no provider ${request.providerAgencyId}`, [
            { field: 'providerAgencyId', message: 'not a known service provider' },
          ]);
        }
        if (!provider.services.includes(request.needType)) {
          throw new ProblemException(
            'validation',
            `${request.providerAgencyId} does not offer ${request.needType}`,
            [{ field: 'needType', message: `the provider offers: ${provider.services.join(', ')}` }],
          );
        }
        if (row.person_is_child && !provider.serves_children) {
          throw new ProtectionRuleRefused(`${request.providerAgencyId} does not serve children`);
        }
        const priority = await this.needs.openPriority(manager, caseId, request.needType);
        if (!priority)
          throw new ProtectionRuleRefused(`${request.needType} is not an open need in the service plan`);
        const basis = requireDisclosureBasis(
          {
            personIsChild: row.person_is_child,
            sharingAgencyTypes: row.sharing_agency_types,
            providerAgencyType: provider.agency_type,
            override: request.override && { byRole: actor.role, reason: request.override.reason },
          },
          'refer',
        );
        if (await this.referrals.hasOpen(manager, caseId, request.providerAgencyId, request.needType)) {
          throw new ProtectionRuleRefused('this provider already has an open referral for this need');
        }
        const serviceReferralId = randomUUID();
        await this.referrals.insert(manager, {
          service_referral_id: serviceReferralId,
          case_id: caseId,
          provider_id: request.providerAgencyId,
          need_type: request.needType,
          priority,
          status: 'pending',
          disclosure_basis: basis,
          override_reason_sealed:
            basis === 'supervisor_override' && request.override
              ? (await this.keyring.sealerFor(manager, caseId)).seal(request.override.reason)
              : null,
          referred_by: actor.userId,
          referred_at: now,
        });
        await this.outbox.append(manager, ServiceReferred, {
          subject: caseId,
          time: now,
          data: {
            caseId,
            caseReference: row.case_reference,
            serviceReferralId,
            providerAgencyId: request.providerAgencyId,
            needType: request.needType,
            priority,
            disclosureBasis: basis,
          },
        });
        return { serviceReferralId, status: 'pending' as const, disclosureBasis: basis };
      }),
    );
  }
}
