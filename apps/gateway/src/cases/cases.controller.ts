import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@nrm/security';
import { AuthenticatedActor } from '../auth/actor.decorator';
import { ServiceClient } from '../upstream/service-client';

export type Stage = 'referral' | 'screening' | 'notification';

export interface CaseView {
  caseId: string;
  caseReference: string;
  stagesReached: Stage[];
  referral: Record<string, unknown>;
  screening: Record<string, unknown> | null;
  notifications: Record<string, unknown>[];
}

/** The case view: which stages a case has reached, composed from the services that own each stage. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/v1/cases')
export class CasesController {
  constructor(private readonly services: ServiceClient) {}

  @Get(':caseId')
  @ApiOperation({ summary: 'Which stages a case has reached, as far as the caller may see' })
  @ApiResponse({ status: 404, description: 'no such case, or not one of yours' })
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
    const [screening, inbox] = await Promise.all([
      this.services.call<Record<string, unknown>>(
        'identification',
        'GET',
        `/internal/screenings/${caseId}`,
        actor,
        {
          allowNotFound: true,
        },
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
    if (notifications.length > 0) stagesReached.push('notification');
    return {
      caseId,
      caseReference: String(referral.body?.['caseReference']),
      stagesReached,
      referral: referral.body ?? {},
      screening: screening.body ?? null,
      notifications,
    };
  }
}
