import type { EntityManager } from 'typeorm';
import type { AgencyType } from '@nrm/contracts';
import { ProblemException } from '@nrm/service-kit';
import { PlanRefused } from '../plans/plan-rules';
import { ProtectionRuleRefused } from './case-rules';
import type { CaseStatus } from './case-rules';

export interface CaseRow {
  case_id: string;
  case_reference: string;
  status: CaseStatus;
  person_is_child: boolean;
  urgent_risk: boolean;
  sharing_agency_types: AgencyType[];
  closure_requested_by: string | null;
}

/** Locks a protection case for a change in this transaction; 404 when there is none. */
export async function lockCase(manager: EntityManager, caseId: string): Promise<CaseRow> {
  const rows: CaseRow[] = await manager.query(
    `SELECT case_id, case_reference, status, person_is_child, urgent_risk, sharing_agency_types, closure_requested_by
       FROM protection_case WHERE case_id = $1 FOR UPDATE`,
    [caseId],
  );
  if (rows.length === 0 || rows[0].status === 'awaiting') {
    throw new ProblemException('notFound', 'no protection case for this case');
  }
  return rows[0];
}

/** Runs a change and answers a refused rule as a problem: 409 for state, 400 for a bad plan. */
export async function asProblem<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ProtectionRuleRefused) throw new ProblemException('conflict', error.message);
    if (error instanceof PlanRefused) throw new ProblemException('validation', error.message);
    throw error;
  }
}
