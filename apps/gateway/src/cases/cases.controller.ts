import { Controller, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ProblemException, RelayedProblemException } from '@nrm/service-kit';
import type { Actor } from '@nrm/security';
import { AuthenticatedActor } from '../auth/actor.decorator';
import { RouteOf } from '../routes/route-decorators';
import { ServiceClient } from '../upstream/service-client';
import type { UpstreamService } from '../upstream/service-client';

export type Stage = 'referral' | 'screening' | 'protection' | 'prosecution' | 'notification';

/** Roles that see the protection part of a case (the plan, placements, referrals). */
const PROTECTION_ROLES = ['protection_case_worker', 'supervisor'];

export interface CaseView {
  caseId: string;
  caseReference: string;
  stagesReached: Stage[];
  referral: Record<string, unknown>;
  screening: Record<string, unknown> | null;
  protection: Record<string, unknown> | null;
  prosecution: { investigations: Record<string, unknown>[] };
  notifications: Record<string, unknown>[];
}

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
  ): Promise<CaseView> {
    const referral = await this.services.call<Record<string, unknown>>(
      'intake',
      'GET',
      `/internal/referrals/${caseId}`,
      actor,
    );
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
      this.services.call<{ investigations: Record<string, unknown>[] }>(
        'prosecution-tracking',
        'GET',
        `/internal/prosecution/cases/${caseId}/timeline`,
        actor,
      ),
      this.services.call<{ items: Record<string, unknown>[] }>(
        'notifications',
        'GET',
        `/internal/inbox?caseId=${caseId}`,
        actor,
      ),
    ]);
    const notifications = inbox.body?.items ?? [];
    const stagesReached: Stage[] = ['referral'];
    if (screening.body) stagesReached.push('screening');
    if (protection.body) stagesReached.push('protection');
    const investigations = prosecution.body?.investigations ?? [];
    if (investigations.length > 0) stagesReached.push('prosecution');
    if (notifications.length > 0) stagesReached.push('notification');
    return {
      caseId,
      caseReference: String(referral.body?.['caseReference']),
      stagesReached,
      referral: referral.body ?? {},
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
  ) {
    if (audience !== 'supervisor' && audience !== 'representative') {
      const message = 'for must be supervisor or representative';
      throw new ProblemException('validation', message, [{ field: 'for', message }]);
    }
    // Need to know: supervisors of an agency that holds the case (the referrer, the competent
    // authority, a protection agency with the case); anyone else gets the answer of a missing case.
    if (!(await this.holdsCase(caseId, actor))) throw new ProblemException('notFound', 'no such case');
    const services: UpstreamService[] = [
      'intake',
      'identification',
      'protection',
      'prosecution-tracking',
      'notifications',
    ];
    const logs = await Promise.all(
      services.map(async (service) => {
        const res = await this.services.call<{ entries: Record<string, unknown>[] }>(
          service,
          'GET',
          `/internal/audit/cases/${caseId}`,
          actor,
        );
        return (res.body?.entries ?? []).map(
          (e): Record<string, unknown> & { service: UpstreamService; at: string } => ({
            service,
            at: String(e['at']),
            ...e,
          }),
        );
      }),
    );
    const entries = logs.flat().sort((a, b) => a.at.localeCompare(b.at));
    if (audience === 'representative') {
      return {
        caseId,
        entries: entries.map((e) => ({
          at: e.at,
          service: e.service,
          agencyId: e['agencyId'],
          role: e['role'],
          action: e['action'],
          why: e['why'] ?? null,
        })),
      };
    }
    // A supervisor learns who in their own agency did what; other agencies' staff stay with them.
    return {
      caseId,
      entries: entries.map((e) => (e['agencyId'] === actor.agencyId ? e : { ...e, userId: null })),
    };
  }
}
