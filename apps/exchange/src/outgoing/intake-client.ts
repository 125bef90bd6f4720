import { Inject, Injectable } from '@nestjs/common';
import type { CreateReferralRequest, PersonalDataResponse, ReferralStatusResponse } from '@nrm/api-contracts';
import type { ErasureLegalBasis } from '@nrm/contracts';
import type { Actor } from '@nrm/security';
import { ProblemException, SERVICE_CONFIG, actorHeaders } from '@nrm/service-kit';
import type { ProblemKind } from '@nrm/service-kit';
import type { ExchangeConfig } from '../exchange.config';

/**
 * Intake's internal API, called for the user who asked (its need-to-know rules apply to them) or for
 * a partner's referral. Intake's refusals come back as the same problems; an intake that does not
 * answer is a 503.
 */
@Injectable()
export class IntakeClient {
  constructor(@Inject(SERVICE_CONFIG) private readonly config: ExchangeConfig) {}

  private async call<T>(method: string, path: string, actor: Actor, body?: unknown): Promise<T> {
    let response: Response;
    try {
      response = await fetch(`${this.config.INTAKE_URL}${path}`, {
        method,
        headers: {
          ...actorHeaders(actor),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(10_000),
      });
    } catch {
      throw new ProblemException('upstreamUnavailable', 'intake did not answer');
    }
    const text = await response.text();
    if (response.ok) return JSON.parse(text) as T;
    const kinds: Record<number, ProblemKind> = {
      400: 'validation',
      403: 'forbidden',
      404: 'notFound',
      409: 'conflict',
      410: 'gone',
    };
    const kind = kinds[response.status];
    if (!kind) throw new ProblemException('upstreamUnavailable', `intake answered ${response.status}`);
    let detail = 'intake refused';
    try {
      detail = (JSON.parse(text) as { detail?: string }).detail ?? detail;
    } catch {
      // not a problem document
    }
    throw new ProblemException(kind, detail);
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
