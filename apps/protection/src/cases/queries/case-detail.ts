import type { ProtectionCaseResponse } from '@nrm/api-contracts';
import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { DataSource } from 'typeorm';
import { dayText, sqlOf } from '@nrm/persistence';
import type { Actor } from '@nrm/security';
import { ProblemException, permit } from '@nrm/service-kit';
import type { DB as Tables } from '../../database/tables.generated';
import { ProtectionAccess } from '../protection-access';
import { CaseParts } from './case-parts';
import { caseSeenBy } from './cases-seen-by';
import { instant } from './columns';
import { Routes } from '@nrm/api-contracts';

const NO_CASE = 'no protection case for this case';

/** What case workers see of a protection case: status, plan, referrals and placements; never notes. */
@Injectable()
export class CaseDetail {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ProtectionAccess,
    private readonly parts: CaseParts,
  ) {}

  async execute(caseId: string, actor: Actor): Promise<ProtectionCaseResponse> {
    permit(actor, Routes.protectionCase);
    // Another agency's supervisor learns nothing, not even that a protection case exists.
    if (!(await this.access.isProtectionAgency(actor.agencyId))) {
      throw new ProblemException('notFound', NO_CASE);
    }
    const defaultLead = this.access.defaultLeadAgencyId;
    const everyCase = await this.access.isCompetentAuthority(actor.agencyId);
    const c = await sqlOf<Tables>(this.dataSource)
      .selectFrom('protection_case as c')
      .select([
        'case_id',
        'case_reference',
        'status',
        'opened_because',
        'opened_at',
        'person_is_child',
        'urgent_risk',
        'interpreter_needed',
        'sharing_agency_types',
        dayText<string | null>('recovery_starts_on').as('recovery_starts_on'),
        dayText<string | null>('recovery_ends_on').as('recovery_ends_on'),
        'closure_reason',
        'closure_requested_at',
        'closed_at',
        sql<string>`coalesce(lead_agency_id, ${defaultLead})`.as('lead_agency_id'),
      ])
      .where('case_id', '=', caseId)
      .where('status', '<>', 'awaiting')
      .where(caseSeenBy(actor.agencyId, defaultLead, everyCase))
      .executeTakeFirst();
    if (!c) throw new ProblemException('notFound', NO_CASE);
    return {
      caseId: c.case_id,
      caseReference: c.case_reference,
      status: c.status,
      leadAgencyId: c.lead_agency_id,
      openedBecause: c.opened_because,
      openedAt: instant(c.opened_at),
      personIsChild: c.person_is_child,
      urgentRisk: c.urgent_risk,
      interpreterNeeded: c.interpreter_needed,
      dataSharingAgencyTypes: c.sharing_agency_types,
      recoveryPeriod: c.recovery_starts_on
        ? { startsOn: c.recovery_starts_on, endsOn: c.recovery_ends_on ?? null }
        : null,
      ...(await this.parts.of(caseId)),
      closure: c.closure_reason
        ? {
            reason: c.closure_reason,
            requestedAt: instant(c.closure_requested_at),
            closedAt: instant(c.closed_at),
          }
        : null,
    };
  }
}
