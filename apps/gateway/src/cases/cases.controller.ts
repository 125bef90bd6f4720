import { Controller, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CaseAccessLogServices } from '@nrm/api-contracts';
import type {
  CaseAccessEntryResponse,
  CaseAccessLogResponse,
  CaseProsecutionResponse,
  CaseViewResponse,
  CaseViewStage,
  InboxPage,
  ReferralStatusResponse,
} from '@nrm/api-contracts';
import { ProblemException, RelayedProblemException } from '@nrm/service-kit';
import type { Actor } from '@nrm/security';
import { AuthenticatedActor } from '../auth/actor.decorator';
import { RouteOf } from '../routes/route-decorators';
import { ServiceClient } from '../upstream/service-client';
import type { UpstreamService } from '../upstream/service-client';

/** Roles that see the protection part of a case (the plan, placements, referrals). */
const PROTECTION_ROLES = ['protection_case_worker', 'supervisor'];

/** The case view: which stages a case has reached, composed from the services that own each stage. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller()
export class CasesController {
  constructor(private readonly services: ServiceClient) {}

  @RouteOf('caseView')
  async get(
    @Param('caseId', new ParseUUIDPipe({ version: '4' })) caseId: string,
    @AuthenticatedActor() actor: Actor,
  ): Promise<CaseViewResponse> {
    const { body: referral } = await this.services.call<ReferralStatusResponse>(
      'intake',
      'GET',
      `/internal/referrals/${caseId}`,
      actor,
    );
    if (!referral)
      throw new ProblemException('upstreamUnavailable', 'the intake service answered no referral');
    const [screening, protection, prosecution, inbox] = await Promise.all([
      this.services.call<Record<string, unknown>>(
        'identification',
        'GET',
        `/internal/screenings/${caseId}`,
        actor,
        {
          allowNotFound: true,
        },
      ),
      PROTECTION_ROLES.includes(actor.role)
        ? this.services.call<Record<string, unknown>>(
            'protection',
            'GET',
            `/internal/protection/cases/${caseId}`,
            actor,
            {
              allowNotFound: true,
            },
          )
        : Promise.resolve({ status: 404, body: undefined }),
      // Hearings, testimony and verdict outcomes; never a suspect.
      this.services.call<CaseProsecutionResponse>(
        'prosecution-tracking',
        'GET',
        `/internal/prosecution/cases/${caseId}/timeline`,
        actor,
      ),
      this.services.call<InboxPage>('notifications', 'GET', `/internal/inbox?caseId=${caseId}`, actor),
    ]);
    const notifications = inbox.body?.items ?? [];
    const stagesReached: CaseViewStage[] = ['referral'];
    if (screening.body) stagesReached.push('screening');
    if (protection.body) stagesReached.push('protection');
    const investigations = prosecution.body?.investigations ?? [];
    if (investigations.length > 0) stagesReached.push('prosecution');
    if (notifications.length > 0) stagesReached.push('notification');
    return {
      caseId,
      caseReference: referral.caseReference,
      stagesReached,
      referral,
      screening: screening.body ?? null,
      protection: protection.body ?? null,
      prosecution: { investigations },
      notifications,
    };
  }

  private async holdsCase(caseId: string, actor: Actor): Promise<boolean> {
    const sees = async (service: UpstreamService, path: string) => {
      try {
        return (
          (await this.services.call(service, 'GET', path, actor, { allowNotFound: true })).status === 200
        );
      } catch (error) {
        if (error instanceof RelayedProblemException) return false;
        throw error;
      }
    };
    return (
      (await sees('intake', `/internal/referrals/${caseId}`)) ||
      (await sees('protection', `/internal/protection/cases/${caseId}`))
    );
  }

  @RouteOf('caseAccessLog')
  async accessLog(
    @Param('caseId', new ParseUUIDPipe({ version: '4' })) caseId: string,
    @AuthenticatedActor() actor: Actor,
    @Query('for') audience = 'supervisor',
  ): Promise<CaseAccessLogResponse> {
    if (audience !== 'supervisor' && audience !== 'representative') {
      const message = 'for must be supervisor or representative';
      throw new ProblemException('validation', message, [{ field: 'for', message }]);
    }
    // Need to know: supervisors of an agency that holds the case (the referrer, the competent
    // authority, a protection agency with the case); anyone else gets the answer of a missing case.
    if (!(await this.holdsCase(caseId, actor))) throw new ProblemException('notFound', 'no such case');
    const logs = await Promise.all(
      CaseAccessLogServices.map(async (service) => {
        // Each service's log of the case: its entries, without the service's name.
        const res = await this.services.call<{ entries: Omit<CaseAccessEntryResponse, 'service'>[] }>(
          service,
          'GET',
          `/internal/audit/cases/${caseId}`,
          actor,
        );
        return (res.body?.entries ?? []).map((e): CaseAccessEntryResponse => ({
          service,
          ...e,
          at: String(e.at),
        }));
      }),
    );
    const entries = logs.flat().sort((a, b) => a.at.localeCompare(b.at));
    if (audience === 'representative') {
      return {
        caseId,
        entries: entries.map((e) => ({
          at: e.at,
          service: e.service,
          agencyId: e.agencyId,
          role: e.role,
          action: e.action,
          why: e.why ?? null,
        })),
      };
    }
    // A supervisor learns who in their own agency did what; other agencies' staff stay with them.
    return {
      caseId,
      entries: entries.map((e) => (e.agencyId === actor.agencyId ? e : { ...e, userId: null })),
    };
  }
}
