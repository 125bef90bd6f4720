import { Inject, Injectable } from '@nestjs/common';
import type { CreateReferralRequest, PersonalDataResponse, ReferralStatusResponse } from '@nrm/api-contracts';
import type { ErasureLegalBasis } from '@nrm/contracts';
import type { Actor } from '@nrm/security';
import { SERVICE_CONFIG } from '@nrm/service-kit';
import type { ExchangeConfig } from '../exchange.config';
import { callInternalApi } from './internal-api';

/** Intake's internal API, called for the user who asked (its need-to-know rules apply) or for a partner. */
@Injectable()
export class IntakeClient {
  constructor(@Inject(SERVICE_CONFIG) private readonly config: ExchangeConfig) {}

  private call<T>(method: string, path: string, actor: Actor, body?: unknown): Promise<T> {
    return callInternalApi<T>('intake', this.config.INTAKE_URL, { method, path, actor, body });
  }

  referral(caseId: string, actor: Actor): Promise<ReferralStatusResponse> {
    return this.call('GET', `/internal/referrals/${caseId}`, actor);
  }

  personalData(caseId: string, actor: Actor): Promise<PersonalDataResponse> {
    return this.call('GET', `/internal/referrals/${caseId}/personal-data`, actor);
  }

  /** Erases the personal data of a case a partner referred, as the partner's notice asks; again: no change. */
  ceaseCrossBorder(caseId: string, legalBasis: ErasureLegalBasis, actor: Actor): Promise<unknown> {
    return this.call('POST', `/internal/referrals/cross-border/${caseId}/personal-data-erasure`, actor, {
      legalBasis,
    });
  }

  /** Registers a partner's referral as the case given; registering it again answers the same case. */
  registerCrossBorder(
    caseId: string,
    referral: CreateReferralRequest,
    actor: Actor,
  ): Promise<{ caseId: string }> {
    return this.call('PUT', `/internal/referrals/cross-border/${caseId}`, actor, referral);
  }
}
