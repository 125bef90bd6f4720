import { ProblemException } from '@nrm/service-kit';
import { ProceedingsRefused } from './proceedings-rules';

/** Runs a change and answers a refused rule as a 409 problem. */
export async function asProblem<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ProceedingsRefused) throw new ProblemException('conflict', error.message);
    throw error;
  }
}
