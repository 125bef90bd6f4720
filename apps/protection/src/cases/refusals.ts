import { ProblemException } from '@nrm/service-kit';
import { PlanRefused } from '../plans/plan-rules';
import { ProtectionRuleRefused } from './case-rules';

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
