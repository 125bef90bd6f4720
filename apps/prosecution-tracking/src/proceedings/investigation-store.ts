import type { EntityManager } from 'typeorm';
import type { Actor } from '@nrm/security';
import { ProblemException } from '@nrm/service-kit';
import { ProceedingsRefused, maySeeInvestigation } from './proceedings-rules';

export interface InvestigationRow {
  investigation_id: string;
  status: 'open' | 'closed';
  lead_agency_id: string;
  agency_ids: string[];
  case_ids: string[];
}

const INVESTIGATION = `
  SELECT i.investigation_id, i.status, i.lead_agency_id,
         array(SELECT agency_id FROM investigation_agency a WHERE a.investigation_id = i.investigation_id ORDER BY agency_id) AS agency_ids,
         array(SELECT case_id::text FROM investigation_case c WHERE c.investigation_id = i.investigation_id ORDER BY case_id) AS case_ids
    FROM investigation i WHERE i.investigation_id = $1`;

/** Reads (and with `lock`, locks) an investigation the actor may see; 404 for anyone else. */
export async function findInvestigation(
  manager: EntityManager,
  investigationId: string,
  actor: Actor,
  lock = false,
): Promise<InvestigationRow> {
  const [row]: InvestigationRow[] = await manager.query(`${INVESTIGATION}${lock ? ' FOR UPDATE OF i' : ''}`, [
    investigationId,
  ]);
  if (!row || !maySeeInvestigation(row.agency_ids, actor)) {
    throw new ProblemException('notFound', 'no such investigation among yours');
  }
  return row;
}

/** Runs a change and answers a refused rule as a 409 problem. */
export async function asProblem<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ProceedingsRefused) throw new ProblemException('conflict', error.message);
    throw error;
  }
}
