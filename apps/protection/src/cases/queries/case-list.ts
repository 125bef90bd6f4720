import type { ProtectionCasePage } from '@nrm/api-contracts';
import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { DataSource } from 'typeorm';
import { sqlOf } from '@nrm/persistence';
import type { Actor } from '@nrm/security';
import { ProblemException } from '@nrm/service-kit';
import type { DB as Tables } from '../../database/tables.generated';
import { ProtectionAccess } from '../protection-access';
import { caseSeenBy } from './cases-seen-by';
import { instant } from './columns';
import { Routes } from '@nrm/api-contracts';

const STATUSES = ['open', 'closure_requested', 'closed'];

/** The protection cases a case worker's agency sees, in a status: children and urgent risks first. */
@Injectable()
export class CaseList {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ProtectionAccess,
  ) {}

  async execute(actor: Actor, status = 'open'): Promise<ProtectionCasePage> {
    await this.access.requireCaseWorker(actor, Routes.protectionCases);
    if (!STATUSES.includes(status)) {
      const message = `status must be one of: ${STATUSES.join(', ')}`;
      throw new ProblemException('validation', message, [{ field: 'status', message }]);
    }
    const everyCase = await this.access.isCompetentAuthority(actor.agencyId);
    const rows = await sqlOf<Tables>(this.dataSource)
      .selectFrom('protection_case as c')
      .select([
        'c.case_id',
        'c.case_reference',
        'c.status',
        'c.opened_because',
        'c.opened_at',
        'c.person_is_child',
        'c.urgent_risk',
        sql<
          string | null
        >`(SELECT min(due_on)::text FROM need n WHERE n.case_id = c.case_id AND n.status = 'open')`.as(
          'next_due_on',
        ),
      ])
      .where('c.status', '=', status)
      .where(caseSeenBy(actor.agencyId, this.access.defaultLeadAgencyId, everyCase))
      .orderBy('c.person_is_child', 'desc')
      .orderBy('c.urgent_risk', 'desc')
      .orderBy('c.opened_at')
      .limit(500)
      .execute();
    return {
      items: rows.map((r) => ({
        caseId: r.case_id,
        caseReference: r.case_reference,
        status: r.status,
        openedBecause: r.opened_because,
        openedAt: instant(r.opened_at),
        personIsChild: r.person_is_child,
        urgentRisk: r.urgent_risk,
        nextDueOn: r.next_due_on ?? null,
      })),
    };
  }
}
