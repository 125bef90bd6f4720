import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { InvolvementBasis } from '@nrm/contracts';

/**
 * Keeps which agencies are involved in which cases, from the events: a provider from the service
 * referral until it is declined, completed or its disclosure stopped; a shelter from the placement
 * until check-out; an investigation's agencies while the investigation is open. Every change is
 * idempotent, so a redelivered event changes nothing.
 */
@Injectable()
export class CaseInvolvement {
  async begin(
    manager: EntityManager,
    involvement: { caseId: string; agencyId: string; basis: InvolvementBasis; sourceId: string },
    at: Date,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO case_involvement (case_id, agency_id, basis, source_id, since) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (case_id, agency_id, basis, source_id) DO UPDATE SET until = NULL`,
      [involvement.caseId, involvement.agencyId, involvement.basis, involvement.sourceId, at],
    );
  }

  async end(
    manager: EntityManager,
    where: { caseId: string; sourceId?: string; basis?: InvolvementBasis[] },
    at: Date,
  ) {
    await manager.query(
      `UPDATE case_involvement SET until = $2
        WHERE case_id = $1 AND until IS NULL
          AND ($3::uuid IS NULL OR source_id = $3) AND ($4::text[] IS NULL OR basis = ANY($4))`,
      [where.caseId, at, where.sourceId ?? null, where.basis ?? null],
    );
  }

  /** An investigation's cases and agencies grew: each of its agencies is involved in each of its cases. */
  async joinInvestigation(
    manager: EntityManager,
    investigationId: string,
    add: { caseIds?: string[]; agencyIds?: string[] },
    at: Date,
  ): Promise<void> {
    if (add.caseIds?.length) {
      await manager.query(
        `INSERT INTO case_involvement_investigation_case (investigation_id, case_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
        [investigationId, add.caseIds],
      );
    }
    if (add.agencyIds?.length) {
      await manager.query(
        `INSERT INTO case_involvement_investigation_agency (investigation_id, agency_id) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING`,
        [investigationId, add.agencyIds],
      );
    }
    await manager.query(
      `INSERT INTO case_involvement (case_id, agency_id, basis, source_id, since)
       SELECT c.case_id, a.agency_id, 'investigation', $1, $2
         FROM case_involvement_investigation_case c JOIN case_involvement_investigation_agency a USING (investigation_id)
        WHERE c.investigation_id = $1
       ON CONFLICT (case_id, agency_id, basis, source_id) DO NOTHING`,
      [investigationId, at],
    );
  }

  async closeInvestigation(manager: EntityManager, investigationId: string, at: Date): Promise<void> {
    await manager.query(
      `UPDATE case_involvement SET until = $2 WHERE source_id = $1 AND basis = 'investigation' AND until IS NULL`,
      [investigationId, at],
    );
  }

  /** The current involvements of an agency in a case. */
  async of(manager: EntityManager, caseId: string, agencyId: string): Promise<InvolvementBasis[]> {
    const rows: { basis: InvolvementBasis }[] = await manager.query(
      `SELECT DISTINCT basis FROM case_involvement WHERE case_id = $1 AND agency_id = $2 AND until IS NULL`,
      [caseId, agencyId],
    );
    return rows.map((r) => r.basis);
  }
}
